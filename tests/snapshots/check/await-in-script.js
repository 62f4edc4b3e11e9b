function load(url) {
  const data = await fetch(url);
  return data;
}

const cases = [
  ['https://user:pw@example.com:8080/p/a/t/h?query=string#hash'],
  ['HTTP://EXAMPLE.com./a/./b/../c'],
  ['http://0x7f.1/'], ['http://192.168.0.257/'], ['http://[::ffff:1.2.3.4]:80/'], ['http://[2001:db8:0:0:1:0:0:1]/'], ['http://[1:0:0:2::3:0]/'],
  ['http://münchen.de/'], ['http://a/^{}|`"<> x?q=^\'"<>`{}#f^`{}<> "'], ['file:///C:/x/../..'], ['file://localhost/etc/x'],
  ['non-spec://u:p@h:1/p?q#f'], ['mailto:x@y.com'], ['data:text/plain,hi there'], ['javascript:alert(1)'],
  ['a b', 'http://x.com/dir/file'], ['//foo/bar', 'https://x'], ['?q', 'http://x/a/b'], ['#frag', 'http://x/a?b'], ['../../../x', 'http://h/a/b/c'],
  ['\\\\server\\share', 'http://x/'], ['  http://trim.me/ \n'], ['http://exa\tmple.com/'], ['http://:80/'], ['http://a:99999/'], ['http://a:0080/'],
  ['nope'], ['http://a b/'], ['https://a%2Eb/'], ['http://%41.com/'], ['ws://x:80/'], ['blob:https://a.com/x'], ['sc://ñ/'], ['http://1.2.3/'],
  ['file:/x'], ['file:x', 'file:///dir/y'], ['HTTPS://a.com:443'], ['http://user@/'], ['http://a.com/%2e%2E/b/%2e/c'], ['urn:isbn:0451450523'],
];
for (const [input, base] of cases) {
  try {
    const u = base === undefined ? new URL(input) : new URL(input, base);
    console.log(JSON.stringify([u.href, u.origin, u.protocol, u.username, u.password, u.host, u.hostname, u.port, u.pathname, u.search, u.hash]));
  } catch (e) {
    console.log('throws', e.name, e.code, e.message, JSON.stringify(e.input));
  }
}
const u = new URL('https://user:pw@example.com:8080/p/a/t/h?query=string#hash');
console.log(JSON.stringify(u), String(u), Object.keys(u).length, URL.canParse('x:'), URL.canParse('nope'), URL.canParse('/a', 'http://b'));
u.protocol = 'http'; u.port = '80'; u.hostname = 'Foo.COM'; u.pathname = '/x y'; u.search = 'a=b c'; u.hash = 'h i'; u.username = 'a@b';
console.log(u.href);
u.host = 'bar:99'; console.log(u.href, u.host, u.port);
u.protocol = 'foo'; console.log(u.href);
u.port = 'abc'; u.port = '123xyz'; console.log(u.port);
u.port = ''; u.search = ''; u.hash = ''; console.log(u.href);
const s = new URL('https://a.com/p?x=1&y=2');
s.searchParams.append('z', 'a b&c');
console.log(s.href, [...s.searchParams].join('|'), s.searchParams.size);
s.search = '?k=v';
console.log(s.searchParams.get('k'), s.searchParams.get('x'));
s.searchParams.delete('k');
console.log(s.href);
const sp = new URLSearchParams('b=2&a=1&b=1');
sp.sort();
console.log(sp.toString(), sp.has('a'), sp.has('a', '2'), sp.get('zz'));
sp.delete('b');
console.log(sp + '', [...sp.keys()].join(), JSON.stringify([...sp.entries()]));
console.log(new URLSearchParams([['x', '1'], ['y', '2']]).toString(), new URLSearchParams({ x: 'y z', w: "!'()~*" }).toString());
console.log(new URLSearchParams('?a=%zz&b=%C3%A9+').get('b'), new URLSearchParams('?a=%zz').get('a'), new URLSearchParams('a=1&a=2').getAll('a').join());
const sp2 = new URLSearchParams('a=1&b=2&a=3'); sp2.set('a', 'x'); console.log(sp2.toString());
sp2.forEach((v, k) => console.log('forEach', k, v));
console.log(url.pathToFileURL('/a b/c?d#e%f\\g\n/').href, url.pathToFileURL('/ü/€').href);
console.log(url.fileURLToPath('file:///a%20b/c%3F'), url.fileURLToPath(new URL('file://localhost/x')));
for (const f of [() => url.fileURLToPath('http://x/'), () => url.fileURLToPath('file://host/x'), () => url.fileURLToPath('file:///a%2fb'), () => url.fileURLToPath(5)]) {
  try { f(); } catch (e) { console.log(e.code, e.message); }
}
console.log(url.format(new URL('https://a:b@x.com/p?q#f'), { auth: false, search: false, fragment: false }), url.domainToASCII('español.com'));
console.log(url.URL === URL, url.URLSearchParams === URLSearchParams);

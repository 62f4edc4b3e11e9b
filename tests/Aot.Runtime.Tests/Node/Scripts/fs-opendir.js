const dir = fs.mkdtempSync(os.tmpdir() + '/aot-dir-');
fs.writeFileSync(dir + '/a', '1');
fs.mkdirSync(dir + '/b');
const d = fs.opendirSync(dir);
const names = [];
let e;
while ((e = d.readSync()) !== null) names.push(e.name + ':' + e.isFile() + e.isDirectory());
d.closeSync();
console.log(names.sort().join(), d.path === dir);
try { d.readSync(); } catch (err) { console.log(err.code, err.message); }
(async () => {
  const seen = [];
  for await (const entry of await fs.promises.opendir(dir)) seen.push(entry.name);
  console.log('async', seen.sort().join());
  fs.opendir(dir, (err, handle) => {
    handle.read((err2, first) => {
      console.log('callback', err, err2, typeof first.name);
      handle.close(() => {
        fs.rmSync(dir, { recursive: true });
        console.log('done');
      });
    });
  });
})();

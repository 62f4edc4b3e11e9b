const dir = fs.mkdtempSync(os.tmpdir() + '/aot-fsa-');
const rel = (p) => String(p).split(dir).join('<dir>');
const log = [];
const expected = 11;
const done = () => {
  if (log.length !== expected) return;
  console.log(log.sort().join('\n'));
  fs.rmSync(dir, { recursive: true });
};
log.push = function (line) { Array.prototype.push.call(this, line); done(); };
fs.writeFile(dir + '/a.txt', 'abc', (err) => {
  log.push('writeFile ' + err);
  fs.readFile(dir + '/a.txt', 'utf8', (err, data) => {
    log.push('readFile ' + err + ' ' + data);
    fs.stat(dir + '/a.txt', (err, st) => log.push('stat ' + err + ' ' + st.size + ' ' + st.isFile()));
    fs.readFile(dir + '/none', (err, data) => log.push('readFile missing ' + rel(err.message) + ' ' + data));
  });
});
log.push('sync first');
fs.promises.readFile(dir + '/none').catch((e) => log.push('promise rejected ' + e.code));
fs.promises.mkdir(dir + '/p/q', { recursive: true }).then((first) => log.push('mkdir ' + rel(first)));
util.promisify(fs.readdir)(dir).then((names) => log.push('promisified readdir ' + Array.isArray(names)));
fs.promises.writeFile(dir + '/b.txt', 'xyz').then(() => fs.promises.readFile(dir + '/b.txt', 'utf8')).then((s) => log.push('promises chain ' + s));
fs.exists(dir + '/zzz', (e) => log.push('exists ' + e));
try { fs.readFile(dir + '/a.txt'); } catch (e) { log.push(e.code + ' ' + e.message); }

// portable: stdout matches node
// node:stream with the fs and child-process streams: pipeline through a Transform between files,
// fs.ReadStream.pipe into a Writable with back-pressure, Readable.from into a file and a child's stdin.
const fs = require('fs'), os = require('os'), path = require('path');
const { Transform, Writable, pipeline, Readable } = require('stream');
const { pipeline: pp, finished } = require('stream/promises');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mix-'));
const a = path.join(dir, 'a.txt'), b = path.join(dir, 'b.txt');
fs.writeFileSync(a, 'x'.repeat(200000) + '\nend\n');
(async () => {
  await pp(fs.createReadStream(a), new Transform({ transform(c, e, cb) { cb(null, String(c).toUpperCase()); } }), fs.createWriteStream(b));
  console.log('fs pipeline', fs.statSync(b).size, fs.readFileSync(b, 'utf8').slice(-4) === 'END\n');
  let n = 0;
  const w = new Writable({ highWaterMark: 10, write(c, e, cb) { n += c.length; setImmediate(cb); } });
  fs.createReadStream(a).pipe(w);
  await finished(w);
  console.log('fs.pipe into Writable', n);
  await pp(Readable.from(['abc', 'def']), fs.createWriteStream(b));
  console.log('into fs', fs.readFileSync(b, 'utf8'));
  const { spawn } = require('child_process');
  const child = spawn('cat');
  let out = '';
  await Promise.all([pp(Readable.from(['hello ', 'child']), child.stdin), pp(child.stdout, new Writable({ write(c, e, cb) { out += c; cb(); } }))]);
  console.log('child', out);
  fs.rmSync(dir, { recursive: true });
})();

// portable: stdout matches node
// fs.createReadStream / fs.createWriteStream: events in order, encodings, ranges, piping, errors.
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aot-fs-streams-'));
const file = path.join(dir, 'data.txt');

function done(stream) {
  return new Promise((resolve) => stream.on('close', resolve));
}

(async () => {
  const ws = fs.createWriteStream(file);
  const events = [];
  ws.on('open', (fd) => events.push(`open ${typeof fd}`));
  ws.on('ready', () => events.push('ready'));
  ws.on('finish', () => events.push('finish'));
  console.log('write returns', ws.write('hello '), ws.write(Buffer.from('wörld\n')));
  ws.end('last line\n', () => events.push('end callback'));
  await done(ws);
  console.log('write stream', events.join(', '), ws.bytesWritten, JSON.stringify(fs.readFileSync(file, 'utf8')));

  const rs = fs.createReadStream(file);
  const revents = [];
  const chunks = [];
  rs.on('open', (fd) => revents.push(`open ${typeof fd}`));
  rs.on('ready', () => revents.push('ready'));
  rs.on('data', (chunk) => chunks.push(chunk));
  rs.on('end', () => revents.push('end'));
  await done(rs);
  console.log('read stream', revents.join(', '), Buffer.isBuffer(chunks[0]), Buffer.concat(chunks).toString(), rs.bytesRead);

  const ranged = fs.createReadStream(file, { encoding: 'utf8', start: 6, end: 11 });
  let text = '';
  ranged.on('data', (c) => { text += c; });
  await done(ranged);
  console.log('range', JSON.stringify(text));

  const small = fs.createReadStream(file, { highWaterMark: 4, encoding: 'utf8' });
  const pieces = [];
  for await (const piece of small) pieces.push(piece);
  console.log('highWaterMark 4', pieces.length, JSON.stringify(pieces.join('')));

  const copyPath = path.join(dir, 'copy.txt');
  const out = fs.createWriteStream(copyPath);
  fs.createReadStream(file).pipe(out);
  await new Promise((resolve) => out.on('finish', resolve));
  console.log('pipe copy', fs.readFileSync(copyPath, 'utf8') === fs.readFileSync(file, 'utf8'));

  const appended = fs.createWriteStream(copyPath, { flags: 'a' });
  appended.end('appended\n');
  await done(appended);
  console.log('append', JSON.stringify(fs.readFileSync(copyPath, 'utf8').split('\n').slice(-2)));

  const missing = fs.createReadStream(path.join(dir, 'missing.txt'));
  const missingEvents = [];
  missing.on('error', (err) => missingEvents.push(`error ${err.code} ${err.syscall}`));
  missing.on('close', () => missingEvents.push('close'));
  await done(missing);
  console.log('missing', missingEvents.join(', '));

  const bad = fs.createWriteStream(path.join(dir, 'no', 'such', 'dir.txt'));
  await new Promise((resolve) => bad.on('error', (err) => { console.log('write error', err.code); resolve(); }));

  fs.createReadStream(file).pipe(process.stdout);
  await new Promise((resolve) => setTimeout(resolve, 50));
  fs.rmSync(dir, { recursive: true });
  console.log('typeof', typeof fs.ReadStream, typeof fs.WriteStream, fs.createReadStream(__filename) instanceof fs.ReadStream);
})();

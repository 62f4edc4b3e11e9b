// portable: stdout matches node
// node:readline over node:stream and fs streams: 'line'/'close', CRLF and a split \r\n, the last line
// without a newline, for await over the lines, question() (callback and readline/promises), pause.
const readline = require('readline');
const readlinePromises = require('readline/promises');
const { Readable, PassThrough, Writable } = require('stream');
const fs = require('fs');
const os = require('os');
const path = require('path');

const log = (...a) => console.log(...a);

function capture() {
  let text = '';
  const w = new Writable({ write(c, e, cb) { text += c; cb(); } });
  w.text = () => text;
  return w;
}

async function main() {
  {
    const input = Readable.from(['one\ntw', 'o\r', '\nthree\r\nfour\n\nlast'], { objectMode: false });
    const rl = readline.createInterface({ input });
    const lines = [];
    rl.on('line', (l) => lines.push(l));
    await new Promise((res) => rl.on('close', res));
    log('lines', JSON.stringify(lines));
  }

  {
    const input = new PassThrough();
    const rl = readline.createInterface({ input, crlfDelay: Infinity });
    setTimeout(() => input.write('α\nβ\n'), 1);
    setTimeout(() => input.end('γ'), 4);
    const got = [];
    for await (const line of rl) got.push(line);
    log('for await', got.join(','));
  }

  {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aot-readline-'));
    const file = path.join(dir, 'lines.txt');
    fs.writeFileSync(file, Array.from({ length: 1000 }, (_, i) => 'line ' + i).join('\n') + '\n');
    const rl = readline.createInterface({ input: fs.createReadStream(file) });
    let count = 0, lastLine = '';
    for await (const line of rl) { count++; lastLine = line; }
    log('file lines', count, lastLine);
    fs.rmSync(dir, { recursive: true });
  }

  {
    const input = new PassThrough();
    const output = capture();
    const rl = readline.createInterface({ input, output, terminal: false });
    const answer = await new Promise((res) => {
      rl.question('Name? ', res);
      input.write('Ada\n');
    });
    log('answer', answer, JSON.stringify(output.text()));
    rl.close();
    log('closed', rl.closed);
    try { rl.question('again?', () => {}); } catch (e) { log('after close', e.code); }
  }

  {
    const input = new PassThrough();
    const output = capture();
    const rl = readlinePromises.createInterface({ input, output });
    setTimeout(() => input.write('42\n'), 1);
    const a = await rl.question('Number? ');
    log('promises answer', a, JSON.stringify(output.text()));
    rl.close();
  }

  {
    const out = capture();
    readline.cursorTo(out, 3);
    readline.cursorTo(out, 1, 2);
    readline.moveCursor(out, -2, 1);
    readline.clearLine(out, 0);
    readline.clearScreenDown(out);
    log('ansi', JSON.stringify(out.text()));
  }
}

main().then(() => log('done'));

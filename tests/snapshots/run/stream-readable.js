// portable: stdout matches node
// node:stream Readable: push/read, flowing vs paused, 'readable', setEncoding, objectMode,
// highWaterMark back-pressure, Readable.from, async iteration, destroy, subclassing.
const stream = require('stream');
const { Readable } = stream;

const log = (...a) => console.log(...a);

async function main() {
  log('exports', typeof stream, stream.Stream === stream, new stream.Readable() instanceof require('events'));

  // options form, flowing mode
  {
    const chunks = ['a', 'b', 'c'];
    const r = new Readable({
      read() { this.push(chunks.length ? chunks.shift() : null); },
    });
    const events = [];
    r.on('data', (d) => events.push('data:' + d.toString()));
    r.on('end', () => events.push('end'));
    await new Promise((res) => r.on('close', res));
    log('flowing', events.join(' '), r.readableEnded, r.destroyed);
  }

  // class form, paused mode with 'readable' and read()
  {
    class Counter extends Readable {
      constructor(max) { super(); this.n = 0; this.max = max; }
      _read() {
        this.n++;
        if (this.n > this.max) this.push(null);
        else this.push(String(this.n));
      }
    }
    const c = new Counter(5);
    const got = [];
    c.on('readable', () => {
      let chunk;
      while ((chunk = c.read()) !== null) got.push(chunk.toString());
    });
    await new Promise((res) => c.on('end', res));
    log('paused', got.join('|'), c instanceof Readable, c instanceof stream.Stream);
  }

  // read(n) with a byte count
  {
    const r = new Readable({ read() {} });
    r.push('hello world');
    r.push(null);
    await new Promise((res) => r.once('readable', res));
    log('read(5)', JSON.stringify(String(r.read(5))), JSON.stringify(String(r.read(3))), JSON.stringify(String(r.read())));
  }

  // setEncoding splits multibyte characters correctly
  {
    const euro = Buffer.from('€uro');
    const r = new Readable({ read() {} });
    r.setEncoding('utf8');
    r.push(euro.subarray(0, 1));
    r.push(euro.subarray(1));
    r.push(null);
    let s = '';
    for await (const chunk of r) s += '[' + typeof chunk + ':' + chunk + ']';
    log('setEncoding', s, r.readableEncoding);
  }

  // objectMode and Readable.from
  {
    const r = Readable.from([1, { two: 2 }, 'three']);
    const out = [];
    for await (const x of r) out.push(JSON.stringify(x));
    log('from array', out.join(','), r.readableObjectMode);
    async function* gen() { yield 'x'; await null; yield 'y'; }
    const out2 = [];
    for await (const x of Readable.from(gen())) out2.push(x);
    log('from async generator', out2.join(','));
    const out3 = [];
    for await (const x of Readable.from('whole string')) out3.push(x);
    log('from string', JSON.stringify(out3));
  }

  // highWaterMark: push() returns false once the buffer holds hwm bytes
  {
    const r = new Readable({ highWaterMark: 4, read() {} });
    log('push results', r.push('ab'), r.push('cd'), r.push('ef'), r.readableLength, r.readableHighWaterMark);
    const o = new Readable({ objectMode: true, read() {} });
    const results = [];
    for (let i = 0; i < 17; i++) results.push(o.push(i));
    log('objectMode hwm', o.readableHighWaterMark, results.lastIndexOf(true), results.indexOf(false));
  }

  // _read is called with highWaterMark, not again while a push is pending
  {
    let calls = 0;
    const r = new Readable({
      highWaterMark: 8,
      read(size) {
        calls++;
        if (calls === 1) log('read size', size);
        setTimeout(() => this.push(calls <= 3 ? 'chunk' + calls : null), 1);
      },
    });
    const out = [];
    r.on('data', (d) => out.push(String(d)));
    await new Promise((res) => r.on('end', res));
    log('async source', out.join(','), 'calls', calls);
  }

  // pause / resume and the 'pause'/'resume' events
  {
    const r = Readable.from(['1', '2', '3']);
    const ev = [];
    r.on('pause', () => ev.push('pause'));
    r.on('resume', () => ev.push('resume'));
    r.on('data', (d) => {
      ev.push('data' + d);
      if (d === '1') {
        r.pause();
        log('isPaused', r.isPaused(), r.readableFlowing);
        setTimeout(() => r.resume(), 5);
      }
    });
    await new Promise((res) => r.on('end', res));
    log('pause/resume', ev.join(' '));
  }

  // errors: destroy(err) emits 'error' then 'close'
  {
    const r = new Readable({ read() {} });
    const ev = [];
    r.on('error', (e) => ev.push('error:' + e.message));
    r.on('close', () => ev.push('close'));
    r.destroy(new Error('boom'));
    log('destroyed sync', r.destroyed, ev.length);
    await new Promise((res) => setTimeout(res, 5));
    log('destroy', ev.join(' '), r.errored && r.errored.message);
  }

  // _read throwing, push after EOF, push of a wrong type
  {
    const r = new Readable({ read() { throw new Error('read failed'); } });
    r.on('error', (e) => log('read error', e.message));
    r.resume();
    await new Promise((res) => r.on('close', res));
    const r2 = new Readable({ read() {} });
    r2.push(null);
    r2.on('error', (e) => log('after eof', e.code, e.message));
    r2.push('late');
    await new Promise((res) => r2.on('close', res));
    const r3 = new Readable({ read() {} });
    r3.on('error', (e) => log('bad chunk', e.code, e.name));
    r3.push(42);
    await new Promise((res) => r3.on('close', res));
  }

  // for await with break destroys the stream
  {
    const r = Readable.from(['a', 'b', 'c']);
    for await (const x of r) { log('first', x); break; }
    log('after break', r.destroyed);
  }

  // async iteration surfaces errors
  {
    const r = new Readable({ read() {} });
    r.push('ok');
    setTimeout(() => r.destroy(new Error('mid-stream')), 1);
    try {
      for await (const x of r) log('got', String(x));
    } catch (e) {
      log('caught', e.message);
    }
  }

  // unshift and legacy util.inherits subclassing
  {
    const util = require('util');
    function Legacy() { Readable.call(this); }
    util.inherits(Legacy, Readable);
    Legacy.prototype._read = function () { this.push('tail'); this.push(null); };
    const l = new Legacy();
    l.unshift('head-');
    let s = '';
    l.setEncoding('utf8');
    l.on('data', (d) => { s += d; });
    await new Promise((res) => l.on('end', res));
    log('legacy + unshift', s, l instanceof Readable);
  }
}

main().then(() => log('done'));

// portable: stdout matches node
// node:stream Writable, Duplex, Transform, PassThrough: write/end callbacks, 'drain'/'finish'/'close',
// _writev with cork/uncork, _final, objectMode, highWaterMark, errors, subclassing.
const { Writable, Duplex, Transform, PassThrough, Readable } = require('stream');

const log = (...a) => console.log(...a);
const tick = () => new Promise((res) => setTimeout(res, 2));

async function main() {
  // options form: callbacks and event order
  {
    const ev = [];
    const w = new Writable({
      write(chunk, enc, cb) {
        ev.push(`write:${chunk}:${enc}:${Buffer.isBuffer(chunk)}`);
        cb();
      },
    });
    w.on('finish', () => ev.push('finish'));
    w.on('close', () => ev.push('close'));
    log('write returns', w.write('one', () => ev.push('cb1')));
    w.end('two', () => ev.push('end-cb'));
    log('writableEnded', w.writableEnded, w.writableFinished, w.writable);
    await tick();
    log(ev.join(' '));
    log('finished', w.writableFinished, w.destroyed, w.closed);
  }

  // back-pressure: write() returns false at highWaterMark, then 'drain'
  {
    const ev = [];
    const w = new Writable({
      highWaterMark: 5,
      write(chunk, enc, cb) {
        ev.push('w' + chunk);
        setTimeout(cb, 1);
      },
    });
    w.on('drain', () => ev.push('drain'));
    log('hwm writes', w.write('ab'), w.write('cd'), w.write('ef'), w.writableLength, w.writableNeedDrain);
    await tick(); await tick(); await tick(); await tick();
    log(ev.join(' '), w.writableLength);
  }

  // class form with _writev, cork/uncork and _final
  {
    class Collector extends Writable {
      constructor() { super({ objectMode: true }); this.batches = []; }
      _write(chunk, enc, cb) { this.batches.push([chunk]); cb(); }
      _writev(chunks, cb) { this.batches.push(chunks.map((c) => c.chunk)); cb(); }
      _final(cb) { this.batches.push('final'); setTimeout(cb, 1); }
    }
    const c = new Collector();
    c.write(1);
    c.cork();
    c.write(2);
    c.write({ three: 3 });
    log('corked', c.writableCorked, c.writableLength);
    process.nextTick(() => c.uncork());
    c.on('prefinish', () => log('prefinish'));
    await new Promise((res) => c.end(res));
    log('batches', JSON.stringify(c.batches), c instanceof Writable);
  }

  // write after end, null, wrong type, callback errors
  {
    const w = new Writable({ write(c, e, cb) { cb(); } });
    w.on('error', (e) => log('error event', e.code));
    w.end();
    w.write('late', (e) => log('late cb', e && e.code));
    await tick();
    try { new Writable().write(null); } catch (e) { log('null', e.code, e.name); }
    try { new Writable().write(5); } catch (e) { log('number', e.code); }
    const f = new Writable({ write(c, e, cb) { cb(new Error('disk full')); } });
    const ev = [];
    f.on('error', (e) => ev.push('error:' + e.message));
    f.on('close', () => ev.push('close'));
    f.write('x', (e) => ev.push('cb:' + (e && e.message)));
    await tick();
    log('failing write', ev.join(' '), f.destroyed);
    try { new Writable().write('x'); } catch (e) { log('no _write', e.code, e.message); }
  }

  // decodeStrings: false keeps strings
  {
    const w = new Writable({ decodeStrings: false, write(c, enc, cb) { log('kept', typeof c, enc); cb(); } });
    w.write('text', 'utf8');
    w.write(Buffer.from('buf'));
    await tick();
  }

  // Transform (options form and class form) and PassThrough
  {
    const upper = new Transform({
      transform(chunk, enc, cb) { cb(null, chunk.toString().toUpperCase()); },
      flush(cb) { this.push('!'); cb(); },
    });
    let out = '';
    upper.on('data', (d) => { out += d; });
    upper.write('hello ');
    upper.end('world');
    await new Promise((res) => upper.on('end', res));
    log('transform', out, upper instanceof Duplex, upper instanceof Writable, upper instanceof Readable);

    class Splitter extends Transform {
      constructor() { super({ readableObjectMode: true }); this.rest = ''; }
      _transform(chunk, enc, cb) {
        const parts = (this.rest + chunk).split('\n');
        this.rest = parts.pop();
        for (const p of parts) this.push(p);
        cb();
      }
      _flush(cb) { cb(null, this.rest || null); }
    }
    const s = new Splitter();
    const lines = [];
    s.on('data', (l) => lines.push(l));
    s.write('a\nb');
    s.write('c\nd\n');
    s.end('e');
    await new Promise((res) => s.on('finish', res));
    await tick();
    log('lines', JSON.stringify(lines));

    const pt = new PassThrough();
    pt.end('through');
    log('passthrough', String(pt.read()), pt instanceof Transform);
  }

  // Duplex: independent sides, allowHalfOpen
  {
    const d = new Duplex({
      read() {},
      write(c, e, cb) { this.push('echo:' + c); cb(); },
      final(cb) { this.push(null); cb(); },
    });
    const got = [];
    d.on('data', (x) => got.push(String(x)));
    d.write('1');
    d.end('2');
    await new Promise((res) => d.on('close', res));
    log('duplex', got.join(','), d.readableEnded, d.writableFinished);
    const h = new Duplex({ allowHalfOpen: false, read() { this.push(null); }, write(c, e, cb) { cb(); } });
    h.on('finish', () => log('half-open false: finish after end'));
    h.resume();
    await new Promise((res) => h.on('close', res));
  }

  // destroy with pending writes
  {
    const w = new Writable({ write(c, e, cb) { setTimeout(cb, 5); } });
    w.write('a', (e) => log('first cb', e ? e.code : e));
    w.write('b', (e) => log('second cb', e ? e.code : e));
    w.on('close', () => log('closed', w.destroyed));
    w.destroy();
    await tick(); await tick(); await tick(); await tick();
  }
}

main().then(() => log('done'));

// portable: stdout matches node
// node:stream pipe/unpipe with back-pressure, pipeline (callback and promise forms, generator stages),
// finished, stream/promises.
const { Readable, Writable, Transform, PassThrough, pipeline, finished } = require('stream');
const streamPromises = require('stream/promises');

const log = (...a) => console.log(...a);

function sink(name, delay, hwm) {
  const chunks = [];
  const w = new Writable({
    highWaterMark: hwm,
    write(chunk, enc, cb) {
      chunks.push(String(chunk));
      if (delay) setTimeout(cb, delay);
      else cb();
    },
  });
  w.chunks = chunks;
  return w;
}

async function main() {
  // pipe: data flows, dest ends, 'pipe' event, back-pressure pauses the source
  {
    const src = Readable.from(['a', 'b', 'c', 'd', 'e'], { objectMode: false });
    const dst = sink('slow', 2, 1);
    let pauses = 0;
    src.on('pause', () => pauses++);
    dst.on('pipe', (s) => log('pipe event', s === src));
    src.pipe(dst);
    await new Promise((res) => dst.on('finish', res));
    log('pipe', dst.chunks.join(''), 'paused', pauses > 0);
  }

  // pipe into two destinations, then unpipe one
  {
    const src = new PassThrough();
    const a = sink('a'), b = sink('b');
    b.on('unpipe', () => log('unpipe event'));
    src.pipe(a);
    src.pipe(b);
    src.write('1');
    await new Promise((res) => setTimeout(res, 2));
    src.unpipe(b);
    src.end('2');
    await new Promise((res) => a.on('finish', res));
    log('two dests', a.chunks.join(''), b.chunks.join(''), b.writableEnded);
  }

  // pipe with { end: false }
  {
    const src = Readable.from(['x']);
    const dst = sink('noend');
    src.pipe(dst, { end: false });
    await new Promise((res) => src.on('end', res));
    await new Promise((res) => setTimeout(res, 2));
    log('end:false', dst.chunks.join(''), dst.writableEnded);
  }

  // pipeline callback form
  await new Promise((resolve) => {
    const upper = new Transform({ transform(c, e, cb) { cb(null, String(c).toUpperCase()); } });
    const dst = sink('p');
    const ret = pipeline(Readable.from(['ab', 'cd']), upper, dst, (err, val) => {
      log('pipeline cb', err, val, dst.chunks.join(','));
      resolve();
    });
    log('pipeline returns last', ret === dst);
  });

  // pipeline error destroys every stream
  await new Promise((resolve) => {
    const src = new Readable({ read() {} });
    const mid = new PassThrough();
    const dst = sink('e');
    pipeline(src, mid, dst, (err) => {
      log('pipeline error', err.message, src.destroyed, mid.destroyed, dst.destroyed);
      resolve();
    });
    src.push('x');
    setTimeout(() => mid.destroy(new Error('mid failed')), 2);
  });

  // promise form with generator stages and an async function destination
  {
    const result = await streamPromises.pipeline(
      Readable.from(['1', '2', '3']),
      async function* (source) { for await (const c of source) yield Number(c) * 10; },
      async function (source) { let sum = 0; for await (const n of source) sum += n; return sum; },
    );
    log('promise pipeline', result);
    try {
      await streamPromises.pipeline(
        Readable.from(['ok']),
        async function* (source) { for await (const c of source) { yield c; throw new Error('stage threw'); } },
        sink('x'),
      );
    } catch (e) {
      log('promise pipeline rejects', e.message);
    }
    const s = sink('gen');
    await streamPromises.pipeline(function* () { yield 'g1'; yield 'g2'; }, s);
    log('generator source', s.chunks.join(','));
    log('stream.promises', require('stream').promises.pipeline === streamPromises.pipeline);
  }

  // finished: callback and promise forms, premature close
  {
    const r = Readable.from(['a']);
    finished(r, (err) => log('finished readable', err));
    r.resume();
    await new Promise((res) => setTimeout(res, 2));
    const w = sink('f');
    const p = streamPromises.finished(w);
    w.end('z');
    await p;
    log('finished writable', w.writableFinished);
    const d = new PassThrough();
    finished(d, (err) => log('premature', err && err.code));
    d.destroy();
    await new Promise((res) => setTimeout(res, 2));
  }
}

main().then(() => log('done'));

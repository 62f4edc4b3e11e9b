// node:stream's stream utilities, finished (end-of-stream) and pipeline, our own code following Node's
// lib/internal/streams/utils.js, end-of-stream.js and pipeline.js; split from Scripts/stream.js (which
// calls install() with the classes these need and gets the functions back).
(function (natives) {
  'use strict';

  return function install(core) {
    const { Readable, Duplex, PassThrough, destroyer, nop, nextTick, err, errPrematureClose, errDestroyed } = core;

    // ---- utilities (lib/internal/streams/utils.js) ----

    function isReadableNodeStream(obj, strict = false) {
      return !!(obj && typeof obj.pipe === 'function' && typeof obj.on === 'function' &&
        (!strict || (typeof obj.pause === 'function' && typeof obj.resume === 'function')) &&
        (!obj._writableState || (obj._readableState && obj._readableState.readable !== false)) &&
        (!obj._writableState || obj._readableState));
    }

    function isWritableNodeStream(obj) {
      return !!(obj && typeof obj.write === 'function' && typeof obj.on === 'function' &&
        (!obj._readableState || (obj._writableState && obj._writableState.writable !== false)));
    }

    function isNodeStream(obj) {
      return !!(obj && (obj._readableState || obj._writableState ||
        (typeof obj.write === 'function' && typeof obj.on === 'function') ||
        (typeof obj.pipe === 'function' && typeof obj.on === 'function')));
    }

    function isIterable(obj, isAsync) {
      if (obj === null || obj === undefined) return false;
      if (isAsync === true) return typeof obj[Symbol.asyncIterator] === 'function';
      if (isAsync === false) return typeof obj[Symbol.iterator] === 'function';
      return typeof obj[Symbol.asyncIterator] === 'function' || typeof obj[Symbol.iterator] === 'function';
    }

    function isDestroyed(stream) {
      if (!isNodeStream(stream)) return null;
      const w = stream._writableState, r = stream._readableState;
      return !!(stream.destroyed || (w || r || {}).destroyed);
    }

    function isWritableFinished(stream, strict) {
      const w = stream._writableState;
      if (!w) return stream.writableFinished === true;
      if (w.errored) return false;
      return !!(w.finished || (strict === false && w.ended === true && w.length === 0));
    }

    function isReadableFinished(stream, strict) {
      const r = stream._readableState;
      if (!r) return stream.readableEnded === true;
      if (r.errored) return false;
      return !!(r.endEmitted || (strict === false && r.ended === true && r.length === 0));
    }

    function isClosed(stream) {
      const w = stream._writableState, r = stream._readableState;
      if (w || r) return !!((w && w.closed) || (r && r.closed));
      return typeof stream.closed === 'boolean' ? stream.closed : false;
    }

    function isReadable(stream) {
      if (stream && typeof stream.readable !== 'boolean') return null;
      if (isDestroyed(stream)) return false;
      return isReadableNodeStream(stream) && stream.readable && !isReadableFinished(stream);
    }

    function isWritable(stream) {
      if (stream && typeof stream.writable !== 'boolean') return null;
      if (isDestroyed(stream)) return false;
      return isWritableNodeStream(stream) && stream.writable && !stream.writableEnded;
    }

    function addAbortSignal(signal, stream) {
      if (!signal || typeof signal.aborted !== 'boolean') {
        throw natives.invalidArgType('signal', 'an instance of AbortSignal', signal);
      }
      const onAbort = () => {
        const reason = signal.reason;
        const error = new Error('The operation was aborted', { cause: reason });
        error.name = 'AbortError';
        error.code = 'ABORT_ERR';
        stream.destroy(error);
      };
      if (signal.aborted) onAbort();
      else {
        signal.addEventListener('abort', onAbort, { once: true });
        eos(stream, () => signal.removeEventListener('abort', onAbort));
      }
      return stream;
    }

    // ---- finished (lib/internal/streams/end-of-stream.js) ----

    function eos(stream, options, callback) {
      if (typeof options === 'function') {
        callback = options;
        options = {};
      } else if (options === null || options === undefined) {
        options = {};
      }
      if (typeof callback !== 'function') throw natives.invalidArgType('callback', 'of type function', callback);
      let called = false;
      const original = callback;
      callback = function (...args) {
        if (called) return;
        called = true;
        original.apply(this, args);
      };
      const readable = options.readable !== undefined ? options.readable : isReadableNodeStream(stream);
      const writable = options.writable !== undefined ? options.writable : isWritableNodeStream(stream);
      const wState = stream._writableState, rState = stream._readableState;
      const state = wState || rState;
      let willEmitClose = state
        ? !!(state.autoDestroy && state.emitClose && state.closed === false)
        : false;
      let writableFinished = isWritableFinished(stream, false);
      let readableFinished = isReadableFinished(stream, false);
      const onlegacyfinish = () => {
        if (!stream.writable) onfinish();
      };
      const onfinish = () => {
        writableFinished = true;
        if (stream.destroyed) willEmitClose = false;
        if (willEmitClose && (!stream.readable || readable)) return;
        if (!readable || readableFinished) callback.call(stream);
      };
      const onend = () => {
        readableFinished = true;
        if (stream.destroyed) willEmitClose = false;
        if (willEmitClose && (!stream.writable || writable)) return;
        if (!writable || writableFinished) callback.call(stream);
      };
      const onerror = (e) => {
        callback.call(stream, e);
      };
      let closed = isClosed(stream);
      const onclose = () => {
        closed = true;
        const errored = (wState && wState.errored) || (rState && rState.errored);
        if (errored && typeof errored !== 'boolean') return callback.call(stream, errored);
        if (readable && !readableFinished && isReadableNodeStream(stream, true)) {
          if (!isReadableFinished(stream, false)) return callback.call(stream, errPrematureClose());
        }
        if (writable && !writableFinished) {
          if (!isWritableFinished(stream, false)) return callback.call(stream, errPrematureClose());
        }
        callback.call(stream);
      };
      stream.on('end', onend);
      stream.on('finish', onfinish);
      if (!state && writable) stream.on('end', onlegacyfinish);
      if (options.error !== false) stream.on('error', onerror);
      stream.on('close', onclose);
      if (closed) {
        nextTick(onclose);
      } else if ((wState && wState.errorEmitted) || (rState && rState.errorEmitted)) {
        if (!willEmitClose) nextTick(onclose);
      } else if (!readable && (!willEmitClose || isReadable(stream)) && (writableFinished || isWritable(stream) === false)) {
        nextTick(onclose);
      } else if (!writable && (!willEmitClose || isWritable(stream)) && (readableFinished || isReadable(stream) === false)) {
        nextTick(onclose);
      } else if (rState && stream.req && stream.aborted) {
        nextTick(onclose);
      }
      const cleanup = () => {
        callback = nop;
        stream.removeListener('end', onend);
        stream.removeListener('finish', onfinish);
        stream.removeListener('end', onlegacyfinish);
        stream.removeListener('error', onerror);
        stream.removeListener('close', onclose);
      };
      if (options.signal && !closed) {
        const abort = () => {
          const endCallback = callback;
          cleanup();
          const error = new Error('The operation was aborted', { cause: options.signal.reason });
          error.name = 'AbortError';
          error.code = 'ABORT_ERR';
          endCallback.call(stream, error);
        };
        if (options.signal.aborted) nextTick(abort);
        else options.signal.addEventListener('abort', abort, { once: true });
      }
      return cleanup;
    }

    function finishedPromise(stream, opts) {
      let autoCleanup = false;
      if (opts && opts.cleanup) autoCleanup = true;
      return new Promise((resolve, reject) => {
        const cleanup = eos(stream, opts, (e) => {
          if (autoCleanup) cleanup();
          if (e) reject(e);
          else resolve();
        });
      });
    }

    // ---- pipeline (lib/internal/streams/pipeline.js) ----

    function pipeline(...streams) {
      const callback = streams.pop();
      if (typeof callback !== 'function') throw natives.invalidArgType('callback', 'of type function', callback);
      return pipelineImpl(streams, callback, {});
    }

    function pipelinePromise(...streams) {
      return new Promise((resolve, reject) => {
        let options = {};
        const last = streams[streams.length - 1];
        if (last && typeof last === 'object' && !isNodeStream(last) && !isIterable(last)) options = streams.pop();
        pipelineImpl(streams, (e, value) => {
          if (e) reject(e);
          else resolve(value);
        }, options);
      });
    }

    function pipelineDestroyer(stream, reading, writing) {
      let done = false;
      stream.on('close', () => {
        done = true;
      });
      const cleanup = eos(stream, { readable: reading, writable: writing }, (e) => {
        done = !e;
      });
      return {
        destroy: (e) => {
          if (done) return;
          done = true;
          destroyer(stream, e || errDestroyed('pipe'));
        },
        cleanup,
      };
    }

    function makeAsyncIterable(val) {
      if (isIterable(val, true)) return val;
      if (isReadableNodeStream(val)) return fromReadable(val);
      if (isIterable(val)) return (async function* () { yield* val; })();
      throw natives.invalidArgType('val', 'one of type Readable, Iterable, or AsyncIterable', val);
    }

    async function* fromReadable(val) {
      yield* Readable.prototype[Symbol.asyncIterator].call(val);
    }

    // process.stdout/stderr are host objects (not node:stream Writables yet): they write synchronously,
    // emit no events and are never ended by a pipeline, as in Node.
    function isHostStdio(stream) {
      const proc = globalThis.process;
      return !!stream && !stream._writableState && (stream === proc.stdout || stream === proc.stderr);
    }

    async function pumpToNode(iterable, writable, finishFn, { end }) {
      if (isHostStdio(writable)) {
        try {
          for await (const chunk of iterable) writable.write(chunk);
          finishFn();
        } catch (e) {
          finishFn(e);
        }
        return;
      }
      let error;
      let onresolve = null;
      const resume = (e) => {
        if (e) error = e;
        if (onresolve) {
          const callback = onresolve;
          onresolve = null;
          callback();
        }
      };
      const wait = () => new Promise((resolve, reject) => {
        if (error) reject(error);
        else onresolve = () => (error ? reject(error) : resolve());
      });
      writable.on('drain', resume);
      const cleanup = eos(writable, { readable: false }, resume);
      try {
        if (writable.writableNeedDrain) await wait();
        for await (const chunk of iterable) {
          if (!writable.write(chunk)) await wait();
        }
        if (end) {
          writable.end();
          await wait();
        }
        finishFn();
      } catch (e) {
        finishFn(error !== e && error ? error : e);
      } finally {
        cleanup();
        writable.off('drain', resume);
      }
    }

    function pipeStreams(src, dst, finishFn, { end }) {
      if (isHostStdio(dst)) {
        let dstDone = false;
        const dstFinish = (e) => {
          if (dstDone) return;
          dstDone = true;
          finishFn(e);
        };
        src.pipe(dst);
        src.once('end', () => dstFinish());
        eos(src, { readable: true, writable: false }, (e) => {
          finishFn(e);
          if (e) dstFinish(e);
        });
        return nop;
      }
      let ended = false;
      dst.on('close', () => {
        if (!ended) finishFn(errPrematureClose());
      });
      src.pipe(dst, { end: false });
      if (end) {
        src.once('end', () => {
          ended = true;
          dst.end();
        });
      } else {
        finishFn();
      }
      eos(src, { readable: true, writable: false }, (e) => {
        const rState = src._readableState;
        if (e && e.code === 'ERR_STREAM_PREMATURE_CLOSE' && rState && rState.ended && !rState.errored && !rState.errorEmitted) {
          src.once('end', finishFn).once('error', finishFn);
        } else {
          finishFn(e);
        }
      });
      return eos(dst, { readable: false, writable: true }, finishFn);
    }

    function pipelineImpl(streams, callback, opts) {
      if (streams.length === 1 && Array.isArray(streams[0])) streams = streams[0];
      if (streams.length < 2) throw err('ERR_MISSING_ARGS', 'The "streams" argument must be specified', 'TypeError');
      let error, value;
      const destroys = [];
      let finishCount = 0;
      const lastStreamCleanup = [];

      function finish(e) {
        finishImpl(e, --finishCount === 0);
      }
      function finishImpl(e, final) {
        if (e && (!error || error.code === 'ERR_STREAM_PREMATURE_CLOSE')) error = e;
        if (!error && !final) return;
        while (destroys.length) destroys.shift()(error);
        if (final) {
          if (!error) for (const c of lastStreamCleanup) c();
          nextTick(callback, error, value);
        }
      }

      let ret;
      for (let i = 0; i < streams.length; i++) {
        const stream = streams[i];
        const reading = i < streams.length - 1;
        const writing = i > 0;
        const end = reading || opts.end !== false;
        const isLastStream = i === streams.length - 1;
        if (isNodeStream(stream)) {
          if (end) {
            const d = pipelineDestroyer(stream, reading, writing);
            destroys.push(d.destroy);
            if (isReadable(stream) && isLastStream) lastStreamCleanup.push(d.cleanup);
          }
          // Errors after the pipe or pump completed.
          stream.on('error', (e) => {
            if (e && e.name !== 'AbortError' && e.code !== 'ERR_STREAM_PREMATURE_CLOSE') finish(e);
          });
        }
        if (i === 0) {
          if (typeof stream === 'function') {
            ret = stream({ signal: opts.signal });
            if (!isIterable(ret)) throw err('ERR_INVALID_RETURN_VALUE', 'Expected Iterable, AsyncIterable or Stream to be returned from the "source" function.', 'TypeError');
          } else if (isIterable(stream) || isReadableNodeStream(stream)) {
            ret = stream;
          } else {
            ret = Duplex.from(stream);
          }
        } else if (typeof stream === 'function') {
          ret = makeAsyncIterable(ret);
          ret = stream(ret, { signal: opts.signal });
          if (reading) {
            if (!isIterable(ret, true)) throw err('ERR_INVALID_RETURN_VALUE', 'Expected AsyncIterable to be returned from the "transform[' + (i - 1) + ']" function.', 'TypeError');
          } else {
            const pt = new PassThrough({ objectMode: true });
            const then = ret && ret.then;
            if (typeof then === 'function') {
              finishCount++;
              then.call(ret, (val) => {
                value = val;
                if (val !== null && val !== undefined) pt.write(val);
                if (end) pt.end();
                nextTick(finish);
              }, (e) => {
                pt.destroy(e);
                nextTick(finish, e);
              });
            } else if (isIterable(ret, true)) {
              finishCount++;
              pumpToNode(ret, pt, finish, { end });
            } else {
              throw err('ERR_INVALID_RETURN_VALUE', 'Expected AsyncIterable or Promise to be returned from the "destination" function.', 'TypeError');
            }
            ret = pt;
            const d = pipelineDestroyer(ret, false, true);
            destroys.push(d.destroy);
            if (isLastStream) lastStreamCleanup.push(d.cleanup);
          }
        } else if (isNodeStream(stream)) {
          if (isReadableNodeStream(ret)) {
            finishCount += 2;
            const cleanup = pipeStreams(ret, stream, finish, { end });
            if (isReadable(stream) && isLastStream) lastStreamCleanup.push(cleanup);
          } else if (isIterable(ret)) {
            finishCount++;
            pumpToNode(ret, stream, finish, { end });
          } else {
            throw natives.invalidArgType('val', 'one of type Readable, Iterable, AsyncIterable, ReadableStream, or TransformStream', ret);
          }
          ret = stream;
        } else {
          ret = Duplex.from(stream);
        }
      }
      return ret;
    }

    return {
      isReadableNodeStream, isWritableNodeStream, isNodeStream, isIterable, isDestroyed, isReadable, isWritable,
      addAbortSignal, eos, finishedPromise, pipeline, pipelinePromise,
    };
  };
});

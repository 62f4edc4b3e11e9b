// node:stream, our own code following the algorithms of Node's lib/internal/streams (readable.js,
// writable.js, duplex.js, transform.js, destroy.js, end-of-stream.js, pipeline.js): Stream (the legacy
// EventEmitter base, which is also the module's exports), Readable, Writable, Duplex, Transform,
// PassThrough, pipeline, finished, and the promise forms (stream/promises). Event order and
// back-pressure (highWaterMark, write() returning false, 'drain') follow Node, since programs depend
// on them. Not here: web streams, compose, duplexPair, Readable.prototype.map/filter/....
// Utilities, finished and pipeline are in Scripts/stream_pipeline.js.
(function (natives) {
  'use strict';

  const EventEmitter = natives.require('events');
  const { Buffer } = natives.require('buffer');
  const { StringDecoder } = natives.require('string_decoder');

  const nop = () => {};
  const nextTick = (fn, ...args) => globalThis.process.nextTick(fn, ...args);
  const kOnFinished = Symbol('kOnFinished');
  const kCallback = Symbol('kCallback');

  let defaultHighWaterMark = 16 * 1024, defaultObjectHighWaterMark = 16;
  const getDefaultHighWaterMark = (objectMode) => (objectMode ? defaultObjectHighWaterMark : defaultHighWaterMark);
  function setDefaultHighWaterMark(objectMode, value) {
    if (objectMode) defaultObjectHighWaterMark = value;
    else defaultHighWaterMark = value;
  }

  const err = (code, message, kind = 'Error') => natives.nodeError(kind, code, message);
  const errDestroyed = (name) => err('ERR_STREAM_DESTROYED', `Cannot call ${name} after a stream was destroyed`);
  const errPrematureClose = () => err('ERR_STREAM_PREMATURE_CLOSE', 'Premature close');
  const errMultipleCallback = () => err('ERR_MULTIPLE_CALLBACK', 'Callback called multiple times');
  const errNotImplemented = (name) => err('ERR_METHOD_NOT_IMPLEMENTED', `The ${name} method is not implemented`);
  const errNullValues = () => err('ERR_STREAM_NULL_VALUES', 'May not write null values to stream', 'TypeError');

  function highWaterMarkFrom(options, isDuplex, duplexKey, objectMode) {
    let hwm = options ? options.highWaterMark : undefined;
    if ((hwm === undefined || hwm === null) && isDuplex && options) hwm = options[duplexKey];
    if (hwm === undefined || hwm === null) return getDefaultHighWaterMark(objectMode);
    if (!Number.isInteger(hwm) || hwm < 0) {
      const name = isDuplex && options.highWaterMark == null ? `options.${duplexKey}` : 'options.highWaterMark';
      throw err('ERR_INVALID_ARG_VALUE', `The property '${name}' is invalid. Received ${natives.inspect(hwm)}`, 'TypeError');
    }
    return Math.floor(hwm);
  }

  // ---- Stream: the legacy base ----

  function Stream(options) {
    EventEmitter.call(this, options);
  }
  Object.setPrototypeOf(Stream.prototype, EventEmitter.prototype);
  Object.setPrototypeOf(Stream, EventEmitter);

  // The pre-streams2 pipe (old-style streams that only emit 'data'/'end').
  Stream.prototype.pipe = function pipe(dest, options) {
    const source = this;
    function ondata(chunk) {
      if (dest.writable && dest.write(chunk) === false && source.pause) source.pause();
    }
    function ondrain() {
      if (source.readable && source.resume) source.resume();
    }
    source.on('data', ondata);
    dest.on('drain', ondrain);
    if (!dest._isStdio && (!options || options.end !== false)) {
      source.on('end', () => dest.end());
    }
    dest.emit('pipe', source);
    return dest;
  };

  // ---- destroy (lib/internal/streams/destroy.js) ----

  function checkError(error, w, r) {
    if (error) {
      if (w && !w.errored) w.errored = error;
      if (r && !r.errored) r.errored = error;
    }
  }

  function destroy(error, cb) {
    const r = this._readableState, w = this._writableState;
    const s = w || r;
    if ((w && w.destroyed) || (r && r.destroyed)) {
      if (typeof cb === 'function') cb();
      return this;
    }
    checkError(error, w, r);
    if (w) w.destroyed = true;
    if (r) r.destroyed = true;
    if (!s.constructed) {
      this.once('_constructed', (er) => destroyImpl(this, error || er, cb));
    } else {
      destroyImpl(this, error, cb);
    }
    return this;
  }

  function destroyImpl(self, error, cb) {
    let called = false;
    function onDestroy(e) {
      if (called) return;
      called = true;
      const r = self._readableState, w = self._writableState;
      checkError(e, w, r);
      if (w) w.closed = true;
      if (r) r.closed = true;
      if (typeof cb === 'function') cb(e);
      if (e) nextTick(emitErrorCloseNT, self, e);
      else nextTick(emitCloseNT, self);
    }
    try {
      self._destroy(error || null, onDestroy);
    } catch (e) {
      onDestroy(e);
    }
  }

  function emitErrorCloseNT(self, error) {
    emitErrorNT(self, error);
    emitCloseNT(self);
  }

  function emitCloseNT(self) {
    const r = self._readableState, w = self._writableState;
    if (w) w.closeEmitted = true;
    if (r) r.closeEmitted = true;
    if ((w && w.emitClose) || (r && r.emitClose)) self.emit('close');
  }

  function emitErrorNT(self, error) {
    const r = self._readableState, w = self._writableState;
    if ((w && w.errorEmitted) || (r && r.errorEmitted)) return;
    if (w) w.errorEmitted = true;
    if (r) r.errorEmitted = true;
    self.emit('error', error);
  }

  function errorOrDestroy(stream, error, sync) {
    const r = stream._readableState, w = stream._writableState;
    if ((w && w.destroyed) || (r && r.destroyed)) return;
    if ((r && r.autoDestroy) || (w && w.autoDestroy)) {
      stream.destroy(error);
    } else if (error) {
      checkError(error, w, r);
      if (sync) nextTick(emitErrorNT, stream, error);
      else emitErrorNT(stream, error);
    }
  }

  // Destroys any stream-like object (streams of this module, fs and child-process streams).
  function destroyer(stream, error) {
    if (!stream || isDestroyed(stream)) return;
    if (typeof stream.destroy === 'function') stream.destroy(error);
    else if (typeof stream.close === 'function') stream.close();
  }

  function construct(stream, cb) {
    if (typeof stream._construct !== 'function') return;
    const r = stream._readableState, w = stream._writableState;
    if (r) r.constructed = false;
    if (w) w.constructed = false;
    stream.once('_constructed', cb);
    nextTick(() => {
      let called = false;
      function onConstruct(e) {
        if (called) {
          errorOrDestroy(stream, e !== null && e !== undefined ? e : errMultipleCallback());
          return;
        }
        called = true;
        if (r) r.constructed = true;
        if (w) w.constructed = true;
        if (e) errorOrDestroy(stream, e, true);
        stream.emit('_constructed', e);
      }
      try {
        stream._construct((e) => nextTick(onConstruct, e));
      } catch (e) {
        nextTick(onConstruct, e);
      }
    });
  }

  // ---- Readable (lib/internal/streams/readable.js) ----

  function ReadableState(options, stream, isDuplex) {
    if (typeof isDuplex !== 'boolean') isDuplex = stream instanceof Duplex;
    this.objectMode = !!(options && options.objectMode);
    if (isDuplex) this.objectMode = this.objectMode || !!(options && options.readableObjectMode);
    this.highWaterMark = highWaterMarkFrom(options, isDuplex, 'readableHighWaterMark', this.objectMode);
    this.buffer = [];
    this.length = 0;
    this.pipes = [];
    this.flowing = null;
    this.paused = null;
    this.ended = false;
    this.endEmitted = false;
    this.reading = false;
    this.constructed = true;
    this.sync = true;
    this.needReadable = false;
    this.emittedReadable = false;
    this.readableListening = false;
    this.resumeScheduled = false;
    this.errorEmitted = false;
    this.emitClose = !options || options.emitClose !== false;
    this.autoDestroy = !options || options.autoDestroy !== false;
    this.destroyed = false;
    this.errored = null;
    this.closed = false;
    this.closeEmitted = false;
    this.defaultEncoding = (options && options.defaultEncoding) || 'utf8';
    this.awaitDrainWriters = new Set();
    this.readingMore = false;
    this.dataEmitted = false;
    this.decoder = null;
    this.encoding = null;
    if (options && options.encoding) {
      this.decoder = new StringDecoder(options.encoding);
      this.encoding = options.encoding;
    }
  }

  function Readable(options) {
    if (!(this instanceof Readable)) return new Readable(options);
    const isDuplex = this instanceof Duplex;
    this._readableState = new ReadableState(options, this, isDuplex);
    if (options) {
      if (typeof options.read === 'function') this._read = options.read;
      if (typeof options.destroy === 'function') this._destroy = options.destroy;
      if (typeof options.construct === 'function') this._construct = options.construct;
      if (options.signal && !isDuplex) addAbortSignal(options.signal, this);
    }
    Stream.call(this, options);
    construct(this, () => {
      if (this._readableState.needReadable) maybeReadMore(this, this._readableState);
    });
  }
  Object.setPrototypeOf(Readable.prototype, Stream.prototype);
  Object.setPrototypeOf(Readable, Stream);
  Readable.ReadableState = ReadableState;

  Readable.prototype.destroy = destroy;
  Readable.prototype._destroy = function _destroy(error, cb) {
    cb(error);
  };
  Readable.prototype._undestroy = function _undestroy() {
    const r = this._readableState;
    r.constructed = true;
    r.closed = r.closeEmitted = r.destroyed = r.errorEmitted = false;
    r.errored = null;
    r.ended = r.endEmitted = r.reading = false;
  };
  Readable.prototype[EventEmitter.captureRejectionSymbol || Symbol.for('nodejs.rejection')] = function (error) {
    this.destroy(error);
  };

  Readable.prototype.push = function push(chunk, encoding) {
    return readableAddChunk(this, chunk, encoding, false);
  };

  Readable.prototype.unshift = function unshift(chunk, encoding) {
    return readableAddChunk(this, chunk, encoding, true);
  };

  function readableAddChunk(stream, chunk, encoding, addToFront) {
    const state = stream._readableState;
    let error;
    if (!state.objectMode) {
      if (typeof chunk === 'string') {
        encoding = encoding || state.defaultEncoding;
        if (state.encoding !== encoding) {
          if (addToFront && state.encoding) chunk = Buffer.from(chunk, encoding).toString(state.encoding);
          else {
            chunk = Buffer.from(chunk, encoding);
            encoding = '';
          }
        }
      } else if (chunk instanceof Buffer) {
        encoding = '';
      } else if (chunk instanceof Uint8Array) {
        chunk = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
        encoding = '';
      } else if (chunk !== null && chunk !== undefined) {
        error = natives.invalidArgType('chunk', 'of type string or an instance of Buffer or Uint8Array', chunk);
      }
    }
    if (error) {
      errorOrDestroy(stream, error);
    } else if (chunk === null) {
      state.reading = false;
      onEofChunk(stream, state);
    } else if (state.objectMode || (chunk && chunk.length > 0)) {
      if (addToFront) {
        if (state.endEmitted) errorOrDestroy(stream, err('ERR_STREAM_UNSHIFT_AFTER_END_EVENT', 'stream.unshift() after end event'));
        else if (state.destroyed || state.errored) return false;
        else addChunk(stream, state, chunk, true);
      } else if (state.ended) {
        errorOrDestroy(stream, err('ERR_STREAM_PUSH_AFTER_EOF', 'stream.push() after EOF'));
      } else if (state.destroyed || state.errored) {
        return false;
      } else {
        state.reading = false;
        if (state.decoder && !encoding) {
          chunk = state.decoder.write(chunk);
          if (state.objectMode || chunk.length !== 0) addChunk(stream, state, chunk, false);
          else maybeReadMore(stream, state);
        } else {
          addChunk(stream, state, chunk, false);
        }
      }
    } else if (!addToFront) {
      state.reading = false;
      maybeReadMore(stream, state);
    }
    return !state.ended && (state.length < state.highWaterMark || state.length === 0);
  }

  function addChunk(stream, state, chunk, addToFront) {
    if (state.flowing && state.length === 0 && !state.sync && stream.listenerCount('data') > 0) {
      state.awaitDrainWriters.clear();
      state.dataEmitted = true;
      stream.emit('data', chunk);
    } else {
      state.length += state.objectMode ? 1 : chunk.length;
      if (addToFront) state.buffer.unshift(chunk);
      else state.buffer.push(chunk);
      if (state.needReadable) emitReadable(stream);
    }
    maybeReadMore(stream, state);
  }

  Readable.prototype.isPaused = function isPaused() {
    const state = this._readableState;
    return state.paused === true || state.flowing === false;
  };

  Readable.prototype.setEncoding = function setEncoding(enc) {
    const state = this._readableState;
    const decoder = new StringDecoder(enc);
    state.decoder = decoder;
    state.encoding = decoder.encoding;
    let content = '';
    for (const data of state.buffer) content += decoder.write(data);
    state.buffer = content !== '' ? [content] : [];
    state.length = content.length;
    return this;
  };

  const MAX_HWM = 0x40000000;
  function computeNewHighWaterMark(n) {
    if (n > MAX_HWM) throw err('ERR_OUT_OF_RANGE', `The value of "size" is out of range. It must be <= 1GiB. Received ${n}`, 'RangeError');
    n--;
    n |= n >>> 1;
    n |= n >>> 2;
    n |= n >>> 4;
    n |= n >>> 8;
    n |= n >>> 16;
    return n + 1;
  }

  function howMuchToRead(n, state) {
    if (n <= 0 || (state.length === 0 && state.ended)) return 0;
    if (state.objectMode) return 1;
    if (Number.isNaN(n)) {
      if (state.flowing && state.length) return state.buffer[0].length;
      return state.length;
    }
    if (n <= state.length) return n;
    return state.ended ? state.length : 0;
  }

  Readable.prototype.read = function read(n) {
    if (n === undefined) n = NaN;
    else if (!Number.isInteger(n)) n = Number.parseInt(n, 10);
    const state = this._readableState;
    const nOrig = n;
    if (n > state.highWaterMark) state.highWaterMark = computeNewHighWaterMark(n);
    if (n !== 0) state.emittedReadable = false;
    if (n === 0 && state.needReadable &&
        ((state.highWaterMark !== 0 ? state.length >= state.highWaterMark : state.length > 0) || state.ended)) {
      if (state.length === 0 && state.ended) endReadable(this);
      else emitReadable(this);
      return null;
    }
    n = howMuchToRead(n, state);
    if (n === 0 && state.ended) {
      if (state.length === 0) endReadable(this);
      return null;
    }
    let doRead = state.needReadable;
    if (state.length === 0 || state.length - n < state.highWaterMark) doRead = true;
    if (state.ended || state.reading || state.destroyed || state.errored || !state.constructed) {
      doRead = false;
    } else if (doRead) {
      state.reading = true;
      state.sync = true;
      if (state.length === 0) state.needReadable = true;
      try {
        this._read(state.highWaterMark);
      } catch (e) {
        errorOrDestroy(this, e);
      }
      state.sync = false;
      if (!state.reading) n = howMuchToRead(nOrig, state);
    }
    let ret = n > 0 ? fromList(n, state) : null;
    if (ret === null) {
      state.needReadable = state.length <= state.highWaterMark;
      n = 0;
    } else {
      state.length -= n;
      state.awaitDrainWriters.clear();
    }
    if (state.length === 0) {
      if (!state.ended) state.needReadable = true;
      if (nOrig !== n && state.ended) endReadable(this);
    }
    if (ret !== null && !state.errorEmitted && !state.closeEmitted) {
      state.dataEmitted = true;
      this.emit('data', ret);
    }
    return ret;
  };

  function fromList(n, state) {
    if (state.length === 0) return null;
    const buffer = state.buffer;
    if (state.objectMode) return buffer.shift();
    if (!n || n >= state.length) {
      let ret;
      if (state.decoder) ret = buffer.join('');
      else if (buffer.length === 1) ret = buffer[0];
      else ret = Buffer.concat(buffer, state.length);
      buffer.length = 0;
      return ret;
    }
    const first = buffer[0];
    if (n < first.length) {
      buffer[0] = first.slice(n);
      return first.slice(0, n);
    }
    if (n === first.length) return buffer.shift();
    if (state.decoder) {
      let ret = '';
      while (ret.length < n) {
        const str = buffer[0];
        const take = Math.min(n - ret.length, str.length);
        ret += str.slice(0, take);
        if (take === str.length) buffer.shift();
        else buffer[0] = str.slice(take);
      }
      return ret;
    }
    const ret = Buffer.allocUnsafe(n);
    let copied = 0;
    while (copied < n) {
      const data = buffer[0];
      const take = Math.min(n - copied, data.length);
      ret.set(take === data.length ? data : data.subarray(0, take), copied);
      copied += take;
      if (take === data.length) buffer.shift();
      else buffer[0] = data.subarray(take);
    }
    return ret;
  }

  function onEofChunk(stream, state) {
    if (state.ended) return;
    if (state.decoder) {
      const chunk = state.decoder.end();
      if (chunk && chunk.length) {
        state.buffer.push(chunk);
        state.length += state.objectMode ? 1 : chunk.length;
      }
    }
    state.ended = true;
    if (state.sync) {
      emitReadable(stream);
    } else {
      state.needReadable = false;
      state.emittedReadable = true;
      emitReadable_(stream);
    }
  }

  function emitReadable(stream) {
    const state = stream._readableState;
    state.needReadable = false;
    if (!state.emittedReadable) {
      state.emittedReadable = true;
      nextTick(emitReadable_, stream);
    }
  }

  function emitReadable_(stream) {
    const state = stream._readableState;
    if (!state.destroyed && !state.errored && (state.length || state.ended)) {
      stream.emit('readable');
      state.emittedReadable = false;
    }
    state.needReadable = !state.flowing && !state.ended && state.length <= state.highWaterMark;
    flow(stream);
  }

  function maybeReadMore(stream, state) {
    if (!state.readingMore && state.constructed) {
      state.readingMore = true;
      nextTick(maybeReadMore_, stream, state);
    }
  }

  function maybeReadMore_(stream, state) {
    while (!state.reading && !state.ended &&
           (state.length < state.highWaterMark || (state.flowing && state.length === 0))) {
      const len = state.length;
      stream.read(0);
      if (len === state.length) break;
    }
    state.readingMore = false;
  }

  Readable.prototype._read = function _read() {
    throw errNotImplemented('_read()');
  };

  Readable.prototype.pipe = function pipe(dest, pipeOpts) {
    const src = this;
    const state = this._readableState;
    state.pipes.push(dest);
    const proc = globalThis.process;
    const doEnd = (!pipeOpts || pipeOpts.end !== false) && dest !== proc.stdout && dest !== proc.stderr;
    const endFn = doEnd ? onend : unpipe;
    if (state.endEmitted) nextTick(endFn);
    else src.once('end', endFn);
    dest.on('unpipe', onunpipe);

    function onunpipe(readable, unpipeInfo) {
      if (readable === src && unpipeInfo && unpipeInfo.hasUnpiped === false) {
        unpipeInfo.hasUnpiped = true;
        cleanup();
      }
    }
    function onend() {
      dest.end();
    }
    let ondrain;
    let cleanedUp = false;
    function cleanup() {
      dest.removeListener('close', onclose);
      dest.removeListener('finish', onfinish);
      if (ondrain) dest.removeListener('drain', ondrain);
      dest.removeListener('error', onerror);
      dest.removeListener('unpipe', onunpipe);
      src.removeListener('end', onend);
      src.removeListener('end', unpipe);
      src.removeListener('data', ondata);
      cleanedUp = true;
      if (ondrain && state.awaitDrainWriters.size && (!dest._writableState || dest._writableState.needDrain)) ondrain();
    }
    function pause() {
      if (!cleanedUp) {
        if (state.pipes.includes(dest)) state.awaitDrainWriters.add(dest);
        src.pause();
      }
      if (!ondrain) {
        ondrain = pipeOnDrain(src, dest);
        dest.on('drain', ondrain);
      }
    }
    src.on('data', ondata);
    function ondata(chunk) {
      if (dest.write(chunk) === false) pause();
    }
    function onerror(er) {
      unpipe();
      dest.removeListener('error', onerror);
      if (dest.listenerCount('error') === 0) {
        const s = dest._writableState || dest._readableState;
        if (s && !s.errorEmitted) errorOrDestroy(dest, er);
        else dest.emit('error', er);
      }
    }
    // process.stdout/stderr are host objects without prependListener.
    if (typeof dest.prependListener === 'function') dest.prependListener('error', onerror);
    else dest.on('error', onerror);
    function onclose() {
      dest.removeListener('finish', onfinish);
      unpipe();
    }
    dest.once('close', onclose);
    function onfinish() {
      dest.removeListener('close', onclose);
      unpipe();
    }
    dest.once('finish', onfinish);
    function unpipe() {
      src.unpipe(dest);
    }
    dest.emit('pipe', src);
    if (dest.writableNeedDrain === true) pause();
    else if (!state.flowing) src.resume();
    return dest;
  };

  function pipeOnDrain(src, dest) {
    return function pipeOnDrainFunctionResult() {
      const state = src._readableState;
      state.awaitDrainWriters.delete(dest);
      if (state.awaitDrainWriters.size === 0 && src.listenerCount('data')) src.resume();
    };
  }

  Readable.prototype.unpipe = function unpipe(dest) {
    const state = this._readableState;
    if (state.pipes.length === 0) return this;
    if (!dest) {
      const dests = state.pipes;
      state.pipes = [];
      this.pause();
      for (const d of dests) d.emit('unpipe', this, { hasUnpiped: false });
      return this;
    }
    const index = state.pipes.indexOf(dest);
    if (index === -1) return this;
    state.pipes.splice(index, 1);
    if (state.pipes.length === 0) this.pause();
    dest.emit('unpipe', this, { hasUnpiped: false });
    return this;
  };

  Readable.prototype.on = function on(ev, fn) {
    const res = Stream.prototype.on.call(this, ev, fn);
    const state = this._readableState;
    if (ev === 'data') {
      state.readableListening = this.listenerCount('readable') > 0;
      if (state.flowing !== false) this.resume();
    } else if (ev === 'readable') {
      if (!state.endEmitted && !state.readableListening) {
        state.readableListening = state.needReadable = true;
        state.flowing = false;
        state.emittedReadable = false;
        if (state.length) emitReadable(this);
        else if (!state.reading) nextTick((self) => self.read(0), this);
      }
    }
    return res;
  };
  Readable.prototype.addListener = Readable.prototype.on;

  Readable.prototype.removeListener = function removeListener(ev, fn) {
    const res = Stream.prototype.removeListener.call(this, ev, fn);
    if (ev === 'readable') nextTick(updateReadableListening, this);
    return res;
  };
  Readable.prototype.off = Readable.prototype.removeListener;

  Readable.prototype.removeAllListeners = function removeAllListeners(ev) {
    const res = Stream.prototype.removeAllListeners.apply(this, arguments);
    if (ev === 'readable' || ev === undefined) nextTick(updateReadableListening, this);
    return res;
  };

  function updateReadableListening(self) {
    const state = self._readableState;
    state.readableListening = self.listenerCount('readable') > 0;
    if (state.resumeScheduled && state.paused === false) state.flowing = true;
    else if (self.listenerCount('data') > 0) self.resume();
    else if (!state.readableListening) state.flowing = null;
  }

  Readable.prototype.resume = function resume() {
    const state = this._readableState;
    if (!state.flowing) {
      state.flowing = !state.readableListening;
      if (!state.resumeScheduled) {
        state.resumeScheduled = true;
        nextTick(resume_, this, state);
      }
    }
    state.paused = false;
    return this;
  };

  function resume_(stream, state) {
    if (!state.reading) stream.read(0);
    state.resumeScheduled = false;
    stream.emit('resume');
    flow(stream);
    if (state.flowing && !state.reading) stream.read(0);
  }

  Readable.prototype.pause = function pause() {
    const state = this._readableState;
    if (state.flowing !== false) {
      state.flowing = false;
      this.emit('pause');
    }
    state.paused = true;
    return this;
  };

  function flow(stream) {
    const state = stream._readableState;
    while (state.flowing && stream.read() !== null);
  }

  function endReadable(stream) {
    const state = stream._readableState;
    if (!state.endEmitted) {
      state.ended = true;
      nextTick(endReadableNT, state, stream);
    }
  }

  function endReadableNT(state, stream) {
    if (!state.errored && !state.closeEmitted && !state.endEmitted && state.length === 0) {
      state.endEmitted = true;
      stream.emit('end');
      if (stream.writable && stream.allowHalfOpen === false) {
        nextTick((s) => s.end(), stream);
      } else if (state.autoDestroy) {
        const wState = stream._writableState;
        if (!wState || (wState.autoDestroy && (wState.finished || wState.writable === false))) stream.destroy();
      }
    }
  }

  Readable.prototype[Symbol.asyncIterator] = function () {
    return createAsyncIterator(this, undefined);
  };

  Readable.prototype.iterator = function iterator(options) {
    return createAsyncIterator(this, options);
  };

  async function* createAsyncIterator(stream, options) {
    let callback = nop;
    function next(resolve) {
      if (this === stream) {
        callback();
        callback = nop;
      } else {
        callback = resolve;
      }
    }
    stream.on('readable', next);
    let error;
    const cleanup = eos(stream, { writable: false }, (e) => {
      error = e ? e : null;
      callback();
      callback = nop;
    });
    try {
      while (true) {
        const chunk = stream.destroyed ? null : stream.read();
        if (chunk !== null) yield chunk;
        else if (error) throw error;
        else if (error === null) return;
        else await new Promise(next);
      }
    } catch (e) {
      error = error || e;
      throw error;
    } finally {
      if ((error || !options || options.destroyOnReturn !== false) &&
          (error === undefined || stream._readableState.autoDestroy)) {
        destroyer(stream, null);
      } else {
        stream.off('readable', next);
        cleanup();
      }
    }
  }

  const readableGetters = {
    readable: [function () {
      const r = this._readableState;
      return !!r && r.readable !== false && !r.destroyed && !r.errorEmitted && !r.endEmitted;
    }, function (value) {
      if (this._readableState) this._readableState.readable = !!value;
    }],
    readableDidRead: [function () { return this._readableState.dataEmitted; }],
    readableAborted: [function () {
      const r = this._readableState;
      return !!(r.readable !== false && (r.destroyed || r.errored) && !r.endEmitted);
    }],
    readableHighWaterMark: [function () { return this._readableState.highWaterMark; }],
    readableBuffer: [function () { return this._readableState && this._readableState.buffer; }],
    readableFlowing: [function () { return this._readableState.flowing; }, function (value) {
      if (this._readableState) this._readableState.flowing = value;
    }],
    readableLength: [function () { return this._readableState ? this._readableState.length : undefined; }],
    readableObjectMode: [function () { return this._readableState ? this._readableState.objectMode : false; }],
    readableEncoding: [function () { return this._readableState ? this._readableState.encoding : null; }],
    errored: [function () { return this._readableState ? this._readableState.errored : null; }],
    closed: [function () { return this._readableState ? this._readableState.closed : false; }],
    destroyed: [function () { return this._readableState ? this._readableState.destroyed : false; }, function (value) {
      if (this._readableState) this._readableState.destroyed = value;
    }],
    readableEnded: [function () { return this._readableState ? this._readableState.endEmitted : false; }],
  };
  for (const [name, [get, set]] of Object.entries(readableGetters)) {
    Object.defineProperty(Readable.prototype, name, { get, set, enumerable: false, configurable: true });
  }

  Readable.from = function from(iterable, opts) {
    return readableFrom(Readable, iterable, opts);
  };

  function readableFrom(Ctor, iterable, opts) {
    if (typeof iterable === 'string' || iterable instanceof Buffer) {
      return new Ctor({
        objectMode: true,
        ...opts,
        read() {
          this.push(iterable);
          this.push(null);
        },
      });
    }
    let iterator, isAsync;
    if (iterable && typeof iterable[Symbol.asyncIterator] === 'function') {
      isAsync = true;
      iterator = iterable[Symbol.asyncIterator]();
    } else if (iterable && typeof iterable[Symbol.iterator] === 'function') {
      isAsync = false;
      iterator = iterable[Symbol.iterator]();
    } else {
      throw natives.invalidArgType('iterable', 'an instance of Iterable', iterable);
    }
    const readable = new Ctor({ objectMode: true, highWaterMark: 1, ...opts });
    let reading = false;
    readable._read = function () {
      if (!reading) {
        reading = true;
        next();
      }
    };
    readable._destroy = function (error, cb) {
      close(error).then(() => nextTick(cb, error), (e) => nextTick(cb, e || error));
    };
    async function close(error) {
      const hadError = error !== undefined && error !== null;
      if (hadError && typeof iterator.throw === 'function') {
        const { value, done } = await iterator.throw(error);
        await value;
        if (done) return;
      }
      if (typeof iterator.return === 'function') {
        const { value } = await iterator.return();
        await value;
      }
    }
    async function next() {
      for (;;) {
        try {
          const { value, done } = isAsync ? await iterator.next() : iterator.next();
          if (done) {
            readable.push(null);
          } else {
            const res = value && typeof value.then === 'function' ? await value : value;
            if (res === null) {
              reading = false;
              throw errNullValues();
            } else if (readable.push(res)) {
              continue;
            } else {
              reading = false;
            }
          }
        } catch (e) {
          readable.destroy(e);
        }
        break;
      }
    }
    return readable;
  }

  // ---- Writable (lib/internal/streams/writable.js) ----

  function WritableState(options, stream, isDuplex) {
    if (typeof isDuplex !== 'boolean') isDuplex = stream instanceof Duplex;
    this.objectMode = !!(options && options.objectMode);
    if (isDuplex) this.objectMode = this.objectMode || !!(options && options.writableObjectMode);
    this.highWaterMark = highWaterMarkFrom(options, isDuplex, 'writableHighWaterMark', this.objectMode);
    this.finalCalled = false;
    this.needDrain = false;
    this.ending = false;
    this.ended = false;
    this.finished = false;
    this.destroyed = false;
    this.decodeStrings = !(options && options.decodeStrings === false);
    this.defaultEncoding = (options && options.defaultEncoding) || 'utf8';
    this.length = 0;
    this.writing = false;
    this.corked = 0;
    this.sync = true;
    this.bufferProcessing = false;
    this.onwrite = onwrite.bind(undefined, stream);
    this.writecb = null;
    this.writelen = 0;
    this.afterWriteTickInfo = null;
    this.buffered = [];
    this.bufferedIndex = 0;
    this.allBuffers = true;
    this.allNoop = true;
    this.pendingcb = 0;
    this.constructed = true;
    this.prefinished = false;
    this.errorEmitted = false;
    this.emitClose = !options || options.emitClose !== false;
    this.autoDestroy = !options || options.autoDestroy !== false;
    this.errored = null;
    this.closed = false;
    this.closeEmitted = false;
    this[kOnFinished] = [];
  }

  WritableState.prototype.getBuffer = function getBuffer() {
    return this.buffered.slice(this.bufferedIndex);
  };
  Object.defineProperty(WritableState.prototype, 'bufferedRequestCount', {
    get() { return this.buffered.length - this.bufferedIndex; },
  });

  function resetBuffer(state) {
    state.buffered = [];
    state.bufferedIndex = 0;
    state.allBuffers = true;
    state.allNoop = true;
  }

  function Writable(options) {
    const isDuplex = this instanceof Duplex;
    if (!isDuplex && !Function.prototype[Symbol.hasInstance].call(Writable, this)) return new Writable(options);
    this._writableState = new WritableState(options, this, isDuplex);
    if (options) {
      if (typeof options.write === 'function') this._write = options.write;
      if (typeof options.writev === 'function') this._writev = options.writev;
      if (typeof options.destroy === 'function') this._destroy = options.destroy;
      if (typeof options.final === 'function') this._final = options.final;
      if (typeof options.construct === 'function') this._construct = options.construct;
      if (options.signal) addAbortSignal(options.signal, this);
    }
    Stream.call(this, options);
    construct(this, () => {
      const state = this._writableState;
      if (!state.writing) clearBuffer(this, state);
      finishMaybe(this, state);
    });
  }
  Object.setPrototypeOf(Writable.prototype, Stream.prototype);
  Object.setPrototypeOf(Writable, Stream);
  Writable.WritableState = WritableState;

  // A Duplex is a Writable too (it cannot inherit from both): instanceof looks at the state.
  Object.defineProperty(Writable, Symbol.hasInstance, {
    value: function (object) {
      if (Function.prototype[Symbol.hasInstance].call(this, object)) return true;
      if (this !== Writable) return false;
      return !!object && object._writableState instanceof WritableState;
    },
  });

  Writable.prototype.pipe = function pipe() {
    errorOrDestroy(this, err('ERR_STREAM_CANNOT_PIPE', 'Cannot pipe, not readable'));
  };

  function writeChunk(stream, chunk, encoding, cb) {
    const state = stream._writableState;
    if (typeof encoding === 'function') {
      cb = encoding;
      encoding = state.defaultEncoding;
    } else {
      if (!encoding) encoding = state.defaultEncoding;
      else if (encoding !== 'buffer' && !Buffer.isEncoding(encoding)) {
        throw err('ERR_UNKNOWN_ENCODING', `Unknown encoding: ${encoding}`, 'TypeError');
      }
      if (typeof cb !== 'function') cb = nop;
    }
    if (chunk === null) throw errNullValues();
    if (!state.objectMode) {
      if (typeof chunk === 'string') {
        if (state.decodeStrings !== false) {
          chunk = Buffer.from(chunk, encoding);
          encoding = 'buffer';
        }
      } else if (chunk instanceof Buffer) {
        encoding = 'buffer';
      } else if (chunk instanceof Uint8Array) {
        chunk = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
        encoding = 'buffer';
      } else {
        throw natives.invalidArgType('chunk', 'of type string or an instance of Buffer, TypedArray, or DataView', chunk);
      }
    }
    let error;
    if (state.ending) error = err('ERR_STREAM_WRITE_AFTER_END', 'write after end');
    else if (state.destroyed) error = errDestroyed('write');
    if (error) {
      nextTick(cb, error);
      errorOrDestroy(stream, error, true);
      return error;
    }
    state.pendingcb++;
    return writeOrBuffer(stream, state, chunk, encoding, cb);
  }

  Writable.prototype.write = function write(chunk, encoding, cb) {
    return writeChunk(this, chunk, encoding, cb) === true;
  };

  Writable.prototype.cork = function cork() {
    this._writableState.corked++;
  };

  Writable.prototype.uncork = function uncork() {
    const state = this._writableState;
    if (state.corked) {
      state.corked--;
      if (!state.writing) clearBuffer(this, state);
    }
  };

  Writable.prototype.setDefaultEncoding = function setDefaultEncoding(encoding) {
    if (typeof encoding === 'string') encoding = encoding.toLowerCase();
    if (!Buffer.isEncoding(encoding)) throw err('ERR_UNKNOWN_ENCODING', `Unknown encoding: ${encoding}`, 'TypeError');
    this._writableState.defaultEncoding = encoding;
    return this;
  };

  function writeOrBuffer(stream, state, chunk, encoding, callback) {
    const len = state.objectMode ? 1 : chunk.length;
    state.length += len;
    const ret = state.length < state.highWaterMark;
    if (!ret) state.needDrain = true;
    if (state.writing || state.corked || state.errored || !state.constructed) {
      state.buffered.push({ chunk, encoding, callback });
      if (state.allBuffers && encoding !== 'buffer') state.allBuffers = false;
      if (state.allNoop && callback !== nop) state.allNoop = false;
    } else {
      state.writelen = len;
      state.writecb = callback;
      state.writing = true;
      state.sync = true;
      stream._write(chunk, encoding, state.onwrite);
      state.sync = false;
    }
    return ret && !state.errored && !state.destroyed;
  }

  function doWrite(stream, state, writev, len, chunk, encoding, cb) {
    state.writelen = len;
    state.writecb = cb;
    state.writing = true;
    state.sync = true;
    if (state.destroyed) state.onwrite(errDestroyed('write'));
    else if (writev) stream._writev(chunk, state.onwrite);
    else stream._write(chunk, encoding, state.onwrite);
    state.sync = false;
  }

  function onwriteError(stream, state, er, cb) {
    --state.pendingcb;
    cb(er);
    errorBuffer(state);
    errorOrDestroy(stream, er);
  }

  function onwrite(stream, er) {
    const state = stream._writableState;
    const sync = state.sync;
    const cb = state.writecb;
    if (typeof cb !== 'function') {
      errorOrDestroy(stream, errMultipleCallback());
      return;
    }
    state.writing = false;
    state.writecb = null;
    state.length -= state.writelen;
    state.writelen = 0;
    if (er) {
      if (!state.errored) state.errored = er;
      if (stream._readableState && !stream._readableState.errored) stream._readableState.errored = er;
      if (sync) nextTick(onwriteError, stream, state, er, cb);
      else onwriteError(stream, state, er, cb);
    } else {
      if (state.buffered.length > state.bufferedIndex) clearBuffer(stream, state);
      if (sync) {
        if (state.afterWriteTickInfo !== null && state.afterWriteTickInfo.cb === cb) {
          state.afterWriteTickInfo.count++;
        } else {
          state.afterWriteTickInfo = { count: 1, cb, stream, state };
          nextTick(afterWriteTick, state.afterWriteTickInfo);
        }
      } else {
        afterWrite(stream, state, 1, cb);
      }
    }
  }

  function afterWriteTick({ stream, state, count, cb }) {
    state.afterWriteTickInfo = null;
    afterWrite(stream, state, count, cb);
  }

  function afterWrite(stream, state, count, cb) {
    const needDrain = !state.ending && !stream.destroyed && state.length === 0 && state.needDrain;
    if (needDrain) {
      state.needDrain = false;
      stream.emit('drain');
    }
    while (count-- > 0) {
      state.pendingcb--;
      cb(null);
    }
    if (state.destroyed) errorBuffer(state);
    finishMaybe(stream, state);
  }

  // Fails the buffered writes and the end() callbacks of a destroyed stream.
  function errorBuffer(state) {
    if (state.writing) return;
    for (let n = state.bufferedIndex; n < state.buffered.length; ++n) {
      const { chunk, callback } = state.buffered[n];
      state.length -= state.objectMode ? 1 : chunk.length;
      callback(state.errored || errDestroyed('write'));
    }
    const onfinishCallbacks = state[kOnFinished].splice(0);
    for (const callback of onfinishCallbacks) callback(state.errored || errDestroyed('end'));
    resetBuffer(state);
  }

  function clearBuffer(stream, state) {
    if (state.corked || state.bufferProcessing || state.destroyed || !state.constructed) return;
    const { buffered, bufferedIndex, objectMode } = state;
    const bufferedLength = buffered.length - bufferedIndex;
    if (!bufferedLength) return;
    let i = bufferedIndex;
    state.bufferProcessing = true;
    if (bufferedLength > 1 && stream._writev) {
      state.pendingcb -= bufferedLength - 1;
      const callback = state.allNoop ? nop : (e) => {
        for (let n = i; n < buffered.length; ++n) buffered[n].callback(e);
      };
      const chunks = state.allNoop && i === 0 ? buffered : buffered.slice(i);
      chunks.allBuffers = state.allBuffers;
      doWrite(stream, state, true, state.length, chunks, '', callback);
      resetBuffer(state);
    } else {
      do {
        const { chunk, encoding, callback } = buffered[i];
        buffered[i++] = null;
        doWrite(stream, state, false, objectMode ? 1 : chunk.length, chunk, encoding, callback);
      } while (i < buffered.length && !state.writing);
      if (i === buffered.length) resetBuffer(state);
      else if (i > 256) {
        buffered.splice(0, i);
        state.bufferedIndex = 0;
      } else {
        state.bufferedIndex = i;
      }
    }
    state.bufferProcessing = false;
  }

  Writable.prototype._write = function _write(chunk, encoding, cb) {
    if (this._writev) this._writev([{ chunk, encoding }], cb);
    else throw errNotImplemented('_write()');
  };
  Writable.prototype._writev = null;

  Writable.prototype.end = function end(chunk, encoding, cb) {
    const state = this._writableState;
    if (typeof chunk === 'function') {
      cb = chunk;
      chunk = null;
      encoding = null;
    } else if (typeof encoding === 'function') {
      cb = encoding;
      encoding = null;
    }
    let error;
    if (chunk !== null && chunk !== undefined) {
      const ret = writeChunk(this, chunk, encoding);
      if (ret instanceof Error) error = ret;
    }
    if (state.corked) {
      state.corked = 1;
      this.uncork();
    }
    if (error) {
      // write() reported it
    } else if (!state.errored && !state.ending) {
      state.ending = true;
      finishMaybe(this, state, true);
      state.ended = true;
    } else if (state.finished) {
      error = err('ERR_STREAM_ALREADY_FINISHED', 'Cannot call end after a stream was finished');
    } else if (state.destroyed) {
      error = errDestroyed('end');
    }
    if (typeof cb === 'function') {
      if (error || state.finished) nextTick(cb, error);
      else state[kOnFinished].push(cb);
    }
    return this;
  };

  function needFinish(state) {
    return state.ending && !state.destroyed && state.constructed && state.length === 0 && !state.errored &&
      state.buffered.length === 0 && !state.finished && !state.writing && !state.errorEmitted && !state.closeEmitted;
  }

  function callFinal(stream, state) {
    let called = false;
    function onFinish(e) {
      if (called) {
        errorOrDestroy(stream, e !== null && e !== undefined ? e : errMultipleCallback());
        return;
      }
      called = true;
      state.pendingcb--;
      if (e) {
        for (const callback of state[kOnFinished].splice(0)) callback(e);
        errorOrDestroy(stream, e, state.sync);
      } else if (needFinish(state)) {
        state.prefinished = true;
        stream.emit('prefinish');
        state.pendingcb++;
        nextTick(finish, stream, state);
      }
    }
    state.sync = true;
    state.pendingcb++;
    try {
      stream._final(onFinish);
    } catch (e) {
      onFinish(e);
    }
    state.sync = false;
  }

  function prefinish(stream, state) {
    if (!state.prefinished && !state.finalCalled) {
      if (typeof stream._final === 'function' && !state.destroyed) {
        state.finalCalled = true;
        callFinal(stream, state);
      } else {
        state.prefinished = true;
        stream.emit('prefinish');
      }
    }
  }

  function finishMaybe(stream, state, sync) {
    if (needFinish(state)) {
      prefinish(stream, state);
      if (state.pendingcb === 0) {
        if (sync) {
          state.pendingcb++;
          nextTick((s, st) => {
            if (needFinish(st)) finish(s, st);
            else st.pendingcb--;
          }, stream, state);
        } else if (needFinish(state)) {
          state.pendingcb++;
          finish(stream, state);
        }
      }
    }
  }

  function finish(stream, state) {
    state.pendingcb--;
    state.finished = true;
    for (const callback of state[kOnFinished].splice(0)) callback(null);
    stream.emit('finish');
    if (state.autoDestroy) {
      const rState = stream._readableState;
      if (!rState || (rState.autoDestroy && (rState.endEmitted || rState.readable === false))) stream.destroy();
    }
  }

  const writableGetters = {
    closed: [function () { return this._writableState ? this._writableState.closed : false; }],
    destroyed: [function () { return this._writableState ? this._writableState.destroyed : false; }, function (value) {
      if (this._writableState) this._writableState.destroyed = value;
    }],
    writable: [function () {
      const w = this._writableState;
      return !!w && w.writable !== false && !w.destroyed && !w.errored && !w.ending && !w.ended;
    }, function (value) {
      if (this._writableState) this._writableState.writable = !!value;
    }],
    writableFinished: [function () { return this._writableState ? this._writableState.finished : false; }],
    writableObjectMode: [function () { return this._writableState ? this._writableState.objectMode : false; }],
    writableBuffer: [function () { return this._writableState && this._writableState.getBuffer(); }],
    writableEnded: [function () { return this._writableState ? this._writableState.ending : false; }],
    writableNeedDrain: [function () {
      const w = this._writableState;
      return !!w && !w.destroyed && !w.ending && w.needDrain;
    }],
    writableHighWaterMark: [function () { return this._writableState && this._writableState.highWaterMark; }],
    writableCorked: [function () { return this._writableState ? this._writableState.corked : 0; }],
    writableLength: [function () { return this._writableState && this._writableState.length; }],
    errored: [function () { return this._writableState ? this._writableState.errored : null; }],
    writableAborted: [function () {
      const w = this._writableState;
      return !!(w.writable !== false && (w.destroyed || w.errored) && !w.finished);
    }],
  };
  for (const [name, [get, set]] of Object.entries(writableGetters)) {
    Object.defineProperty(Writable.prototype, name, { get, set, enumerable: false, configurable: true });
  }

  Writable.prototype.destroy = function (error, cb) {
    const state = this._writableState;
    if (!state.destroyed && (state.bufferedIndex < state.buffered.length || state[kOnFinished].length)) {
      nextTick(errorBuffer, state);
    }
    destroy.call(this, error, cb);
    return this;
  };
  Writable.prototype._destroy = function _destroy(error, cb) {
    cb(error);
  };
  Writable.prototype._undestroy = function _undestroy() {
    const w = this._writableState;
    w.constructed = true;
    w.destroyed = w.closed = w.closeEmitted = w.errorEmitted = false;
    w.errored = null;
    w.ended = w.ending = w.finished = w.finalCalled = w.prefinished = false;
  };
  Writable.prototype[EventEmitter.captureRejectionSymbol || Symbol.for('nodejs.rejection')] = function (error) {
    this.destroy(error);
  };

  // ---- Duplex (lib/internal/streams/duplex.js) ----

  function Duplex(options) {
    if (!(this instanceof Duplex)) return new Duplex(options);
    this._readableState = new ReadableState(options, this, true);
    this._writableState = new WritableState(options, this, true);
    if (options) {
      this.allowHalfOpen = options.allowHalfOpen !== false;
      if (options.readable === false) {
        this._readableState.readable = false;
        this._readableState.ended = true;
        this._readableState.endEmitted = true;
      }
      if (options.writable === false) {
        this._writableState.writable = false;
        this._writableState.ending = true;
        this._writableState.ended = true;
        this._writableState.finished = true;
      }
      for (const name of ['read', 'write', 'writev', 'destroy', 'final', 'construct']) {
        if (typeof options[name] === 'function') this['_' + name] = options[name];
      }
      if (options.signal) addAbortSignal(options.signal, this);
    } else {
      this.allowHalfOpen = true;
    }
    Stream.call(this, options);
    construct(this, () => {
      const r = this._readableState, w = this._writableState;
      if (r.needReadable) maybeReadMore(this, r);
      if (!w.writing) clearBuffer(this, w);
      finishMaybe(this, w);
    });
  }
  Object.setPrototypeOf(Duplex.prototype, Readable.prototype);
  Object.setPrototypeOf(Duplex, Readable);
  for (const name of Object.getOwnPropertyNames(Writable.prototype)) {
    if (name in Duplex.prototype) continue;
    Object.defineProperty(Duplex.prototype, name, Object.getOwnPropertyDescriptor(Writable.prototype, name));
  }
  Duplex.prototype.destroy = Writable.prototype.destroy;
  for (const name of ['destroyed', 'closed', 'errored']) {
    Object.defineProperty(Duplex.prototype, name, {
      get() {
        const r = this._readableState, w = this._writableState;
        if (name === 'errored') return (w && w.errored) || (r && r.errored) || null;
        return !!(r && r[name]) && !!(w && w[name]);
      },
      set(value) {
        if (name !== 'destroyed') return;
        if (this._readableState) this._readableState.destroyed = value;
        if (this._writableState) this._writableState.destroyed = value;
      },
      enumerable: false,
      configurable: true,
    });
  }

  Duplex.from = function from(body) {
    if (body instanceof Duplex) return body;
    if (isReadableNodeStream(body)) return body;
    if (body && (typeof body[Symbol.asyncIterator] === 'function' || typeof body[Symbol.iterator] === 'function')) {
      return readableFrom(Duplex, body, { objectMode: true, writable: false });
    }
    throw natives.invalidArgType('body', 'one of type Stream, Iterable, or AsyncIterable', body);
  };

  // ---- Transform and PassThrough (lib/internal/streams/transform.js) ----

  function Transform(options) {
    if (!(this instanceof Transform)) return new Transform(options);
    const readableHighWaterMark = options ? highWaterMarkFrom(options, true, 'readableHighWaterMark', !!(options.objectMode || options.readableObjectMode)) : null;
    if (readableHighWaterMark === 0) {
      // A transform with a zero readable highWaterMark would never call its callbacks.
      options = { ...options, highWaterMark: null, readableHighWaterMark, writableHighWaterMark: options.writableHighWaterMark || 0 };
    }
    Duplex.call(this, options);
    this._readableState.sync = false;
    this[kCallback] = null;
    if (options) {
      if (typeof options.transform === 'function') this._transform = options.transform;
      if (typeof options.flush === 'function') this._flush = options.flush;
    }
    this.on('prefinish', transformPrefinish);
  }
  Object.setPrototypeOf(Transform.prototype, Duplex.prototype);
  Object.setPrototypeOf(Transform, Duplex);

  function transformFinal(cb) {
    if (typeof this._flush === 'function' && !this.destroyed) {
      this._flush((er, data) => {
        if (er) {
          if (cb) cb(er);
          else this.destroy(er);
          return;
        }
        if (data !== null && data !== undefined) this.push(data);
        this.push(null);
        if (cb) cb();
      });
    } else {
      this.push(null);
      if (cb) cb();
    }
  }

  function transformPrefinish() {
    if (this._final !== transformFinal) transformFinal.call(this);
  }

  Transform.prototype._final = transformFinal;

  Transform.prototype._transform = function _transform() {
    throw errNotImplemented('_transform()');
  };

  Transform.prototype._write = function _write(chunk, encoding, callback) {
    const rState = this._readableState;
    const wState = this._writableState;
    const length = rState.length;
    this._transform(chunk, encoding, (e, val) => {
      if (e) {
        callback(e);
        return;
      }
      if (val !== null && val !== undefined) this.push(val);
      if (rState.ended) {
        nextTick(callback);
      } else if (wState.ended || length === rState.length || rState.length < rState.highWaterMark) {
        callback();
      } else {
        this[kCallback] = callback;
      }
    });
  };

  Transform.prototype._read = function _read() {
    if (this[kCallback]) {
      const callback = this[kCallback];
      this[kCallback] = null;
      callback();
    }
  };

  function PassThrough(options) {
    if (!(this instanceof PassThrough)) return new PassThrough(options);
    Transform.call(this, options);
  }
  Object.setPrototypeOf(PassThrough.prototype, Transform.prototype);
  Object.setPrototypeOf(PassThrough, Transform);
  PassThrough.prototype._transform = function (chunk, encoding, cb) {
    cb(null, chunk);
  };

  // ---- utilities, finished and pipeline (Scripts/stream_pipeline.js) ----

  const {
    isReadableNodeStream, isNodeStream, isDestroyed, isReadable, isWritable,
    addAbortSignal, eos, finishedPromise, pipeline, pipelinePromise,
  } = natives.require('internal/stream_pipeline')({
    Readable, Duplex, PassThrough, destroyer, nop, nextTick, err, errPrematureClose, errDestroyed,
  });

  // ---- exports: the module is the Stream function, as in Node ----

  const promises = { pipeline: pipelinePromise, finished: finishedPromise };
  Stream.Stream = Stream;
  Stream.Readable = Readable;
  Stream.Writable = Writable;
  Stream.Duplex = Duplex;
  Stream.Transform = Transform;
  Stream.PassThrough = PassThrough;
  Stream.pipeline = pipeline;
  Stream.finished = eos;
  Stream.destroy = destroyer;
  Stream.addAbortSignal = addAbortSignal;
  Stream.isReadable = isReadable;
  Stream.isWritable = isWritable;
  Stream.isErrored = (stream) => !!(stream && ((stream._readableState && stream._readableState.errored) || (stream._writableState && stream._writableState.errored)));
  Stream.isDisturbed = (stream) => !!(stream && stream._readableState && (stream._readableState.dataEmitted || stream._readableState.destroyed));
  Stream.getDefaultHighWaterMark = getDefaultHighWaterMark;
  Stream.setDefaultHighWaterMark = setDefaultHighWaterMark;
  Object.defineProperty(Stream, 'promises', { value: promises, enumerable: true, configurable: true });
  Object.defineProperty(pipeline, natives.promisifyCustom || Symbol.for('nodejs.util.promisify.custom'), {
    value: pipelinePromise, enumerable: false, configurable: true,
  });
  Object.defineProperty(eos, natives.promisifyCustom || Symbol.for('nodejs.util.promisify.custom'), {
    value: finishedPromise, enumerable: false, configurable: true,
  });
  Stream.isDestroyed = isDestroyed;
  Stream._isArrayBufferView = ArrayBuffer.isView;
  Stream._isUint8Array = (value) => value instanceof Uint8Array;
  Stream._uint8ArrayToBuffer = (chunk) => Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  return Stream;
});

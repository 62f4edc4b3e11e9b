// The streams on a child process's pipes (child.stdin / child.stdout / child.stderr), our own code:
// EventEmitters with the part of Node's Readable/Writable surface programs use on them ('data',
// 'end', 'close', 'error', 'finish'; setEncoding, pause/resume, pipe, read, async iteration;
// write/end/destroy). Not node:stream: there is no highWaterMark back-pressure (the native pipe reads
// continuously and chunks wait here while the stream is paused).
(function (natives) {
  'use strict';

  const EventEmitter = natives.require('events');
  const { Buffer } = natives.require('buffer');
  const { StringDecoder } = natives.require('string_decoder');

  function nextTick(fn, ...args) {
    globalThis.process.nextTick(fn, ...args);
  }

  function errnoException(errno, syscall) {
    const code = natives.errnoName(errno);
    const err = new Error(`${syscall} ${code}`);
    err.errno = errno;
    err.code = code;
    err.syscall = syscall;
    return err;
  }

  // ---- Readable: the parent's read end (child stdout, stderr, extra fds) ----

  function PipeReadable(pipe) {
    EventEmitter.call(this);
    this._pipe = pipe;
    this._chunks = [];
    this._decoder = null;
    this._eof = false;       // the native side reached end of file
    this._endEmitted = false;
    this._used = false;      // something consumes the data (flushStdio resumes unused streams)
    this._flowScheduled = false;
    this._readableListening = false;
    this._pipes = [];
    this.readable = true;
    this.readableFlowing = null;
    this.readableEncoding = null;
    this.readableEnded = false;
    this.destroyed = false;
    this.closed = false;
    if (pipe) pipe.readStart((chunk, status) => this._onRead(chunk, status));
    else {
      this._eof = true;
    }
  }
  Object.setPrototypeOf(PipeReadable.prototype, EventEmitter.prototype);
  Object.setPrototypeOf(PipeReadable, EventEmitter);

  PipeReadable.prototype._onRead = function _onRead(chunk, status) {
    if (this.destroyed) return;
    if (chunk !== null) {
      this._chunks.push(this._decoder ? this._decoder.write(chunk) : chunk);
      if (this._chunks[this._chunks.length - 1] === '') this._chunks.pop();
    } else if (status < 0) {
      this.destroy(errnoException(status, 'read'));
      return;
    } else {
      this._eof = true;
      if (this._decoder) {
        const rest = this._decoder.end();
        if (rest) this._chunks.push(rest);
      }
    }
    this._deliver();
  };

  // Emits what is buffered while flowing; 'end' once everything is delivered after EOF.
  PipeReadable.prototype._deliver = function _deliver() {
    if (this.readableFlowing === true) {
      while (this._chunks.length > 0 && this.readableFlowing === true && !this.destroyed) this.emit('data', this._chunks.shift());
    } else if (this._readableListening && this._chunks.length > 0) {
      this.emit('readable');
    }
    if (this._eof && this._chunks.length === 0 && !this._endEmitted && (this.readableFlowing === true || this._readableListening)) {
      this._endEmitted = true;
      nextTick(() => {
        this.readableEnded = true;
        this.readable = false;
        if (this._readableListening) this.emit('readable');
        this.emit('end');
        this._close();
      });
    }
  };

  PipeReadable.prototype.on = function on(event, listener) {
    EventEmitter.prototype.on.call(this, event, listener);
    if (event === 'data') {
      this._used = true;
      if (this.readableFlowing !== false) this.resume();
    } else if (event === 'readable') {
      this._used = true;
      this._readableListening = true;
      this.readableFlowing = false;
      if (this._chunks.length > 0 || this._eof) nextTick(() => this._deliver());
    }
    return this;
  };
  PipeReadable.prototype.addListener = PipeReadable.prototype.on;

  PipeReadable.prototype.setEncoding = function setEncoding(encoding) {
    const decoder = new StringDecoder(encoding);
    this._decoder = decoder;
    this.readableEncoding = decoder.encoding;
    // Chunks already buffered are decoded now, as Node does.
    const text = this._chunks.map((c) => (typeof c === 'string' ? c : decoder.write(c))).join('');
    this._chunks = text ? [text] : [];
    return this;
  };

  PipeReadable.prototype.resume = function resume() {
    this._used = true;
    if (this.readableFlowing !== true) {
      this.readableFlowing = true;
      if (!this._flowScheduled) {
        this._flowScheduled = true;
        nextTick(() => {
          this._flowScheduled = false;
          this.emit('resume');
          this._deliver();
        });
      }
    }
    return this;
  };

  PipeReadable.prototype.pause = function pause() {
    if (this.readableFlowing !== false) {
      this.readableFlowing = false;
      this.emit('pause');
    }
    return this;
  };

  PipeReadable.prototype.isPaused = function isPaused() {
    return this.readableFlowing === false;
  };

  PipeReadable.prototype.read = function read() {
    this._used = true;
    if (this._chunks.length === 0) {
      if (this._eof && !this._endEmitted) nextTick(() => this._deliver());
      return null;
    }
    const chunks = this._chunks;
    this._chunks = [];
    const result = typeof chunks[0] === 'string' ? chunks.join('') : Buffer.concat(chunks);
    if (this._eof) nextTick(() => this._deliver());
    return result;
  };

  PipeReadable.prototype.pipe = function pipe(dest, options) {
    const proc = globalThis.process;
    const doEnd = (!options || options.end !== false) && dest !== proc.stdout && dest !== proc.stderr;
    const ondata = (chunk) => { dest.write(chunk); };
    const onend = () => { if (doEnd) dest.end(); };
    this._pipes.push({ dest, ondata, onend });
    this.on('data', ondata);
    this.once('end', onend);
    if (typeof dest.emit === 'function') dest.emit('pipe', this);
    this.resume();
    return dest;
  };

  PipeReadable.prototype.unpipe = function unpipe(dest) {
    for (const p of this._pipes.slice()) {
      if (dest !== undefined && p.dest !== dest) continue;
      this.removeListener('data', p.ondata);
      this.removeListener('end', p.onend);
      this._pipes.splice(this._pipes.indexOf(p), 1);
      if (typeof p.dest.emit === 'function') p.dest.emit('unpipe', this);
    }
    if (this._pipes.length === 0 && this.listenerCount('data') === 0) this.readableFlowing = false;
    return this;
  };

  PipeReadable.prototype.destroy = function destroy(err) {
    if (this.destroyed) return this;
    this.destroyed = true;
    this.readable = false;
    this._chunks = [];
    if (this._pipe) this._pipe.close();
    nextTick(() => {
      if (err) this.emit('error', err);
      this._close();
    });
    return this;
  };

  PipeReadable.prototype._close = function _close() {
    if (this.closed) return;
    this.closed = true;
    this.destroyed = true;
    if (this._pipe) this._pipe.close();
    this.emit('close', false);
  };

  PipeReadable.prototype.ref = function ref() {
    if (this._pipe) this._pipe.ref();
    return this;
  };

  PipeReadable.prototype.unref = function unref() {
    if (this._pipe) this._pipe.unref();
    return this;
  };

  PipeReadable.prototype[Symbol.asyncIterator] = function () {
    const stream = this;
    const queue = [];
    let waiting = null, done = false, error = null;
    const settle = () => {
      if (!waiting) return;
      const { resolve, reject } = waiting;
      if (queue.length > 0) { waiting = null; resolve({ value: queue.shift(), done: false }); }
      else if (error) { waiting = null; reject(error); }
      else if (done) { waiting = null; resolve({ value: undefined, done: true }); }
    };
    stream.on('data', (chunk) => { queue.push(chunk); settle(); });
    stream.on('end', () => { done = true; settle(); });
    stream.on('close', () => { done = true; settle(); });
    stream.on('error', (e) => { error = e; settle(); });
    return {
      next() {
        return new Promise((resolve, reject) => { waiting = { resolve, reject }; settle(); });
      },
      return() {
        stream.destroy();
        return Promise.resolve({ value: undefined, done: true });
      },
      [Symbol.asyncIterator]() { return this; },
    };
  };

  // ---- Writable: the parent's write end (child stdin) ----

  function PipeWritable(pipe) {
    EventEmitter.call(this);
    this._pipe = pipe;
    this._pending = 0;
    this._defaultEncoding = 'utf8';
    this.writable = !!pipe;
    this.writableEnded = false;
    this.writableFinished = false;
    this.destroyed = false;
    this.closed = false;
  }
  Object.setPrototypeOf(PipeWritable.prototype, EventEmitter.prototype);
  Object.setPrototypeOf(PipeWritable, EventEmitter);

  PipeWritable.prototype.write = function write(chunk, encoding, callback) {
    if (typeof encoding === 'function') { callback = encoding; encoding = undefined; }
    if (typeof chunk !== 'string' && !Buffer.isBuffer(chunk) && !(chunk instanceof Uint8Array)) {
      throw natives.invalidArgType('chunk', 'of type string or an instance of Buffer or Uint8Array', chunk);
    }
    if (this.writableEnded || this.destroyed) {
      const err = natives.nodeError('Error', this.destroyed ? 'ERR_STREAM_DESTROYED' : 'ERR_STREAM_WRITE_AFTER_END',
        this.destroyed ? 'Cannot call write after a stream was destroyed' : 'write after end');
      nextTick(() => {
        if (typeof callback === 'function') callback(err);
        this.emit('error', err);
      });
      return false;
    }
    this._pending++;
    this._pipe.write(chunk, encoding || this._defaultEncoding, (status) => {
      this._pending--;
      const err = status < 0 ? errnoException(status, 'write') : null;
      if (typeof callback === 'function') callback(err);
      if (err && !this.destroyed) this.destroy(err);
    });
    return true;
  };

  PipeWritable.prototype.end = function end(chunk, encoding, callback) {
    if (typeof chunk === 'function') { callback = chunk; chunk = undefined; encoding = undefined; }
    else if (typeof encoding === 'function') { callback = encoding; encoding = undefined; }
    if (chunk !== undefined && chunk !== null) this.write(chunk, encoding);
    // Node runs end()'s callback before the 'finish' listeners.
    if (typeof callback === 'function') {
      if (this.writableFinished) nextTick(callback);
      else (this._onFinished || (this._onFinished = [])).push(callback);
    }
    if (this.writableEnded || this.destroyed) return this;
    this.writableEnded = true;
    this._pipe.end(() => {
      this.writableFinished = true;
      this.writable = false;
      for (const fn of this._onFinished || []) fn();
      this._onFinished = null;
      this.emit('finish');
      this._close();
    });
    return this;
  };

  PipeWritable.prototype.destroy = function destroy(err) {
    if (this.destroyed) return this;
    this.destroyed = true;
    this.writable = false;
    if (this._pipe) this._pipe.close();
    nextTick(() => {
      if (err) this.emit('error', err);
      this._close();
    });
    return this;
  };

  PipeWritable.prototype._close = function _close() {
    if (this.closed) return;
    this.closed = true;
    this.destroyed = true;
    this.emit('close', false);
  };

  PipeWritable.prototype.setDefaultEncoding = function setDefaultEncoding(encoding) {
    this._defaultEncoding = encoding;
    return this;
  };
  PipeWritable.prototype.cork = function cork() {};
  PipeWritable.prototype.uncork = function uncork() {};
  PipeWritable.prototype.ref = function ref() {
    if (this._pipe) this._pipe.ref();
    return this;
  };
  PipeWritable.prototype.unref = function unref() {
    if (this._pipe) this._pipe.unref();
    return this;
  };

  return { PipeReadable, PipeWritable, errnoException };
});

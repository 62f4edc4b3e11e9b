// fs.createReadStream / fs.createWriteStream and the ReadStream / WriteStream classes, our own code:
// the child-process stream classes (internal/stdio_pipes) over a file "pipe" that reads one chunk
// (highWaterMark, 64 KiB) per setImmediate turn with the synchronous fs calls, and writes each chunk
// synchronously, completing on the next tick. Events follow Node: 'open' (fd), 'ready', data, 'end'
// or 'finish', then 'close'; an open error is emitted as 'error' followed by 'close'.
(function (natives) {
  'use strict';

  const { PipeReadable, PipeWritable } = natives.require('internal/stdio_pipes');
  const { Buffer } = natives.require('buffer');

  function install(fs) {
    const nextTick = (fn, ...args) => globalThis.process.nextTick(fn, ...args);

    function normalizeOptions(options, defaults) {
      if (options === undefined || options === null) return { ...defaults };
      if (typeof options === 'string') return { ...defaults, encoding: options };
      if (typeof options !== 'object') throw natives.invalidArgType('options', 'one of type string or object', options);
      return { ...defaults, ...options };
    }

    function validateRange(value, name) {
      if (value === undefined) return;
      if (typeof value !== 'number') throw natives.invalidArgType(name, 'of type number', value);
      if (!Number.isInteger(value) || value < 0) {
        throw natives.nodeError('RangeError', 'ERR_OUT_OF_RANGE', `The value of "${name}" is out of range. It must be >= 0 && <= 9007199254740991. Received ${value}`);
      }
    }

    function fileSource(stream, options) {
      let onread = null, closed = false, reading = false;
      let position = options.start === undefined ? -1 : options.start;
      const end = options.end === undefined ? Infinity : options.end;
      const highWaterMark = options.highWaterMark || 64 * 1024;
      const readChunk = () => {
        reading = false;
        if (closed || onread === null) return;
        let want = highWaterMark;
        if (end !== Infinity) want = Math.min(want, end - (position < 0 ? stream.bytesRead : position) + 1);
        if (want <= 0) return finish();
        const buffer = Buffer.allocUnsafe(want);
        let n;
        try {
          n = fs.readSync(stream.fd, buffer, 0, want, position < 0 ? null : position);
        } catch (err) {
          onread(null, 0);
          stream.destroy(err);
          return;
        }
        if (n === 0) return finish();
        if (position >= 0) position += n;
        stream.bytesRead += n;
        onread(n < want ? buffer.subarray(0, n) : buffer, 0);
        schedule();
      };
      const schedule = () => {
        if (reading || closed) return;
        reading = true;
        setImmediate(readChunk);
      };
      const finish = () => {
        if (onread) onread(null, 0);
      };
      return {
        readStart(callback) {
          onread = callback;
          if (stream.fd !== null) schedule();
        },
        opened() {
          schedule();
        },
        close() {
          if (closed) return;
          closed = true;
          if (stream.fd !== null && stream.autoClose) {
            try {
              fs.closeSync(stream.fd);
            } catch {
              // already closed by the program
            }
          }
        },
        ref() {},
        unref() {},
      };
    }

    function ReadStream(path, options) {
      if (!(this instanceof ReadStream)) return new ReadStream(path, options);
      options = normalizeOptions(options, { flags: 'r', autoClose: true, emitClose: true });
      validateRange(options.start, 'start');
      validateRange(options.end, 'end');
      if (options.start !== undefined && options.end !== undefined && options.start > options.end) {
        throw natives.nodeError('RangeError', 'ERR_OUT_OF_RANGE',
          `The value of "start" is out of range. It must be <= "end" (here: ${options.end}). Received ${options.start}`);
      }
      this.fd = typeof options.fd === 'number' ? options.fd : null;
      this.path = this.fd === null ? (Buffer.isBuffer(path) ? path.toString() : path) : undefined;
      this.flags = options.flags;
      this.mode = options.mode === undefined ? 0o666 : options.mode;
      this.start = options.start;
      this.end = options.end === undefined ? Infinity : options.end;
      this.autoClose = options.autoClose !== false;
      this.bytesRead = 0;
      this.pending = this.fd === null;
      const source = fileSource(this, options);
      PipeReadable.call(this, source);
      if (options.encoding) this.setEncoding(options.encoding);
      this._source = source;
      if (this.fd === null) {
        nextTick(() => {
          try {
            this.fd = fs.openSync(this.path, this.flags, this.mode);
          } catch (err) {
            this.destroy(err);
            return;
          }
          this.pending = false;
          this.emit('open', this.fd);
          this.emit('ready');
          source.opened();
        });
      }
    }
    Object.setPrototypeOf(ReadStream.prototype, PipeReadable.prototype);
    Object.setPrototypeOf(ReadStream, PipeReadable);
    ReadStream.prototype.close = function close(callback) {
      if (typeof callback === 'function') this.once('close', callback);
      this.destroy();
    };

    function fileSink(stream) {
      let closed = false;
      return {
        write(chunk, encoding, callback) {
          const data = typeof chunk === 'string' ? Buffer.from(chunk, encoding) : chunk;
          let status = 0;
          try {
            let offset = 0;
            while (offset < data.length) {
              const position = stream.pos === undefined ? null : stream.pos;
              const n = fs.writeSync(stream.fd, data, offset, data.length - offset, position);
              offset += n;
              if (stream.pos !== undefined) stream.pos += n;
            }
            stream.bytesWritten += data.length;
          } catch (err) {
            status = err.errno || -5;
          }
          nextTick(callback, status);
        },
        end(callback) {
          this.close();
          nextTick(callback);
        },
        close() {
          if (closed) return;
          closed = true;
          if (stream.fd !== null && stream.autoClose) {
            try {
              fs.closeSync(stream.fd);
            } catch {
              // already closed by the program
            }
          }
        },
        ref() {},
        unref() {},
      };
    }

    function WriteStream(path, options) {
      if (!(this instanceof WriteStream)) return new WriteStream(path, options);
      options = normalizeOptions(options, { flags: 'w', autoClose: true, emitClose: true, encoding: 'utf8' });
      validateRange(options.start, 'start');
      this.fd = typeof options.fd === 'number' ? options.fd : null;
      this.path = this.fd === null ? (Buffer.isBuffer(path) ? path.toString() : path) : undefined;
      this.flags = options.flags;
      this.mode = options.mode === undefined ? 0o666 : options.mode;
      this.start = options.start;
      this.pos = options.start;
      this.autoClose = options.autoClose !== false;
      this.bytesWritten = 0;
      this.pending = this.fd === null;
      PipeWritable.call(this, fileSink(this));
      if (options.encoding) this.setDefaultEncoding(options.encoding);
      if (this.fd === null) {
        // Opened now (Node opens asynchronously, but writes queue until then; opening here keeps
        // write order without a queue). 'open' and 'ready' still come on the next tick.
        try {
          this.fd = fs.openSync(this.path, this.flags, this.mode);
        } catch (err) {
          this.destroy(err);
          return;
        }
        this.pending = false;
        nextTick(() => {
          this.emit('open', this.fd);
          this.emit('ready');
        });
      }
    }
    Object.setPrototypeOf(WriteStream.prototype, PipeWritable.prototype);
    Object.setPrototypeOf(WriteStream, PipeWritable);
    WriteStream.prototype.close = function close(callback) {
      if (typeof callback === 'function') this.once('close', callback);
      if (!this.writableEnded) this.end();
      else if (this.closed) nextTick(() => this.emit('close'));
    };
    WriteStream.prototype.destroySoon = WriteStream.prototype.end;

    fs.ReadStream = ReadStream;
    fs.WriteStream = WriteStream;
    fs.createReadStream = function createReadStream(path, options) {
      return new ReadStream(path, options);
    };
    fs.createWriteStream = function createWriteStream(path, options) {
      return new WriteStream(path, options);
    };
  }

  return { install };
});

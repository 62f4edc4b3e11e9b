// node:readline and node:readline/promises, our own code: the line-reading Interface over any
// readable (a node:stream Readable, fs and child-process streams): 'line' per line (\n, \r\n or \r),
// 'close' at the input's end or on close(), pause/resume, question() and the prompt, async
// iteration over the lines, and the ANSI cursor helpers (clearLine, cursorTo, moveCursor,
// clearScreenDown). Not here: terminal line editing, history, tab completion, keypress events.
(function (natives) {
  'use strict';

  const EventEmitter = natives.require('events');
  const { StringDecoder } = natives.require('string_decoder');
  const { Readable } = natives.require('stream');

  const kLineStream = Symbol('kLineStream');
  const lineEnding = /\r?\n|\r(?!\n)/g;

  function useAfterClose() {
    return natives.nodeError('Error', 'ERR_USE_AFTER_CLOSE', 'readline was closed');
  }

  function Interface(input, output, completer, terminal) {
    if (!(this instanceof Interface)) return new Interface(input, output, completer, terminal);
    EventEmitter.call(this);
    let options = {};
    if (input && input.input !== undefined && typeof input.on !== 'function') {
      options = input;
      input = options.input;
      output = options.output;
      terminal = options.terminal;
    }
    if (terminal === undefined) terminal = !!(output && output.isTTY);
    this.input = input;
    this.output = output;
    this.terminal = !!terminal;
    this.line = '';
    this.closed = false;
    this.paused = false;
    this.crlfDelay = Math.max(100, Number(options.crlfDelay) || 100);
    this._prompt = options.prompt !== undefined ? String(options.prompt) : '> ';
    this._questionCallback = null;
    this._oldPrompt = null;
    this._buffer = '';
    this._sawReturn = false;
    this._decoder = new StringDecoder('utf8');

    this._ondata = (data) => this._onData(typeof data === 'string' ? data : this._decoder.write(data));
    this._onend = () => {
      const rest = this._decoder.end();
      if (rest) this._onData(rest);
      if (this._buffer.length > 0) {
        const line = this._buffer;
        this._buffer = '';
        this._onLine(line);
      }
      this.close();
    };
    this._onerror = (err) => this.emit('error', err);
    if (input) {
      input.on('error', this._onerror);
      input.on('data', this._ondata);
      input.on('end', this._onend);
      if (typeof input.resume === 'function') input.resume();
    }
    const signal = options.signal;
    if (signal) {
      if (signal.aborted) globalThis.process.nextTick(() => this.close());
      else signal.addEventListener('abort', () => this.close(), { once: true });
    }
  }
  Object.setPrototypeOf(Interface.prototype, EventEmitter.prototype);
  Object.setPrototypeOf(Interface, EventEmitter);

  Interface.prototype._onData = function _onData(text) {
    if (this._sawReturn && text.startsWith('\n')) text = text.slice(1);
    this._sawReturn = false;
    const all = this._buffer + text;
    lineEnding.lastIndex = 0;
    let start = 0, match;
    const lines = [];
    while ((match = lineEnding.exec(all)) !== null) {
      // A lone \r at the very end may be the first half of \r\n split across chunks.
      if (match[0] === '\r' && match.index === all.length - 1) this._sawReturn = true;
      lines.push(all.slice(start, match.index));
      start = match.index + match[0].length;
    }
    this._buffer = all.slice(start);
    for (const line of lines) {
      if (this.closed) break;
      this._onLine(line);
    }
  };

  Interface.prototype._onLine = function _onLine(line) {
    if (this._questionCallback) {
      const cb = this._questionCallback;
      this._questionCallback = null;
      this.setPrompt(this._oldPrompt);
      cb(line);
    } else {
      this.emit('line', line);
    }
  };

  Interface.prototype.setPrompt = function setPrompt(prompt) {
    this._prompt = prompt;
  };

  Interface.prototype.getPrompt = function getPrompt() {
    return this._prompt;
  };

  Interface.prototype.prompt = function prompt() {
    if (this.paused) this.resume();
    if (this.closed) throw useAfterClose();
    if (this.output && typeof this.output.write === 'function') this.output.write(this._prompt);
  };

  Interface.prototype.question = function question(query, options, cb) {
    cb = typeof options === 'function' ? options : cb;
    if (this.closed) throw useAfterClose();
    if (typeof cb !== 'function') return;
    if (this._questionCallback) {
      this.prompt();
      return;
    }
    this._oldPrompt = this._prompt;
    this.setPrompt(query);
    this._questionCallback = cb;
    this.prompt();
  };

  Interface.prototype.write = function write(data) {
    if (this.closed) throw useAfterClose();
    if (this.paused) this.resume();
    if (typeof data === 'string' && data.length) this._onData(data);
  };

  Interface.prototype.pause = function pause() {
    if (this.closed) throw useAfterClose();
    if (this.paused) return;
    if (this.input && typeof this.input.pause === 'function') this.input.pause();
    this.paused = true;
    this.emit('pause');
    return this;
  };

  Interface.prototype.resume = function resume() {
    if (this.closed) throw useAfterClose();
    if (!this.paused) return;
    if (this.input && typeof this.input.resume === 'function') this.input.resume();
    this.paused = false;
    this.emit('resume');
    return this;
  };

  Interface.prototype.close = function close() {
    if (this.closed) return;
    this.pause();
    this.closed = true;
    if (this.input) {
      this.input.removeListener('data', this._ondata);
      this.input.removeListener('end', this._onend);
      this.input.removeListener('error', this._onerror);
    }
    this.emit('close');
  };

  Interface.prototype.getCursorPos = function getCursorPos() {
    return { rows: 0, cols: this._prompt.length + this.line.length };
  };

  Interface.prototype[Symbol.asyncIterator] = function () {
    if (!this[kLineStream]) {
      const readable = new Readable({
        objectMode: true,
        read: () => {
          if (!this.closed) this.resume();
        },
        destroy: (err, cb) => {
          this.off('line', lineListener);
          this.off('close', closeListener);
          this.close();
          cb(err);
        },
      });
      const lineListener = (line) => {
        if (!readable.push(line) && !this.closed) this.pause();
      };
      const closeListener = () => readable.push(null);
      this.on('error', (err) => readable.destroy(err));
      this.on('line', lineListener);
      this.on('close', closeListener);
      this[kLineStream] = readable;
    }
    return this[kLineStream][Symbol.asyncIterator]();
  };

  // ---- the ANSI helpers ----

  function writeTo(stream, data, callback) {
    if (!stream) {
      if (typeof callback === 'function') globalThis.process.nextTick(callback, null);
      return true;
    }
    return stream.write(data, callback);
  }

  function clearLine(stream, dir, callback) {
    const code = dir < 0 ? '\x1b[1K' : dir > 0 ? '\x1b[0K' : '\x1b[2K';
    return writeTo(stream, code, callback);
  }

  function clearScreenDown(stream, callback) {
    return writeTo(stream, '\x1b[0J', callback);
  }

  function cursorTo(stream, x, y, callback) {
    if (typeof y === 'function') {
      callback = y;
      y = undefined;
    }
    if (Number.isNaN(x)) throw natives.nodeError('TypeError', 'ERR_INVALID_ARG_VALUE', `The argument 'x' is invalid. Received NaN`);
    if (Number.isNaN(y)) throw natives.nodeError('TypeError', 'ERR_INVALID_ARG_VALUE', `The argument 'y' is invalid. Received NaN`);
    if (!stream || (typeof x !== 'number' && typeof y !== 'number')) {
      if (typeof callback === 'function') globalThis.process.nextTick(callback, null);
      return true;
    }
    if (typeof x !== 'number') throw natives.invalidArgType('x', 'of type number', x);
    const data = typeof y !== 'number' ? `\x1b[${x + 1}G` : `\x1b[${y + 1};${x + 1}H`;
    return writeTo(stream, data, callback);
  }

  function moveCursor(stream, dx, dy, callback) {
    if (!stream || !(dx || dy)) {
      if (typeof callback === 'function') globalThis.process.nextTick(callback, null);
      return true;
    }
    let data = '';
    if (dx < 0) data += `\x1b[${-dx}D`;
    else if (dx > 0) data += `\x1b[${dx}C`;
    if (dy < 0) data += `\x1b[${-dy}A`;
    else if (dy > 0) data += `\x1b[${dy}B`;
    return writeTo(stream, data, callback);
  }

  function createInterface(input, output, completer, terminal) {
    return new Interface(input, output, completer, terminal);
  }

  // readline/promises: question() returns a promise.
  function PromisesInterface(input, output, completer, terminal) {
    if (!(this instanceof PromisesInterface)) return new PromisesInterface(input, output, completer, terminal);
    Interface.call(this, input, output, completer, terminal);
  }
  Object.setPrototypeOf(PromisesInterface.prototype, Interface.prototype);
  Object.setPrototypeOf(PromisesInterface, Interface);
  PromisesInterface.prototype.question = function question(query, options) {
    return new Promise((resolve, reject) => {
      if (this.closed) {
        reject(useAfterClose());
        return;
      }
      Interface.prototype.question.call(this, query, options, resolve);
    });
  };

  const promises = {
    Interface: PromisesInterface,
    createInterface: (input, output, completer, terminal) => new PromisesInterface(input, output, completer, terminal),
  };

  const readline = {
    Interface,
    clearLine,
    clearScreenDown,
    createInterface,
    cursorTo,
    emitKeypressEvents: () => {},
    moveCursor,
  };
  Object.defineProperty(readline, 'promises', { value: promises, enumerable: true, configurable: true });
  return readline;
});

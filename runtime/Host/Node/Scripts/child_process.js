// node:child_process (https://nodejs.org/api/child_process.html), our own code over the host binding
// internal/process_wrap (posix_spawn, the child's exit watched on the event loop, pipes on the
// reactor; spawnSync blocks in poll(2)). Argument handling, events and errors follow Node's
// documented behaviour: 'spawn' / 'error' on the next tick, 'exit' (code, signal), 'close' once
// the exit and every readable stdio stream closed.
(function (natives) {
  'use strict';

  const EventEmitter = natives.require('events');
  const { Buffer } = natives.require('buffer');
  const binding = natives.require('internal/process_wrap');
  const { PipeReadable, PipeWritable, errnoException } = natives.require('internal/stdio_pipes');
  const signals = natives.require('os').constants.signals;
  const { setupChannel } = natives.require('internal/child_channel');

  const MAX_BUFFER = 1024 * 1024;
  const kCustomPromisify = Symbol.for('nodejs.util.promisify.custom');
  const UV_ENOENT = -2, UV_EACCES = -13, UV_EAGAIN = -11, UV_EMFILE = -24, UV_ENFILE = -23, UV_ESRCH = -3;
  const UV_EINVAL = -22, UV_ENOSYS = -38;

  const proc = () => globalThis.process;

  // ---- validation (Node's messages) ----

  function validateString(value, name) {
    if (typeof value !== 'string') throw natives.invalidArgType(name, 'of type string', value);
  }
  function validateObject(value, name) {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) throw natives.invalidArgType(name, 'of type object', value);
  }
  function validateFunction(value, name) {
    if (typeof value !== 'function') throw natives.invalidArgType(name, 'of type function', value);
  }
  function validateArgumentNullCheck(value, name) {
    if (typeof value === 'string' && value.includes('\u0000')) {
      throw natives.nodeError('TypeError', 'ERR_INVALID_ARG_VALUE',
        `The argument '${name}' must be a string without null bytes. Received ${natives.inspect(value)}`);
    }
  }
  function validateTimeout(timeout) {
    if (timeout != null && !(Number.isInteger(timeout) && timeout >= 0)) {
      throw natives.nodeError('RangeError', 'ERR_OUT_OF_RANGE',
        `The value of "timeout" is out of range. It must be an unsigned integer. Received ${natives.inspect(timeout)}`);
    }
  }
  function validateMaxBuffer(maxBuffer) {
    if (maxBuffer != null && !(typeof maxBuffer === 'number' && maxBuffer >= 0)) {
      throw natives.nodeError('RangeError', 'ERR_OUT_OF_RANGE',
        `The value of "options.maxBuffer" is out of range. It must be a positive number. Received ${natives.inspect(maxBuffer)}`);
    }
  }

  // ---- signals ----

  function signalName(number) {
    for (const name of Object.keys(signals)) if (signals[name] === number) return name;
    return null;
  }
  function convertToValidSignal(signal) {
    if (typeof signal === 'number' && signalName(signal)) return signal;
    if (typeof signal === 'string') {
      const number = signals[signal.toUpperCase()];
      if (number) return number;
    }
    throw natives.nodeError('TypeError', 'ERR_UNKNOWN_SIGNAL', `Unknown signal: ${signal}`);
  }
  function sanitizeKillSignal(killSignal) {
    if (typeof killSignal === 'string' || typeof killSignal === 'number') return convertToValidSignal(killSignal);
    if (killSignal != null) {
      throw natives.invalidArgType('options.killSignal', 'of type string or number', killSignal);
    }
  }

  function spawnError(errno, syscall, file, args) {
    const err = errnoException(errno, syscall);
    err.path = file;
    err.spawnargs = args.slice(1);
    return err;
  }

  function genericNodeError(message, props) {
    const err = new Error(message);
    Object.assign(err, props);
    return err;
  }

  // ---- argument normalization ----

  function getValidatedPath(value, name) {
    if (value instanceof URL) {
      if (value.protocol !== 'file:') throw natives.nodeError('TypeError', 'ERR_INVALID_URL_SCHEME', 'The URL must be of scheme file');
      return decodeURIComponent(value.pathname);
    }
    validateString(value, name);
    validateArgumentNullCheck(value, name);
    return value;
  }

  function normalizeSpawnArguments(file, args, options) {
    validateString(file, 'file');
    validateArgumentNullCheck(file, 'file');
    if (file.length === 0) {
      throw natives.nodeError('TypeError', 'ERR_INVALID_ARG_VALUE', "The argument 'file' cannot be empty. Received ''");
    }
    if (Array.isArray(args)) {
      args = args.slice();
    } else if (args == null) {
      args = [];
    } else if (typeof args !== 'object') {
      throw natives.invalidArgType('args', 'of type object', args);
    } else {
      options = args;
      args = [];
    }
    args.forEach((arg, i) => validateArgumentNullCheck(arg, `args[${i}]`));
    if (options === undefined) options = {};
    else validateObject(options, 'options');

    let cwd = options.cwd;
    if (cwd != null) cwd = getValidatedPath(cwd, 'options.cwd');
    if (options.detached != null && typeof options.detached !== 'boolean') {
      throw natives.invalidArgType('options.detached', 'of type boolean', options.detached);
    }
    if (options.shell != null && typeof options.shell !== 'boolean' && typeof options.shell !== 'string') {
      throw natives.invalidArgType('options.shell', 'of type boolean or string', options.shell);
    }
    if (options.argv0 != null) {
      validateString(options.argv0, 'options.argv0');
      validateArgumentNullCheck(options.argv0, 'options.argv0');
    }

    if (options.shell) {
      validateArgumentNullCheck(options.shell, 'options.shell');
      const command = [file, ...args].join(' ');
      file = typeof options.shell === 'string' ? options.shell : '/bin/sh';
      args = ['-c', command];
    }
    if (typeof options.argv0 === 'string') args.unshift(options.argv0);
    else args.unshift(file);

    const env = options.env || proc().env;
    const envPairs = [];
    for (const key in env) {
      const value = env[key];
      if (value !== undefined) {
        validateArgumentNullCheck(key, `options.env['${key}']`);
        validateArgumentNullCheck(value, `options.env['${key}']`);
        envPairs.push(`${key}=${value}`);
      }
    }
    return { ...options, args, cwd, detached: !!options.detached, envPairs, file };
  }

  // 'pipe' | 'inherit' | 'ignore' | array → one entry per fd: 'pipe', 'ignore', 'inherit' or an fd number.
  function getValidStdio(stdio) {
    if (typeof stdio === 'string') {
      switch (stdio) {
        case 'ignore': case 'pipe': case 'inherit': stdio = [stdio, stdio, stdio]; break;
        case 'overlapped': stdio = ['pipe', 'pipe', 'pipe']; break;
        default:
          throw natives.nodeError('TypeError', 'ERR_INVALID_ARG_VALUE', `The argument 'stdio' is invalid. Received ${natives.inspect(stdio)}`);
      }
    } else if (!Array.isArray(stdio)) {
      throw natives.nodeError('TypeError', 'ERR_INVALID_ARG_VALUE', `The argument 'stdio' is invalid. Received ${natives.inspect(stdio)}`);
    }
    stdio = stdio.slice();
    while (stdio.length < 3) stdio.push(undefined);
    return stdio.map((entry, i) => {
      if (entry == null) return i < 3 ? 'pipe' : 'ignore';
      if (entry === 'ignore' || entry === 'pipe' || entry === 'overlapped') return entry === 'overlapped' ? 'pipe' : entry;
      if (entry === 'inherit') return i;
      if (entry === 'ipc') return 'ipc';
      if (typeof entry === 'number') return entry;
      if (typeof entry === 'object' && typeof entry.fd === 'number') return entry.fd;
      throw natives.nodeError('TypeError', 'ERR_INVALID_ARG_VALUE', `The argument 'stdio' is invalid. Received ${natives.inspect(entry)}`);
    });
  }

  // ---- ChildProcess ----

  function ChildProcess() {
    EventEmitter.call(this);
    this._closesNeeded = 1;
    this._closesGot = 0;
    this.connected = false;
    this.signalCode = null;
    this.exitCode = null;
    this.killed = false;
    this.spawnfile = null;
    this._handle = null;
  }
  Object.setPrototypeOf(ChildProcess.prototype, EventEmitter.prototype);
  Object.setPrototypeOf(ChildProcess, EventEmitter);

  function maybeClose(subprocess) {
    subprocess._closesGot++;
    if (subprocess._closesGot === subprocess._closesNeeded) {
      subprocess.emit('close', subprocess.exitCode, subprocess.signalCode);
    }
  }

  // After the exit, streams nobody reads are drained so they reach their end and close.
  function flushStdio(subprocess) {
    const stdio = subprocess.stdio;
    if (stdio == null) return;
    for (const stream of stdio) {
      if (!stream || !stream.readable || stream._used) continue;
      stream.resume();
    }
  }

  ChildProcess.prototype._onexit = function _onexit(exitCode, signal) {
    const signalCode = signal === null ? null : signalName(signal);
    if (signalCode) this.signalCode = signalCode;
    else this.exitCode = exitCode;
    if (this.stdin) this.stdin.destroy();
    this._handle = null;
    if (exitCode < 0) {
      const syscall = this.spawnfile ? 'spawn ' + this.spawnfile : 'spawn';
      const err = errnoException(exitCode, syscall);
      if (this.spawnfile) err.path = this.spawnfile;
      err.spawnargs = this.spawnargs.slice(1);
      this.emit('error', err);
    } else {
      this.emit('exit', this.exitCode, this.signalCode);
    }
    proc().nextTick(flushStdio, this);
    maybeClose(this);
  };

  ChildProcess.prototype.spawn = function spawn(options) {
    validateObject(options, 'options');
    const stdio = getValidStdio(options.stdio || 'pipe');
    if (options.envPairs === undefined) options.envPairs = [];
    validateString(options.file, 'options.file');
    this.spawnfile = options.file;
    if (options.args === undefined) this.spawnargs = [];
    else this.spawnargs = options.args;
    const ipcIndex = stdio.indexOf('ipc');
    if (ipcIndex !== -1) {
      if (stdio.indexOf('ipc', ipcIndex + 1) !== -1) {
        throw natives.nodeError('Error', 'ERR_IPC_ONE_PIPE', 'Child process can have only one IPC pipe');
      }
      options.envPairs.push(`NODE_CHANNEL_FD=${ipcIndex}`, 'NODE_CHANNEL_SERIALIZATION_MODE=json');
    }

    const result = binding.spawn({
      file: options.file, args: this.spawnargs, envPairs: options.envPairs, cwd: options.cwd,
      stdio, detached: options.detached, onexit: (code, signal) => this._onexit(code, signal),
    });
    let pipes = null;
    if (typeof result === 'number') {
      const err = result;
      if (err === UV_EACCES || err === UV_EAGAIN || err === UV_EMFILE || err === UV_ENFILE || err === UV_ENOENT) {
        proc().nextTick(() => this._onexit(err, null));
        if (err === UV_EMFILE || err === UV_ENFILE) return err;
      } else {
        throw errnoException(err, 'spawn');
      }
    } else {
      this._handle = result;
      this.pid = result.pid;
      pipes = result.stdio;
      if (ipcIndex !== -1) {
        // 'close' also waits for the channel to disconnect (Node's order: 'disconnect' before 'close').
        this._closesNeeded++;
        this.once('disconnect', () => proc().nextTick(maybeClose, this));
        setupChannel(this, pipes[ipcIndex]);
      }
      proc().nextTick(() => this.emit('spawn'));
    }

    this.stdio = stdio.map((entry, i) => {
      if (entry !== 'pipe') return null;
      const pipe = pipes ? pipes[i] : null;
      const stream = i === 0 ? new PipeWritable(pipe) : new PipeReadable(pipe);
      if (i > 0 && this.pid !== undefined) {
        this._closesNeeded++;
        stream.on('close', () => maybeClose(this));
      }
      return stream;
    });
    this.stdin = this.stdio.length >= 1 && this.stdio[0] != null ? this.stdio[0] : null;
    this.stdout = this.stdio.length >= 2 && this.stdio[1] != null ? this.stdio[1] : null;
    this.stderr = this.stdio.length >= 3 && this.stdio[2] != null ? this.stdio[2] : null;
    return typeof result === 'number' ? result : 0;
  };

  ChildProcess.prototype.kill = function kill(sig) {
    const signal = sig === 0 ? sig : convertToValidSignal(sig === undefined ? 'SIGTERM' : sig);
    if (this._handle) {
      const err = this._handle.kill(signal);
      if (err === 0) {
        this.killed = true;
        return true;
      }
      if (err === UV_ESRCH) {
        // Already dead.
      } else if (err === UV_EINVAL || err === UV_ENOSYS) {
        throw errnoException(err, 'kill');
      } else {
        this.emit('error', errnoException(err, 'kill'));
      }
    }
    return false;
  };

  ChildProcess.prototype[Symbol.dispose] = function () {
    if (!this.killed) this.kill();
  };

  ChildProcess.prototype.ref = function ref() {
    if (this._handle) this._handle.ref();
  };

  ChildProcess.prototype.unref = function unref() {
    if (this._handle) this._handle.unref();
  };

  // ---- async API ----

  function spawn(file, args, options) {
    options = normalizeSpawnArguments(file, args, options);
    validateTimeout(options.timeout);
    const killSignal = sanitizeKillSignal(options.killSignal);
    const child = new ChildProcess();
    child.spawn(options);

    if (options.timeout > 0) {
      let timeoutId = setTimeout(() => {
        if (timeoutId) {
          try {
            child.kill(killSignal);
          } catch (err) {
            child.emit('error', err);
          }
          timeoutId = null;
        }
      }, options.timeout);
      child.once('exit', () => {
        if (timeoutId) {
          clearTimeout(timeoutId);
          timeoutId = null;
        }
      });
    }
    const signal = options.signal;
    if (signal) {
      const onAbort = () => {
        if (child.kill(killSignal)) {
          const err = natives.nodeError('Error', 'ABORT_ERR', 'The operation was aborted');
          err.name = 'AbortError';
          if (signal.reason !== undefined) err.cause = signal.reason;
          child.emit('error', err);
        }
      };
      if (signal.aborted) proc().nextTick(onAbort);
      else {
        signal.addEventListener('abort', onAbort, { once: true });
        child.once('exit', () => signal.removeEventListener('abort', onAbort));
      }
    }
    return child;
  }

  function normalizeExecArgs(command, options, callback) {
    validateString(command, 'command');
    validateArgumentNullCheck(command, 'command');
    if (typeof options === 'function') {
      callback = options;
      options = undefined;
    }
    options = { ...options };
    options.shell = typeof options.shell === 'string' ? options.shell : true;
    return { file: command, options, callback };
  }

  function normalizeExecFileArgs(file, args, options, callback) {
    if (Array.isArray(args)) {
      args = args.slice();
    } else if (args != null && typeof args === 'object') {
      callback = options;
      options = args;
      args = null;
    } else if (typeof args === 'function') {
      callback = args;
      options = null;
      args = null;
    }
    if (args == null) args = [];
    if (typeof options === 'function') callback = options;
    else if (options != null) validateObject(options, 'options');
    if (options == null) options = {};
    if (callback != null) validateFunction(callback, 'callback');
    if (options.argv0 != null) {
      validateString(options.argv0, 'options.argv0');
      validateArgumentNullCheck(options.argv0, 'options.argv0');
    }
    return { file, args, options, callback };
  }

  function exec(command, options, callback) {
    const opts = normalizeExecArgs(command, options, callback);
    return module.execFile(opts.file, opts.options, opts.callback);
  }

  function customPromiseExecFunction(orig) {
    return (...args) => {
      let resolve, reject;
      const promise = new Promise((res, rej) => { resolve = res; reject = rej; });
      promise.child = orig(...args, (err, stdout, stderr) => {
        if (err !== null) {
          err.stdout = stdout;
          err.stderr = stderr;
          reject(err);
        } else {
          resolve({ stdout, stderr });
        }
      });
      return promise;
    };
  }
  Object.defineProperty(exec, kCustomPromisify, { enumerable: false, value: customPromiseExecFunction(exec) });

  function execFile(file, args, options, callback) {
    ({ file, args, options, callback } = normalizeExecFileArgs(file, args, options, callback));
    options = {
      encoding: 'utf8', timeout: 0, maxBuffer: MAX_BUFFER, killSignal: 'SIGTERM', cwd: null, env: null, shell: false,
      ...options,
    };
    validateTimeout(options.timeout);
    validateMaxBuffer(options.maxBuffer);
    options.killSignal = sanitizeKillSignal(options.killSignal);

    const child = spawn(file, args, {
      cwd: options.cwd, env: options.env, shell: options.shell, signal: options.signal, argv0: options.argv0,
    });

    const encoding = options.encoding !== 'buffer' && Buffer.isEncoding(options.encoding) ? options.encoding : null;
    const _stdout = [], _stderr = [];
    let stdoutLen = 0, stderrLen = 0, killed = false, exited = false, timeoutId = null, ex = null;
    let cmd = file;

    function exithandler(code, signal) {
      if (exited) return;
      exited = true;
      if (timeoutId) {
        clearTimeout(timeoutId);
        timeoutId = null;
      }
      if (!callback) return;
      let stdout, stderr;
      if (encoding || (child.stdout && child.stdout.readableEncoding)) stdout = _stdout.join('');
      else stdout = Buffer.concat(_stdout);
      if (encoding || (child.stderr && child.stderr.readableEncoding)) stderr = _stderr.join('');
      else stderr = Buffer.concat(_stderr);
      if (!ex && code === 0 && signal === null) {
        callback(null, stdout, stderr);
        return;
      }
      if (args.length) cmd += ` ${args.join(' ')}`;
      if (!ex) {
        ex = genericNodeError(`Command failed: ${cmd}\n${stderr}`, {
          code: code < 0 ? natives.errnoName(code) : code,
          killed: child.killed || killed,
          signal,
        });
      }
      ex.cmd = cmd;
      callback(ex, stdout, stderr);
    }

    function errorhandler(e) {
      ex = e;
      if (child.stdout) child.stdout.destroy();
      if (child.stderr) child.stderr.destroy();
      exithandler();
    }

    function kill() {
      if (child.stdout) child.stdout.destroy();
      if (child.stderr) child.stderr.destroy();
      killed = true;
      try {
        child.kill(options.killSignal);
      } catch (e) {
        ex = e;
        exithandler();
      }
    }

    if (options.timeout > 0) {
      timeoutId = setTimeout(function delayedKill() {
        kill();
        timeoutId = null;
      }, options.timeout);
    }

    function collect(stream, chunks, which) {
      if (encoding) stream.setEncoding(encoding);
      stream.on('data', (chunk) => {
        if (options.maxBuffer === Infinity) {
          chunks.push(chunk);
          return;
        }
        const enc = stream.readableEncoding;
        const length = enc ? Buffer.byteLength(chunk, enc) : chunk.length;
        const total = (which === 'stdout' ? (stdoutLen += length) : (stderrLen += length));
        if (total > options.maxBuffer) {
          const truncatedLen = options.maxBuffer - (total - length);
          chunks.push(chunk.slice(0, truncatedLen));
          ex = natives.nodeError('RangeError', 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER', `${which} maxBuffer length exceeded`);
          kill();
        } else {
          chunks.push(chunk);
        }
      });
    }
    if (child.stdout) collect(child.stdout, _stdout, 'stdout');
    if (child.stderr) collect(child.stderr, _stderr, 'stderr');

    child.addListener('close', exithandler);
    child.addListener('error', errorhandler);
    return child;
  }
  Object.defineProperty(execFile, kCustomPromisify, { enumerable: false, value: customPromiseExecFunction(execFile) });

  // fork: another aot running modulePath, with an IPC channel (internal/child_channel: JSON lines
  // over a Unix socket; child.send / process.send, 'message', disconnect).
  function fork(modulePath, args, options) {
    modulePath = getValidatedPath(modulePath, 'modulePath');
    let execArgv;
    if (args == null) {
      args = [];
    } else if (typeof args === 'object' && !Array.isArray(args)) {
      options = args;
      args = [];
    } else if (!Array.isArray(args)) {
      throw natives.invalidArgType('args', 'an instance of Array', args);
    }
    if (options != null) validateObject(options, 'options');
    options = { ...options, shell: false };
    options.execPath = options.execPath || proc().execPath;
    execArgv = options.execArgv || proc().execArgv;
    args = [...execArgv, modulePath, ...args];
    if (typeof options.stdio === 'string') options.stdio = [options.stdio, options.stdio, options.stdio, 'ipc'];
    else if (!Array.isArray(options.stdio)) {
      const mode = options.silent ? 'pipe' : 'inherit';
      options.stdio = [mode, mode, mode, 'ipc'];
    } else if (!options.stdio.includes('ipc')) {
      throw natives.nodeError('Error', 'ERR_CHILD_PROCESS_IPC_REQUIRED', "Forked processes must have an IPC channel, missing value 'ipc' in options.stdio");
    }
    return spawn(options.execPath, args, options);
  }

  // ---- sync API ----

  function spawnSync(file, args, options) {
    options = { maxBuffer: MAX_BUFFER, ...normalizeSpawnArguments(file, args, options) };
    validateTimeout(options.timeout);
    validateMaxBuffer(options.maxBuffer);
    options.killSignal = sanitizeKillSignal(options.killSignal);
    const stdio = getValidStdio(options.stdio || 'pipe');
    if (stdio.includes('ipc')) throw natives.nodeError('Error', 'ERR_IPC_SYNC_FORK', 'IPC cannot be used with synchronous forks');
    let input = options.input;
    if (input != null && typeof input !== 'string' && !Buffer.isBuffer(input) && !ArrayBuffer.isView(input)) {
      throw natives.invalidArgType('options.stdio[0]', 'of type string or an instance of Buffer, TypedArray, or DataView', input);
    }
    if (input != null && typeof input === 'string' && options.encoding && options.encoding !== 'buffer') {
      input = Buffer.from(input, options.encoding);
    }
    const result = binding.spawnSync({
      file: options.file, args: options.args, envPairs: options.envPairs, cwd: options.cwd, stdio,
      detached: options.detached, input: stdio[0] === 'pipe' ? input : undefined, timeout: options.timeout || 0,
      killSignal: options.killSignal === undefined ? signals.SIGTERM : options.killSignal,
      maxBuffer: options.maxBuffer == null ? Infinity : options.maxBuffer,
    });
    const ret = {};
    if (result.error !== 0) ret.error = result.error;
    ret.status = result.status;
    ret.signal = result.signal === null ? null : signalName(result.signal);
    ret.output = result.output;
    ret.pid = result.pid;
    if (ret.output && options.encoding && options.encoding !== 'buffer') {
      for (let i = 0; i < ret.output.length; i++) {
        if (ret.output[i]) ret.output[i] = ret.output[i].toString(options.encoding);
      }
    }
    ret.stdout = ret.output && ret.output[1];
    ret.stderr = ret.output && ret.output[2];
    if (ret.error) {
      ret.error = spawnError(ret.error, 'spawnSync ' + options.file, options.file, options.args);
    }
    return ret;
  }

  function checkExecSyncError(ret, args, cmd) {
    let err;
    if (ret.error) {
      err = ret.error;
      Object.assign(err, ret);
    } else if (ret.status !== 0) {
      let msg = 'Command failed: ';
      msg += cmd || args.join(' ');
      if (ret.stderr && ret.stderr.length > 0) msg += `\n${ret.stderr.toString()}`;
      err = genericNodeError(msg, ret);
    }
    return err;
  }

  function execFileSync(file, args, options) {
    ({ file, args, options } = normalizeExecFileArgs(file, args, options));
    const inheritStderr = !options.stdio;
    const ret = spawnSync(file, args, options);
    if (inheritStderr && ret.stderr) proc().stderr.write(ret.stderr);
    const errArgs = [options.argv0 || file, ...args];
    const err = checkExecSyncError(ret, errArgs);
    if (err) throw err;
    return ret.stdout;
  }

  function execSync(command, options) {
    const opts = normalizeExecArgs(command, options, null);
    const inheritStderr = !opts.options.stdio;
    const ret = spawnSync(opts.file, opts.options);
    if (inheritStderr && ret.stderr) proc().stderr.write(ret.stderr);
    const err = checkExecSyncError(ret, undefined, command);
    if (err) throw err;
    return ret.stdout;
  }

  function _forkChild() {
    // The child side of fork's IPC channel: nothing to set up without one.
  }

  const module = { _forkChild, ChildProcess, exec, execFile, execFileSync, execSync, fork, spawn, spawnSync };
  return module;
});

// node:tty (https://nodejs.org/api/tty.html), our own code: isatty and minimal ReadStream/WriteStream
// (EventEmitters with fd, isTTY, columns/rows and Node's colour-depth rules; no I/O of their own yet).
(function (natives) {
  'use strict';

  const EventEmitter = natives.require('events');
  const COLORS_2 = 1, COLORS_16 = 4, COLORS_256 = 8, COLORS_16m = 24;
  const TERM_ENVS = {
    eterm: COLORS_16, cons25: COLORS_16, console: COLORS_16, cygwin: COLORS_16, dtterm: COLORS_16, gnome: COLORS_16,
    hurd: COLORS_16, jfbterm: COLORS_16, konsole: COLORS_16, kterm: COLORS_16, mlterm: COLORS_16, mosh: COLORS_16m,
    putty: COLORS_16, st: COLORS_16, 'rxvt-unicode-24bit': COLORS_16m, terminator: COLORS_16m,
  };
  const TERM_ENVS_REG_EXP = [/ansi/, /color/, /linux/, /^con[0-9]*x[0-9]/, /^rxvt/, /^screen/, /^xterm/, /^vt100/];

  function currentEnv() {
    const process = globalThis.process;
    return process && process.env ? process.env : natives.env();
  }

  function isatty(fd) {
    return Number.isInteger(fd) && fd >= 0 && fd <= 2147483647 && natives.isatty(fd);
  }

  function getColorDepth(env = currentEnv()) {
    if (env.FORCE_COLOR !== undefined) {
      switch (env.FORCE_COLOR) {
        case '': case '1': case 'true': return COLORS_16;
        case '2': return COLORS_256;
        case '3': return COLORS_16m;
        default: return COLORS_2;
      }
    }
    if (env.NODE_DISABLE_COLORS !== undefined || env.NO_COLOR !== undefined || env.TERM === 'dumb') return COLORS_2;
    if (env.TMUX) return COLORS_16m;
    if (env.CI) {
      if (['APPVEYOR', 'BUILDKITE', 'CIRCLECI', 'DRONE', 'GITHUB_ACTIONS', 'GITLAB_CI', 'TRAVIS'].some((s) => s in env) || env.CI_NAME === 'codeship') return COLORS_256;
      return COLORS_2;
    }
    if ('TEAMCITY_VERSION' in env) return /^(9\.(0*[1-9]\d*)\.|\d{2,}\.)/.test(env.TEAMCITY_VERSION) ? COLORS_16 : COLORS_2;
    switch (env.TERM_PROGRAM) {
      case 'iTerm.app':
        if (!env.TERM_PROGRAM_VERSION || /^[0-2]\./.test(env.TERM_PROGRAM_VERSION)) return COLORS_256;
        return COLORS_16m;
      case 'HyperTerm': case 'MacTerm': return COLORS_16m;
      case 'Apple_Terminal': return COLORS_256;
    }
    if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return COLORS_16m;
    if (env.TERM) {
      if (/^xterm-256/.test(env.TERM)) return COLORS_256;
      const termEnv = env.TERM.toLowerCase();
      if (TERM_ENVS[termEnv]) return TERM_ENVS[termEnv];
      if (TERM_ENVS_REG_EXP.some((term) => term.test(termEnv))) return COLORS_16;
    }
    if (env.COLORTERM) return COLORS_16;
    return COLORS_2;
  }

  function ReadStream(fd) {
    if (!(this instanceof ReadStream)) return new ReadStream(fd);
    EventEmitter.call(this);
    this.fd = fd;
    this.isRaw = false;
    this.isTTY = true;
  }
  Object.setPrototypeOf(ReadStream.prototype, EventEmitter.prototype);
  Object.setPrototypeOf(ReadStream, EventEmitter);
  ReadStream.prototype.setRawMode = function setRawMode(flag) {
    this.isRaw = Boolean(flag);
    return this;
  };

  function WriteStream(fd) {
    if (!(this instanceof WriteStream)) return new WriteStream(fd);
    EventEmitter.call(this);
    this.fd = fd;
    this._type = 'tty';
    const size = natives.windowSize(fd);
    if (size) {
      this.columns = size[0];
      this.rows = size[1];
    }
  }
  Object.setPrototypeOf(WriteStream.prototype, EventEmitter.prototype);
  Object.setPrototypeOf(WriteStream, EventEmitter);
  WriteStream.prototype.isTTY = true;
  WriteStream.prototype.getColorDepth = getColorDepth;
  WriteStream.prototype.hasColors = function hasColors(count, env) {
    if (env === undefined && (count === undefined || (typeof count === 'object' && count !== null))) {
      env = count;
      count = 16;
    }
    return count <= 2 ** getColorDepth(env);
  };
  WriteStream.prototype.getWindowSize = function getWindowSize() {
    return [this.columns, this.rows];
  };
  WriteStream.prototype._refreshSize = function _refreshSize() {
    const size = natives.windowSize(this.fd);
    if (size && (size[0] !== this.columns || size[1] !== this.rows)) {
      this.columns = size[0];
      this.rows = size[1];
      this.emit('resize');
    }
  };

  return { isatty, ReadStream, WriteStream };
});

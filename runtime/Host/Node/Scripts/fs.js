// node:fs (https://nodejs.org/api/fs.html), our own code: argument handling, Stats and Dirent,
// and the callback and promise forms over the native synchronous calls (natives.require('internal/fs')).
// The asynchronous forms run the sync call in a queued job: they complete asynchronously without
// the event loop (no parallelism; to be moved onto the worker pool with the host loop).
(function (natives) {
  'use strict';

  const binding = natives.require('internal/fs');
  const { Buffer } = natives.require('buffer');
  const pathModule = natives.require('path');
  const fs = {};

  const constants = {
    UV_FS_SYMLINK_DIR: 1, UV_FS_SYMLINK_JUNCTION: 2, O_RDONLY: 0, O_WRONLY: 1, O_RDWR: 2,
    UV_DIRENT_UNKNOWN: 0, UV_DIRENT_FILE: 1, UV_DIRENT_DIR: 2, UV_DIRENT_LINK: 3, UV_DIRENT_FIFO: 4,
    UV_DIRENT_SOCKET: 5, UV_DIRENT_CHAR: 6, UV_DIRENT_BLOCK: 7, EXTENSIONLESS_FORMAT_JAVASCRIPT: 0,
    EXTENSIONLESS_FORMAT_WASM: 1, S_IFMT: 61440, S_IFREG: 32768, S_IFDIR: 16384, S_IFCHR: 8192,
    S_IFBLK: 24576, S_IFIFO: 4096, S_IFLNK: 40960, S_IFSOCK: 49152, O_CREAT: 64, O_EXCL: 128,
    UV_FS_O_FILEMAP: 0, O_NOCTTY: 256, O_TRUNC: 512, O_APPEND: 1024, O_DIRECTORY: 65536,
    O_NOATIME: 262144, O_NOFOLLOW: 131072, O_SYNC: 1052672, O_DSYNC: 4096, O_DIRECT: 16384,
    O_NONBLOCK: 2048, S_IRWXU: 448, S_IRUSR: 256, S_IWUSR: 128, S_IXUSR: 64, S_IRWXG: 56, S_IRGRP: 32,
    S_IWGRP: 16, S_IXGRP: 8, S_IRWXO: 7, S_IROTH: 4, S_IWOTH: 2, S_IXOTH: 1, F_OK: 0, R_OK: 4, W_OK: 2,
    X_OK: 1, UV_FS_COPYFILE_EXCL: 1, COPYFILE_EXCL: 1, UV_FS_COPYFILE_FICLONE: 2, COPYFILE_FICLONE: 2,
    UV_FS_COPYFILE_FICLONE_FORCE: 4, COPYFILE_FICLONE_FORCE: 4,
  };
  const { O_RDONLY, O_WRONLY, O_RDWR, O_CREAT, O_EXCL, O_TRUNC, O_APPEND, O_SYNC } = constants;

  // ------------------------------------------------------------------ arguments

  function getPath(path, name = 'path') {
    if (typeof path === 'string') {
      if (path.includes('\u0000')) throw natives.nodeError('TypeError', 'ERR_INVALID_ARG_VALUE',
        "The argument '" + name + "' must be a string, Uint8Array, or URL without null bytes. Received " + natives.inspect(path));
      return path;
    }
    if (natives.isBuffer(path)) return path.toString();
    if (path !== null && typeof path === 'object' && typeof path.href === 'string' && path.protocol !== undefined) {
      if (path.protocol !== 'file:') throw natives.nodeError('TypeError', 'ERR_INVALID_URL_SCHEME', 'The URL must be of scheme file');
      return natives.require('url').fileURLToPath(path);
    }
    throw natives.invalidArgType(name, 'of type string or an instance of Buffer or URL', path);
  }

  function stringToFlags(flags, name = 'flags') {
    if (typeof flags === 'number') return flags;
    if (flags == null) return O_RDONLY;
    switch (flags) {
      case 'r': return O_RDONLY;
      case 'rs': case 'sr': return O_RDONLY | O_SYNC;
      case 'r+': return O_RDWR;
      case 'rs+': case 'sr+': return O_RDWR | O_SYNC;
      case 'w': return O_TRUNC | O_CREAT | O_WRONLY;
      case 'wx': case 'xw': return O_TRUNC | O_CREAT | O_WRONLY | O_EXCL;
      case 'w+': return O_TRUNC | O_CREAT | O_RDWR;
      case 'wx+': case 'xw+': return O_TRUNC | O_CREAT | O_RDWR | O_EXCL;
      case 'a': return O_APPEND | O_CREAT | O_WRONLY;
      case 'ax': case 'xa': return O_APPEND | O_CREAT | O_WRONLY | O_EXCL;
      case 'as': case 'sa': return O_APPEND | O_CREAT | O_WRONLY | O_SYNC;
      case 'a+': return O_APPEND | O_CREAT | O_RDWR;
      case 'ax+': case 'xa+': return O_APPEND | O_CREAT | O_RDWR | O_EXCL;
      case 'as+': case 'sa+': return O_APPEND | O_CREAT | O_RDWR | O_SYNC;
    }
    throw natives.nodeError('TypeError', 'ERR_INVALID_ARG_VALUE', "The argument '" + name + "' is invalid. Received " + natives.inspect(flags));
  }

  function parseMode(mode, def) {
    if (mode == null) return def;
    if (typeof mode === 'string') {
      if (!/^[0-7]+$/.test(mode)) throw natives.nodeError('TypeError', 'ERR_INVALID_ARG_VALUE', "The argument 'mode' must be a 32-bit unsigned integer or an octal string. Received " + natives.inspect(mode));
      return parseInt(mode, 8);
    }
    if (typeof mode !== 'number') throw natives.invalidArgType('mode', 'of type number', mode);
    return mode;
  }

  function getOptions(options, defaults) {
    if (options == null || typeof options === 'function') return defaults;
    if (typeof options === 'string') return Object.assign({}, defaults, { encoding: options });
    if (typeof options !== 'object') throw natives.invalidArgType('options', 'of type string or an instance of Object', options);
    return Object.assign({}, defaults, options);
  }

  function checkEncoding(encoding) {
    if (encoding && encoding !== 'buffer' && !Buffer.isEncoding(encoding)) {
      throw natives.nodeError('TypeError', 'ERR_INVALID_ARG_VALUE', "The argument 'encoding' is invalid encoding. Received " + natives.inspect(encoding));
    }
  }

  function isFd(value) { return typeof value === 'number' && value >>> 0 === value; }

  // ------------------------------------------------------------------ Stats, Dirent

  function StatsBase(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks) {
    this.dev = dev; this.mode = mode; this.nlink = nlink; this.uid = uid; this.gid = gid;
    this.rdev = rdev; this.blksize = blksize; this.ino = ino; this.size = size; this.blocks = blocks;
  }
  function checkModeProperty(stats, property) { return (stats.mode & constants.S_IFMT) === property; }
  StatsBase.prototype.isDirectory = function () { return checkModeProperty(this, constants.S_IFDIR); };
  StatsBase.prototype.isFile = function () { return checkModeProperty(this, constants.S_IFREG); };
  StatsBase.prototype.isBlockDevice = function () { return checkModeProperty(this, constants.S_IFBLK); };
  StatsBase.prototype.isCharacterDevice = function () { return checkModeProperty(this, constants.S_IFCHR); };
  StatsBase.prototype.isSymbolicLink = function () { return checkModeProperty(this, constants.S_IFLNK); };
  StatsBase.prototype.isFIFO = function () { return checkModeProperty(this, constants.S_IFIFO); };
  StatsBase.prototype.isSocket = function () { return checkModeProperty(this, constants.S_IFSOCK); };

  function Stats(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks, atimeMs, mtimeMs, ctimeMs, birthtimeMs) {
    StatsBase.call(this, dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks);
    this.atimeMs = atimeMs; this.mtimeMs = mtimeMs; this.ctimeMs = ctimeMs; this.birthtimeMs = birthtimeMs;
    this.atime = new Date(Math.round(atimeMs)); this.mtime = new Date(Math.round(mtimeMs));
    this.ctime = new Date(Math.round(ctimeMs)); this.birthtime = new Date(Math.round(birthtimeMs));
  }
  Object.setPrototypeOf(Stats.prototype, StatsBase.prototype);
  Object.setPrototypeOf(Stats, StatsBase);
  Stats.prototype.isFile = StatsBase.prototype.isFile;

  function makeStats(a, bigint) {
    if (a === undefined) return undefined;
    if (bigint) {
      const s = new Stats(...a.slice(0, 10).map((x) => BigInt(Math.round(x))), ...a.slice(10));
      for (const k of ['atimeMs', 'mtimeMs', 'ctimeMs', 'birthtimeMs']) s[k] = BigInt(Math.floor(s[k]));
      return s;
    }
    return new Stats(...a);
  }

  const kType = Symbol('type');
  function Dirent(name, type, path) {
    this.name = name;
    this.parentPath = path;
    this.path = path;
    this[kType] = type;
  }
  Dirent.prototype.isDirectory = function () { return this[kType] === constants.UV_DIRENT_DIR; };
  Dirent.prototype.isFile = function () { return this[kType] === constants.UV_DIRENT_FILE; };
  Dirent.prototype.isBlockDevice = function () { return this[kType] === constants.UV_DIRENT_BLOCK; };
  Dirent.prototype.isCharacterDevice = function () { return this[kType] === constants.UV_DIRENT_CHAR; };
  Dirent.prototype.isSymbolicLink = function () { return this[kType] === constants.UV_DIRENT_LINK; };
  Dirent.prototype.isFIFO = function () { return this[kType] === constants.UV_DIRENT_FIFO; };
  Dirent.prototype.isSocket = function () { return this[kType] === constants.UV_DIRENT_SOCKET; };

  // A d_type of DT_UNKNOWN (some filesystems): ask lstat.
  function direntType(dir, name, type) {
    if (type !== 0) return type;
    const s = binding.stat(dir + '/' + name, false, false);
    if (s === undefined) return 0;
    const st = makeStats(s);
    return st.isFile() ? 1 : st.isDirectory() ? 2 : st.isSymbolicLink() ? 3 : st.isFIFO() ? 4 : st.isSocket() ? 5 : st.isCharacterDevice() ? 6 : 7;
  }

  // ------------------------------------------------------------------ sync API

  fs.existsSync = function existsSync(path) {
    try { path = getPath(path); } catch (e) { return false; }
    return binding.stat(path, true, false) !== undefined;
  };

  fs.accessSync = function accessSync(path, mode) {
    binding.access(getPath(path), mode === undefined ? constants.F_OK : mode);
  };

  fs.statSync = function statSync(path, options) {
    const throwIfNoEntry = !(options && options.throwIfNoEntry === false);
    return makeStats(binding.stat(getPath(path), true, throwIfNoEntry), options && options.bigint);
  };
  fs.lstatSync = function lstatSync(path, options) {
    const throwIfNoEntry = !(options && options.throwIfNoEntry === false);
    return makeStats(binding.stat(getPath(path), false, throwIfNoEntry), options && options.bigint);
  };
  fs.fstatSync = function fstatSync(fd, options) {
    return makeStats(binding.stat(fd, true, true), options && options.bigint);
  };

  fs.openSync = function openSync(path, flags, mode) {
    return binding.open(getPath(path), stringToFlags(flags), parseMode(mode, 0o666));
  };
  fs.closeSync = function closeSync(fd) { binding.close(fd); };

  fs.readSync = function readSync(fd, buffer, offsetOrOptions, length, position) {
    let offset = offsetOrOptions;
    if (offsetOrOptions !== null && typeof offsetOrOptions === 'object') {
      ({ offset = 0, length = buffer.length - offset, position = null } = offsetOrOptions);
    }
    if (offset === undefined) offset = 0;
    if (length === undefined) length = buffer.length - offset;
    if (position === undefined || position === null) position = -1;
    return binding.read(fd, buffer, offset, length, typeof position === 'bigint' ? Number(position) : position);
  };

  fs.writeSync = function writeSync(fd, buffer, offsetOrOptions, length, position) {
    if (typeof buffer === 'string') {
      // writeSync(fd, string[, position[, encoding]])
      const encoding = typeof length === 'string' ? length : 'utf8';
      const bytes = Buffer.from(buffer, encoding);
      return binding.write(fd, bytes, 0, bytes.length, offsetOrOptions == null ? -1 : offsetOrOptions);
    }
    if (!natives.isBuffer(buffer)) {
      if (buffer !== null && typeof buffer === 'object' && typeof buffer.length === 'number') buffer = Buffer.from(buffer);
      else throw natives.invalidArgType('buffer', 'of type string or an instance of Buffer, TypedArray, or DataView', buffer);
    }
    let offset = offsetOrOptions;
    if (offset !== null && typeof offset === 'object') ({ offset = 0, length = buffer.length - offset, position = null } = offset);
    if (offset == null) offset = 0;
    if (length == null) length = buffer.length - offset;
    return binding.write(fd, buffer, offset, length, position == null ? -1 : position);
  };

  fs.readFileSync = function readFileSync(path, options) {
    options = getOptions(options, { flag: 'r' });
    checkEncoding(options.encoding);
    const buffer = isFd(path) ? binding.readFile(path) : binding.readFile(getPath(path), stringToFlags(options.flag));
    return options.encoding && options.encoding !== 'buffer' ? buffer.toString(options.encoding) : buffer;
  };

  function toBytes(data, encoding) {
    if (typeof data === 'string') return Buffer.from(data, encoding || 'utf8');
    if (natives.isBuffer(data)) return data;
    if (data !== null && typeof data === 'object' && typeof data.length === 'number' && typeof data.byteLength === 'number') return Buffer.from(data);
    throw natives.invalidArgType('data', 'of type string or an instance of Buffer, TypedArray, or DataView', data);
  }

  function writeAll(path, data, options, defaultFlag) {
    options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: defaultFlag });
    checkEncoding(options.encoding);
    const bytes = toBytes(data, options.encoding);
    if (isFd(path)) {
      binding.write(path, bytes, 0, bytes.length, -1);
      return;
    }
    const fd = binding.open(getPath(path, 'file'), stringToFlags(options.flag), parseMode(options.mode, 0o666));
    try {
      binding.write(fd, bytes, 0, bytes.length, -1);
    } finally {
      binding.close(fd);
    }
  }

  fs.writeFileSync = function writeFileSync(path, data, options) { writeAll(path, data, options, 'w'); };
  fs.appendFileSync = function appendFileSync(path, data, options) {
    options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' });
    if (!options.flag || isFd(path)) options.flag = 'a';
    writeAll(path, data, options, 'a');
  };

  fs.readdirSync = function readdirSync(path, options) {
    options = getOptions(options, {});
    path = getPath(path);
    const result = [];
    const visit = (dir, prefix) => {
      const raw = binding.readdir(dir);
      for (let i = 0; i < raw.length; i += 2) {
        const name = raw[i];
        const type = options.withFileTypes || options.recursive ? direntType(dir, name, raw[i + 1]) : 0;
        if (options.withFileTypes) result.push(new Dirent(name, type, dir));
        else result.push(options.encoding === 'buffer' ? Buffer.from(prefix + name) : prefix + name);
        if (options.recursive && type === constants.UV_DIRENT_DIR) visit(dir + '/' + name, prefix + name + '/');
      }
    };
    visit(path, '');
    return result;
  };

  fs.mkdirSync = function mkdirSync(path, options) {
    let mode = 0o777;
    let recursive = false;
    if (typeof options === 'number' || typeof options === 'string') mode = parseMode(options, 0o777);
    else if (options) {
      if (options.recursive !== undefined) recursive = options.recursive;
      if (options.mode !== undefined) mode = parseMode(options.mode, 0o777);
    }
    if (typeof recursive !== 'boolean') throw natives.invalidArgType('options.recursive', 'of type boolean', recursive);
    path = getPath(path);
    if (!recursive) {
      binding.mkdir(path, mode);
      return undefined;
    }
    // Recursive: returns the first directory created, or undefined when it all existed.
    const full = pathModule.resolve(path);
    const missing = [];
    let current = full;
    while (true) {
      const st = binding.stat(current, true, false);
      if (st !== undefined) {
        if (!makeStats(st).isDirectory()) throw binding.uvException(missing.length ? 20 : 17, 'mkdir', path);
        break;
      }
      missing.push(current);
      const parent = pathModule.dirname(current);
      if (parent === current) break;
      current = parent;
    }
    for (let i = missing.length - 1; i >= 0; i--) {
      try {
        binding.mkdir(missing[i], mode);
      } catch (e) {
        if (e.code !== 'EEXIST') { e.path = path; e.message = e.message.replace(missing[i], path); throw e; }
      }
    }
    return missing.length ? missing[missing.length - 1] : undefined;
  };

  fs.mkdtempSync = function mkdtempSync(prefix, options) {
    if (typeof prefix !== 'string') throw natives.invalidArgType('prefix', 'of type string', prefix);
    for (let attempt = 0; ; attempt++) {
      const path = prefix + binding.tmpName();
      try {
        binding.mkdir(path, 0o700);
        return path;
      } catch (e) {
        if (e.code !== 'EEXIST' || attempt > 100) { e.message = e.message.replace(path, prefix + 'XXXXXX'); e.path = prefix + 'XXXXXX'; throw e; }
      }
    }
  };

  fs.rmdirSync = function rmdirSync(path, options) {
    path = getPath(path);
    if (options && options.recursive) { fs.rmSync(path, { recursive: true, force: true }); return; }
    binding.rmdir(path);
  };
  fs.unlinkSync = function unlinkSync(path) { binding.unlink(getPath(path)); };
  fs.renameSync = function renameSync(oldPath, newPath) { binding.rename(getPath(oldPath, 'oldPath'), getPath(newPath, 'newPath')); };

  fs.rmSync = function rmSync(path, options) {
    path = getPath(path);
    const recursive = Boolean(options && options.recursive);
    const force = Boolean(options && options.force);
    const st = binding.stat(path, false, !force);
    if (st === undefined) return;
    if (makeStats(st).isDirectory()) {
      if (!recursive) {
        const err = natives.nodeError('SystemError', 'ERR_FS_EISDIR', 'Path is a directory: rm returned EISDIR (is a directory) ' + path);
        err.info = { code: 'EISDIR', message: 'is a directory', path, syscall: 'rm', errno: 21 };
        err.errno = 21;
        err.syscall = 'rm';
        err.path = path;
        throw err;
      }
      const raw = binding.readdir(path);
      for (let i = 0; i < raw.length; i += 2) fs.rmSync(path + '/' + raw[i], { recursive: true, force });
      binding.rmdir(path);
    } else {
      binding.unlink(path);
    }
  };

  fs.realpathSync = function realpathSync(path, options) {
    const result = binding.realpath(getPath(path));
    const encoding = options && (typeof options === 'string' ? options : options.encoding);
    return encoding === 'buffer' ? Buffer.from(result) : result;
  };
  fs.realpathSync.native = fs.realpathSync;
  fs.readlinkSync = function readlinkSync(path) { return binding.readlink(getPath(path)); };
  fs.symlinkSync = function symlinkSync(target, path) { binding.symlink(getPath(target, 'target'), getPath(path)); };
  fs.chmodSync = function chmodSync(path, mode) { binding.chmod(getPath(path), parseMode(mode)); };
  fs.ftruncateSync = function ftruncateSync(fd, len = 0) { binding.ftruncate(fd, len); };
  fs.truncateSync = function truncateSync(path, len = 0) {
    if (isFd(path)) return fs.ftruncateSync(path, len);
    const fd = fs.openSync(path, 'r+');
    try { fs.ftruncateSync(fd, len); } finally { fs.closeSync(fd); }
  };
  function toSeconds(time) {
    if (typeof time === 'number') return time;
    if (time instanceof Date) return time.getTime() / 1000;
    if (typeof time === 'string' && +time == time) return +time;
    throw natives.invalidArgType('time', 'of type string or number or an instance of Date', time);
  }
  fs.utimesSync = function utimesSync(path, atime, mtime) { binding.utimes(getPath(path), toSeconds(atime), toSeconds(mtime)); };
  fs.copyFileSync = function copyFileSync(src, dest, mode) {
    src = getPath(src, 'src');
    dest = getPath(dest, 'dest');
    if ((mode & constants.COPYFILE_EXCL) && binding.stat(dest, false, false) !== undefined) throw binding.uvException(17, 'copyfile', src, dest);
    let data;
    try { data = binding.readFile(src, O_RDONLY); } catch (e) { throw binding.uvException(-e.errno, 'copyfile', src, dest); }
    const st = makeStats(binding.stat(src, true, true));
    writeAll(dest, data, { mode: st.mode & 0o7777 }, 'w');
  };

  fs.linkSync = function linkSync(existingPath, newPath) { binding.link(getPath(existingPath, 'existingPath'), getPath(newPath, 'newPath')); };
  fs.fsyncSync = function fsyncSync(fd) { binding.fdCall('fsync', fd); };
  fs.fdatasyncSync = function fdatasyncSync(fd) { binding.fdCall('fdatasync', fd); };
  fs.fchmodSync = function fchmodSync(fd, mode) { binding.fdCall('fchmod', fd, parseMode(mode)); };
  fs.fchownSync = function fchownSync(fd, uid, gid) { binding.fdCall('fchown', fd, uid, gid); };
  fs.chownSync = function chownSync(path, uid, gid) { binding.chown(getPath(path), uid, gid); };
  fs.lchownSync = function lchownSync(path, uid, gid) { binding.lchown(getPath(path), uid, gid); };

  // fs.cpSync(src, dest, { recursive, force = true, errorOnExist, filter, dereference }): files,
  // directories (with recursive) and symlinks (recreated, or followed with dereference).
  fs.cpSync = function cpSync(src, dest, options) {
    options = Object.assign({ force: true, recursive: false, errorOnExist: false, dereference: false }, options);
    src = getPath(src, 'src');
    dest = getPath(dest, 'dest');
    if (pathModule.resolve(src) === pathModule.resolve(dest)) {
      throw natives.nodeError('Error', 'ERR_FS_CP_EINVAL', 'Invalid src or dest: cp returned EINVAL (src and dest cannot be the same) ' + dest);
    }
    const copy = (from, to) => {
      if (typeof options.filter === 'function' && !options.filter(from, to)) return;
      const st = makeStats(binding.stat(from, options.dereference, true));
      if (st.isDirectory()) {
        if (!options.recursive) {
          const err = natives.nodeError('Error', 'ERR_FS_EISDIR', 'Path is a directory: cp returned EISDIR (' + from + ' is a directory (not copied)) ' + from);
          err.errno = 21; err.syscall = 'cp'; err.path = from;
          throw err;
        }
        if (binding.stat(to, true, false) === undefined) binding.mkdir(to, st.mode & 0o7777);
        const raw = binding.readdir(from);
        for (let i = 0; i < raw.length; i += 2) copy(from + '/' + raw[i], to + '/' + raw[i]);
      } else if (st.isSymbolicLink()) {
        if (binding.stat(to, false, false) !== undefined) {
          if (!options.force) return;
          binding.unlink(to);
        }
        // Node recreates the link pointing at the resolved source target.
        const target = binding.readlink(from);
        binding.symlink(pathModule.isAbsolute(target) ? target : pathModule.resolve(pathModule.dirname(from), target), to);
      } else {
        if (binding.stat(to, false, false) !== undefined) {
          if (options.errorOnExist && !options.force) {
            const err = natives.nodeError('Error', 'ERR_FS_CP_EEXIST', 'Target already exists: cp returned EEXIST (' + to + ' already exists) ' + to);
            err.errno = 17; err.syscall = 'cp'; err.path = to;
            throw err;
          }
          if (!options.force) return;
        }
        writeAll(to, binding.readFile(from, O_RDONLY), { mode: st.mode & 0o7777 }, 'w');
      }
    };
    copy(src, dest);
  };

  // fs.Dir over a listing taken at open time (sorted by name; Node yields the OS's readdir order).
  function Dir(path, raw) {
    Object.defineProperty(this, '_entries', { value: raw, writable: true });
    Object.defineProperty(this, '_index', { value: 0, writable: true });
    Object.defineProperty(this, '_closed', { value: false, writable: true });
    Object.defineProperty(this, 'path', { value: path, enumerable: true });
  }
  function dirClosed() { return natives.nodeError('Error', 'ERR_DIR_CLOSED', 'Directory handle was closed'); }
  Dir.prototype.readSync = function readSync() {
    if (this._closed) throw dirClosed();
    if (this._index >= this._entries.length) return null;
    const name = this._entries[this._index];
    const type = direntType(this.path, name, this._entries[this._index + 1]);
    this._index += 2;
    return new Dirent(name, type, this.path);
  };
  Dir.prototype.read = function read(cb) {
    if (typeof cb === 'function') {
      natives.queueJob(() => {
        let entry;
        try { entry = this.readSync(); } catch (err) { cb(err); return; }
        cb(null, entry);
      });
      return undefined;
    }
    return new Promise((resolve, reject) => natives.queueJob(() => { try { resolve(this.readSync()); } catch (err) { reject(err); } }));
  };
  Dir.prototype.closeSync = function closeSync() {
    if (this._closed) throw dirClosed();
    this._closed = true;
  };
  Dir.prototype.close = function close(cb) {
    if (typeof cb === 'function') {
      natives.queueJob(() => {
        try { this.closeSync(); } catch (err) { cb(err); return; }
        cb(null);
      });
      return undefined;
    }
    return new Promise((resolve, reject) => natives.queueJob(() => { try { resolve(this.closeSync()); } catch (err) { reject(err); } }));
  };
  Dir.prototype[Symbol.asyncIterator] = async function* entries() {
    try {
      while (true) {
        const entry = await this.read();
        if (entry === null) break;
        yield entry;
      }
    } finally {
      if (!this._closed) this.closeSync();
    }
  };
  fs.opendirSync = function opendirSync(path) {
    path = getPath(path);
    return new Dir(path, binding.readdir(path));
  };
  fs.Dir = Dir;

  // ------------------------------------------------------------------ callback API

  function makeCallback(cb) {
    if (typeof cb !== 'function') throw natives.invalidArgType('cb', 'of type function', cb);
    return cb;
  }

  // Each callback form validates synchronously (like Node), then runs the sync call in a job.
  function callbackify(name, sync, minArgs) {
    const fn = {
      [name](...args) {
        const cb = makeCallback(args.length > minArgs ? args.pop() : args[args.length]);
        natives.queueJob(() => {
          let result;
          try {
            result = sync(...args);
          } catch (err) {
            cb(err);
            return;
          }
          cb(null, result);
        });
      },
    }[name];
    return fn;
  }

  const asyncNames = ['access', 'appendFile', 'chmod', 'chown', 'close', 'copyFile', 'cp', 'fchmod', 'fchown', 'fdatasync', 'fstat',
    'fsync', 'ftruncate', 'lchown', 'link', 'lstat', 'mkdir', 'mkdtemp', 'open', 'opendir', 'readdir', 'readFile', 'readlink', 'realpath',
    'rename', 'rm', 'rmdir', 'stat', 'symlink', 'truncate', 'unlink', 'utimes', 'writeFile'];
  const minArgs = { chown: 3, cp: 2, fchmod: 2, fchown: 3, fdatasync: 1, fsync: 1, lchown: 3, link: 2, opendir: 1,
    access: 1, appendFile: 2, chmod: 2, close: 1, copyFile: 2, fstat: 1, ftruncate: 1, lstat: 1, mkdir: 1, mkdtemp: 1,
    open: 1, readdir: 1, readFile: 1, readlink: 1, realpath: 1, rename: 2, rm: 1, rmdir: 1, stat: 1, symlink: 2, truncate: 1,
    unlink: 1, utimes: 3, writeFile: 2 };
  for (const name of asyncNames) fs[name] = callbackify(name, fs[name + 'Sync'], minArgs[name]);
  fs.realpath.native = fs.realpath;

  fs.exists = function exists(path, cb) {
    makeCallback(cb);
    natives.queueJob(() => cb(fs.existsSync(path)));
  };

  fs.read = function read(fd, buffer, offset, length, position, cb) {
    const args = [...arguments];
    cb = makeCallback(args.pop());
    natives.queueJob(() => {
      let n;
      try { n = fs.readSync(...args); } catch (err) { cb(err); return; }
      cb(null, n, args[1]);
    });
  };
  fs.write = function write(fd, buffer) {
    const args = [...arguments];
    const cb = makeCallback(args.pop());
    natives.queueJob(() => {
      let n;
      try { n = fs.writeSync(...args); } catch (err) { cb(err); return; }
      cb(null, n, buffer);
    });
  };

  // ------------------------------------------------------------------ promises API

  function promisified(sync) {
    return function (...args) {
      return new Promise((resolve, reject) => {
        natives.queueJob(() => {
          try { resolve(sync(...args)); } catch (err) { reject(err); }
        });
      });
    };
  }

  // fs.promises.open gives a FileHandle.
  function FileHandle(fd) { this.fd = fd; }
  FileHandle.prototype.close = function () { const fd = this.fd; this.fd = -1; return promisified(fs.closeSync)(fd); };
  FileHandle.prototype.readFile = function (options) { return promisified(fs.readFileSync)(this.fd, options); };
  FileHandle.prototype.writeFile = function (data, options) { return promisified(fs.writeFileSync)(this.fd, data, options); };
  FileHandle.prototype.appendFile = FileHandle.prototype.writeFile;
  FileHandle.prototype.stat = function (options) { return promisified(fs.fstatSync)(this.fd, options); };
  FileHandle.prototype.truncate = function (len) { return promisified(fs.ftruncateSync)(this.fd, len); };
  FileHandle.prototype.read = function (buffer, offset, length, position) {
    const fd = this.fd;
    return promisified(() => ({ bytesRead: fs.readSync(fd, buffer, offset, length, position), buffer }))();
  };
  FileHandle.prototype.write = function (buffer, ...rest) {
    const fd = this.fd;
    return promisified(() => ({ bytesWritten: fs.writeSync(fd, buffer, ...rest), buffer }))();
  };

  const promises = {};
  for (const name of asyncNames) {
    if (name === 'close' || name.startsWith('f')) continue;
    promises[name] = promisified(fs[name + 'Sync']);
  }
  promises.open = function open(path, flags, mode) {
    return promisified(() => new FileHandle(fs.openSync(path, flags, mode)))();
  };
  promises.constants = constants;
  fs.promises = promises;

  fs.Stats = Stats;
  fs.Dirent = Dirent;
  fs.constants = constants;
  fs.F_OK = 0; fs.R_OK = 4; fs.W_OK = 2; fs.X_OK = 1;
  natives.require('internal/fs_streams').install(fs);
  return fs;
});

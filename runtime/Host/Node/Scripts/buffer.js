// node:buffer (https://nodejs.org/api/buffer.html), our own code. Buffer is a Uint8Array subclass as
// in Node (FastBuffer extends Uint8Array; Buffer.prototype is FastBuffer.prototype), so buffers are
// the engine's typed arrays; the encodings, search, compare and fill run in the host binding
// (internal/buffer). Argument checks and error messages follow Node's.
(function (natives) {
  'use strict';

  const binding = natives.require('internal/buffer');
  const kMaxLength = 2 ** 32;
  const kStringMaxLength = 536870888;
  const INSPECT_MAX_BYTES = 50;
  const customInspect = Symbol.for('nodejs.util.inspect.custom');

  class FastBuffer extends Uint8Array {
    // eslint-disable-next-line no-useless-constructor
    constructor(bufferOrLength, byteOffset, length) {
      super(bufferOrLength, byteOffset, length);
    }
  }
  binding.setPrototype(FastBuffer.prototype);

  // ---- errors and validation ----

  function outOfRange(name, range, received) {
    return natives.nodeError('RangeError', 'ERR_OUT_OF_RANGE',
      `The value of "${name}" is out of range. It must be ${range}. Received ${formatReceived(received)}`);
  }
  function formatReceived(value) {
    if (typeof value === 'bigint') return `${addSeparators(String(value))}n`;
    if (Number.isInteger(value) && Math.abs(value) > 2 ** 32) return addSeparators(String(value));
    return typeof value === 'string' ? natives.inspect(value) : String(value);
  }
  function addSeparators(text) {
    let res = '';
    let i = text.length;
    const start = text[0] === '-' ? 1 : 0;
    for (; i >= start + 4; i -= 3) res = `_${text.slice(i - 3, i)}${res}`;
    return `${text.slice(0, i)}${res}`;
  }
  function unknownEncoding(encoding) {
    return natives.nodeError('TypeError', 'ERR_UNKNOWN_ENCODING', `Unknown encoding: ${encoding}`);
  }
  function bufferOutOfBounds(name) {
    return natives.nodeError('RangeError', 'ERR_BUFFER_OUT_OF_BOUNDS',
      name ? `"${name}" is outside of buffer bounds` : 'Attempt to access memory outside buffer bounds');
  }
  function validateNumber(value, name) {
    if (typeof value !== 'number') throw natives.invalidArgType(name, 'of type number', value);
  }
  function validateInteger(value, name, min, max) {
    validateNumber(value, name);
    if (!Number.isInteger(value)) throw outOfRange(name, 'an integer', value);
    if (value < min || value > max) throw outOfRange(name, `>= ${min} && <= ${max}`, value);
  }
  function validateOffset(value, name, min = 0, max = kMaxLength) {
    validateNumber(value, name);
    if (!Number.isInteger(value)) throw outOfRange(name, 'an integer', value);
    if (value < min || value > max) throw outOfRange(name, `>= ${min} && <= ${max}`, value);
  }
  function isUint8Array(value) {
    return value instanceof Uint8Array;
  }
  function isAnyArrayBuffer(value) {
    return value instanceof ArrayBuffer || (typeof SharedArrayBuffer === 'function' && value instanceof SharedArrayBuffer);
  }
  function normalizeEncoding(encoding) {
    if (encoding === undefined || encoding === null || encoding === '') return 'utf8';
    return binding.normalizeEncoding(String(encoding));
  }
  function toInteger(n, defaultVal) {
    n = +n;
    if (!Number.isNaN(n) && n >= Number.MIN_SAFE_INTEGER && n <= Number.MAX_SAFE_INTEGER) return n % 1 === 0 ? n : Math.floor(n);
    return defaultVal;
  }

  // ---- construction ----

  function createBuffer(size) {
    return new FastBuffer(size);
  }

  function Buffer(arg, encodingOrOffset, length) {
    if (typeof arg === 'number') {
      if (typeof encodingOrOffset === 'string') throw natives.invalidArgType('string', 'of type string', arg);
      return Buffer.alloc(arg);
    }
    return Buffer.from(arg, encodingOrOffset, length);
  }
  Object.defineProperty(Buffer, 'name', { value: 'Buffer' });
  FastBuffer.prototype.constructor = Buffer;
  Buffer.prototype = FastBuffer.prototype;
  Object.setPrototypeOf(Buffer, Uint8Array);

  function fromString(string, encoding) {
    let enc = 'utf8';
    if (typeof encoding === 'string' && encoding.length !== 0) {
      enc = normalizeEncoding(encoding);
      if (enc === undefined) throw unknownEncoding(encoding);
    }
    return binding.encode(string, enc);
  }

  function fromArrayLike(obj) {
    const length = obj.length >>> 0;
    const buf = createBuffer(length);
    for (let i = 0; i < length; i++) buf[i] = obj[i];
    return buf;
  }

  function fromArrayBuffer(obj, byteOffset, length) {
    if (byteOffset === undefined) {
      byteOffset = 0;
    } else {
      byteOffset = +byteOffset;
      if (Number.isNaN(byteOffset)) byteOffset = 0;
    }
    const maxLength = obj.byteLength - byteOffset;
    if (maxLength < 0) throw bufferOutOfBounds('offset');
    if (length === undefined) {
      length = maxLength;
    } else {
      length = +length;
      if (length > 0) {
        if (length > maxLength) throw bufferOutOfBounds('length');
      } else {
        length = 0;
      }
    }
    return new FastBuffer(obj, byteOffset, length);
  }

  function fromObject(obj) {
    if (obj.length !== undefined || isAnyArrayBuffer(obj.buffer)) {
      if (typeof obj.length !== 'number') return createBuffer(0);
      return fromArrayLike(obj);
    }
    if (obj.type === 'Buffer' && Array.isArray(obj.data)) return fromArrayLike(obj.data);
  }

  const fromTypes = 'of type string or an instance of Buffer, ArrayBuffer, or Array or an Array-like Object';

  Buffer.from = function from(value, encodingOrOffset, length) {
    if (typeof value === 'string') return fromString(value, encodingOrOffset);
    if (typeof value === 'object' && value !== null) {
      if (isAnyArrayBuffer(value)) return fromArrayBuffer(value, encodingOrOffset, length);
      if (ArrayBuffer.isView(value) && !(value instanceof DataView)) {
        if (isUint8Array(value)) {
          const copy = createBuffer(value.length);
          copy.set(value);
          return copy;
        }
        return fromArrayLike(value);
      }
      const valueOf = value.valueOf && value.valueOf();
      if (valueOf != null && valueOf !== value && (typeof valueOf === 'string' || typeof valueOf === 'object')) {
        return from(valueOf, encodingOrOffset, length);
      }
      const b = fromObject(value);
      if (b) return b;
      if (typeof value[Symbol.toPrimitive] === 'function') {
        const primitive = value[Symbol.toPrimitive]('string');
        if (typeof primitive === 'string') return fromString(primitive, encodingOrOffset);
      }
    }
    throw natives.invalidArgType('first argument', fromTypes, value);
  };

  Buffer.copyBytesFrom = function copyBytesFrom(view, offset, length) {
    if (!ArrayBuffer.isView(view) || view instanceof DataView) {
      throw natives.invalidArgType('view', 'an instance of TypedArray', view);
    }
    const viewLength = view.length;
    if (viewLength === 0) return Buffer.alloc(0);
    if (offset !== undefined || length !== undefined) {
      if (offset !== undefined) {
        validateInteger(offset, 'offset', 0, Number.MAX_SAFE_INTEGER);
        if (offset >= viewLength) return Buffer.alloc(0);
      } else {
        offset = 0;
      }
      let end;
      if (length !== undefined) {
        validateInteger(length, 'length', 0, Number.MAX_SAFE_INTEGER);
        end = offset + length;
      } else {
        end = viewLength;
      }
      view = view.subarray(offset, end);
    }
    return new FastBuffer(new Uint8Array(view.buffer, view.byteOffset, view.byteLength).slice().buffer);
  };

  Buffer.of = function of(...items) {
    const buf = createBuffer(items.length);
    for (let k = 0; k < items.length; k++) buf[k] = items[k];
    return buf;
  };

  function assertSize(size) {
    validateNumber(size, 'size');
    if (!(size >= 0 && size <= kMaxLength)) throw outOfRange('size', `>= 0 && <= ${kMaxLength}`, size);
  }

  Buffer.alloc = function alloc(size, fill, encoding) {
    assertSize(size);
    if (fill !== undefined && fill !== 0 && size > 0) {
      const buf = createBuffer(size);
      return _fill(buf, fill, 0, buf.length, encoding);
    }
    return new FastBuffer(size);
  };

  Buffer.allocUnsafe = function allocUnsafe(size) {
    assertSize(size);
    return createBuffer(size);
  };

  Buffer.allocUnsafeSlow = function allocUnsafeSlow(size) {
    assertSize(size);
    return createBuffer(size);
  };

  Buffer.isBuffer = function isBuffer(b) {
    return b instanceof Buffer;
  };

  Buffer.compare = function compare(buf1, buf2) {
    if (!isUint8Array(buf1)) throw natives.invalidArgType('buf1', 'an instance of Buffer or Uint8Array', buf1);
    if (!isUint8Array(buf2)) throw natives.invalidArgType('buf2', 'an instance of Buffer or Uint8Array', buf2);
    if (buf1 === buf2) return 0;
    return binding.compare(buf1, buf2);
  };

  Buffer.isEncoding = function isEncoding(encoding) {
    return typeof encoding === 'string' && encoding.length !== 0 && binding.normalizeEncoding(encoding) !== undefined;
  };

  Buffer.concat = function concat(list, length) {
    if (!Array.isArray(list)) throw natives.invalidArgType('list', 'an instance of Array', list);
    if (list.length === 0) return new FastBuffer();
    if (length === undefined) {
      length = 0;
      for (let i = 0; i < list.length; i++) {
        if (list[i].length) length += list[i].length;
      }
    } else {
      validateOffset(length, 'length');
    }
    const buffer = Buffer.allocUnsafe(length);
    let pos = 0;
    for (let i = 0; i < list.length; i++) {
      const buf = list[i];
      if (!isUint8Array(buf)) {
        throw natives.invalidArgType(`list[${i}]`, 'an instance of Buffer or Uint8Array', list[i]);
      }
      pos += _copyActual(buf, buffer, pos, 0, buf.length);
    }
    if (pos < length) buffer.fill(0, pos, length);
    return buffer;
  };

  Buffer.byteLength = function byteLength(string, encoding) {
    if (typeof string !== 'string') {
      if (ArrayBuffer.isView(string) || isAnyArrayBuffer(string)) return string.byteLength;
      throw natives.invalidArgType('string', 'of type string or an instance of Buffer or ArrayBuffer', string);
    }
    const len = string.length;
    if (len === 0) return 0;
    const enc = normalizeEncoding(encoding) || 'utf8';
    return binding.byteLength(string, enc);
  };

  Buffer.poolSize = 8 * 1024;

  // ---- prototype ----

  const proto = Buffer.prototype;

  Object.defineProperty(proto, 'parent', {
    enumerable: true,
    configurable: true,
    get() {
      if (!(this instanceof Buffer)) return undefined;
      return this.buffer;
    },
  });
  Object.defineProperty(proto, 'offset', {
    enumerable: true,
    configurable: true,
    get() {
      if (!(this instanceof Buffer)) return undefined;
      return this.byteOffset;
    },
  });

  function _copyActual(source, target, targetStart, sourceStart, sourceEnd) {
    if (sourceEnd - sourceStart > target.length - targetStart) sourceEnd = sourceStart + target.length - targetStart;
    let nb = sourceEnd - sourceStart;
    const sourceLen = source.length - sourceStart;
    if (nb > sourceLen) nb = sourceLen;
    if (nb <= 0) return 0;
    if (sourceStart !== 0 || sourceEnd < source.length) source = new Uint8Array(source.buffer, source.byteOffset + sourceStart, nb);
    Uint8Array.prototype.set.call(target, source, targetStart);
    return nb;
  }

  proto.copy = function copy(target, targetStart, sourceStart, sourceEnd) {
    if (!isUint8Array(this)) throw natives.invalidArgType('source', 'an instance of Buffer or Uint8Array', this);
    if (!isUint8Array(target)) throw natives.invalidArgType('target', 'an instance of Buffer or Uint8Array', target);
    if (targetStart === undefined) {
      targetStart = 0;
    } else {
      targetStart = toInteger(targetStart, 0);
      if (targetStart < 0) throw outOfRange('targetStart', '>= 0', targetStart);
    }
    if (sourceStart === undefined) {
      sourceStart = 0;
    } else {
      sourceStart = toInteger(sourceStart, 0);
      if (sourceStart < 0 || sourceStart > this.length) throw outOfRange('sourceStart', `>= 0 && <= ${this.length}`, sourceStart);
    }
    if (sourceEnd === undefined) {
      sourceEnd = this.length;
    } else {
      sourceEnd = toInteger(sourceEnd, 0);
      if (sourceEnd < 0) throw outOfRange('sourceEnd', '>= 0', sourceEnd);
    }
    if (targetStart >= target.length || sourceStart >= sourceEnd) return 0;
    return _copyActual(this, target, targetStart, sourceStart, sourceEnd);
  };

  proto.toString = function toString(encoding, start, end) {
    if (arguments.length === 0) return binding.decode(this, 'utf8', 0, this.length);
    const len = this.length;
    if (start <= 0) start = 0;
    else if (start >= len) return '';
    else start = Math.trunc(start) || 0;
    if (end === undefined || end > len) end = len;
    else end = Math.trunc(end) || 0;
    if (end <= start) return '';
    let enc = 'utf8';
    if (encoding !== undefined) {
      enc = normalizeEncoding(encoding);
      if (enc === undefined) throw unknownEncoding(encoding);
    }
    return binding.decode(this, enc, start, end);
  };
  proto.toLocaleString = proto.toString;

  proto.equals = function equals(otherBuffer) {
    if (!isUint8Array(otherBuffer)) throw natives.invalidArgType('otherBuffer', 'an instance of Buffer or Uint8Array', otherBuffer);
    if (this === otherBuffer) return true;
    if (this.byteLength !== otherBuffer.byteLength) return false;
    return this.byteLength === 0 || binding.compare(this, otherBuffer) === 0;
  };

  // Node: called by util.inspect (with ctx) the extra own properties follow; called directly, only the bytes.
  proto.inspect = function inspect(recurseTimes, ctx) {
    if (ctx !== undefined) return natives.inspect(this);
    const max = INSPECT_MAX_BYTES;
    let str = '';
    for (let i = 0; i < this.length && i < max; i++) str += (i > 0 ? ' ' : '') + (this[i] < 16 ? '0' : '') + this[i].toString(16);
    const remaining = this.length - max;
    if (remaining > 0) str += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
    return `<Buffer ${str}>`;
  };
  proto[customInspect] = proto.inspect;

  proto.compare = function compare(target, targetStart, targetEnd, sourceStart, sourceEnd) {
    if (!isUint8Array(target)) throw natives.invalidArgType('target', 'an instance of Buffer or Uint8Array', target);
    if (arguments.length === 1) return binding.compare(this, target);
    if (targetStart === undefined) targetStart = 0;
    else validateOffset(targetStart, 'targetStart');
    if (targetEnd === undefined) targetEnd = target.length;
    else validateOffset(targetEnd, 'targetEnd', 0, target.length);
    if (sourceStart === undefined) sourceStart = 0;
    else validateOffset(sourceStart, 'sourceStart');
    if (sourceEnd === undefined) sourceEnd = this.length;
    else validateOffset(sourceEnd, 'sourceEnd', 0, this.length);
    if (sourceStart >= sourceEnd) return targetStart >= targetEnd ? 0 : -1;
    if (targetStart >= targetEnd) return 1;
    return binding.compare(
      new Uint8Array(this.buffer, this.byteOffset + sourceStart, sourceEnd - sourceStart),
      new Uint8Array(target.buffer, target.byteOffset + targetStart, targetEnd - targetStart));
  };

  function bidirectionalIndexOf(buffer, val, byteOffset, encoding, dir) {
    if (typeof byteOffset === 'string') {
      encoding = byteOffset;
      byteOffset = undefined;
    } else if (byteOffset > 0x7fffffff) {
      byteOffset = 0x7fffffff;
    } else if (byteOffset < -0x80000000) {
      byteOffset = -0x80000000;
    }
    byteOffset = +byteOffset;
    if (Number.isNaN(byteOffset)) byteOffset = dir ? 0 : (buffer.length || buffer.byteLength);
    dir = !!dir;
    if (typeof val === 'number') return binding.indexOf(buffer, Uint8Array.of(val >>> 0 & 255), byteOffset, dir);
    let enc = 'utf8';
    if (encoding !== undefined) enc = normalizeEncoding(encoding);
    if (typeof val === 'string') {
      if (enc === undefined) throw unknownEncoding(encoding);
      return binding.indexOf(buffer, binding.encode(val, enc), byteOffset, dir);
    }
    if (isUint8Array(val)) return binding.indexOf(buffer, val, byteOffset, dir);
    throw natives.invalidArgType('value', 'one of type number or string or an instance of Buffer or Uint8Array', val);
  }

  proto.indexOf = function indexOf(val, byteOffset, encoding) {
    return bidirectionalIndexOf(this, val, byteOffset, encoding, true);
  };
  proto.lastIndexOf = function lastIndexOf(val, byteOffset, encoding) {
    return bidirectionalIndexOf(this, val, byteOffset, encoding, false);
  };
  proto.includes = function includes(val, byteOffset, encoding) {
    return this.indexOf(val, byteOffset, encoding) !== -1;
  };

  function _fill(buf, value, offset, end, encoding) {
    if (typeof value === 'string') {
      if (offset === undefined || typeof offset === 'string') {
        encoding = offset;
        offset = 0;
        end = buf.length;
      } else if (typeof end === 'string') {
        encoding = end;
        end = buf.length;
      }
      const normalizedEncoding = normalizeEncoding(encoding);
      if (normalizedEncoding === undefined) {
        if (typeof encoding !== 'string') throw natives.invalidArgType('encoding', 'of type string', encoding);
        throw unknownEncoding(encoding);
      }
      if (value.length === 0) {
        value = 0;
      } else if (value.length === 1) {
        if (normalizedEncoding === 'utf8') {
          const code = value.charCodeAt(0);
          if (code < 128) value = code;
        } else if (normalizedEncoding === 'latin1') {
          value = value.charCodeAt(0);
        }
      }
      encoding = normalizedEncoding;
    } else {
      encoding = undefined;
    }
    if (offset === undefined) {
      offset = 0;
      end = buf.length;
    } else {
      validateOffset(offset, 'offset');
      if (end === undefined) {
        end = buf.length;
      } else {
        validateOffset(end, 'end', 0, buf.length);
      }
      if (offset >= end) return buf;
    }
    if (typeof value === 'number') {
      Uint8Array.prototype.fill.call(buf, value & 255, offset, end);
      return buf;
    }
    if (typeof value === 'boolean') {
      Uint8Array.prototype.fill.call(buf, +value, offset, end);
      return buf;
    }
    let pattern;
    if (typeof value === 'string') pattern = binding.encode(value, encoding);
    else if (ArrayBuffer.isView(value)) pattern = new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
    else if (value === null || value === undefined) pattern = Uint8Array.of(0);
    else pattern = Uint8Array.of(Number(value) & 255);
    if (pattern.length === 0) {
      throw natives.nodeError('TypeError', 'ERR_INVALID_ARG_VALUE', `The argument 'value' is invalid. Received ${natives.inspect(value)}`);
    }
    binding.fill(buf, pattern, offset, end);
    return buf;
  }

  proto.fill = function fill(value, offset, end, encoding) {
    return _fill(this, value, offset, end, encoding);
  };

  proto.write = function write(string, offset, length, encoding) {
    if (typeof string !== 'string') throw natives.invalidArgType('argument', 'of type string', string);
    if (offset === undefined) return binding.write(this, string, 0, this.length, 'utf8');
    if (length === undefined && typeof offset === 'string') {
      encoding = offset;
      length = this.length;
      offset = 0;
    } else {
      validateOffset(offset, 'offset', 0, this.length);
      const remaining = this.length - offset;
      if (length === undefined) {
        length = remaining;
      } else if (typeof length === 'string') {
        encoding = length;
        length = remaining;
      } else {
        validateOffset(length, 'length', 0, this.length);
        if (length > remaining) length = remaining;
      }
    }
    let enc = 'utf8';
    if (encoding !== undefined && encoding !== null && encoding !== '') {
      enc = normalizeEncoding(encoding);
      if (enc === undefined) throw unknownEncoding(encoding);
    }
    return binding.write(this, string, offset, length, enc);
  };

  proto.toJSON = function toJSON() {
    if (this.length > 0) {
      const data = new Array(this.length);
      for (let i = 0; i < this.length; ++i) data[i] = this[i];
      return { type: 'Buffer', data };
    }
    return { type: 'Buffer', data: [] };
  };

  function adjustOffset(offset, length) {
    offset = Math.trunc(offset);
    if (offset === 0 || Number.isNaN(offset)) return 0;
    if (offset < 0) {
      offset += length;
      return offset > 0 ? offset : 0;
    }
    if (offset < length) return offset;
    return length;
  }

  proto.subarray = function subarray(start, end) {
    const srcLength = this.length;
    start = adjustOffset(start, srcLength);
    end = end !== undefined ? adjustOffset(end, srcLength) : srcLength;
    const newLength = end > start ? end - start : 0;
    return new FastBuffer(this.buffer, this.byteOffset + start, newLength);
  };
  proto.slice = function slice(start, end) {
    return this.subarray(start, end);
  };

  function swap(b, n, m) {
    const i = b[n];
    b[n] = b[m];
    b[m] = i;
  }
  proto.swap16 = function swap16() {
    const len = this.length;
    if (len % 2 !== 0) throw natives.nodeError('RangeError', 'ERR_INVALID_BUFFER_SIZE', 'Buffer size must be a multiple of 16-bits');
    for (let i = 0; i < len; i += 2) swap(this, i, i + 1);
    return this;
  };
  proto.swap32 = function swap32() {
    const len = this.length;
    if (len % 4 !== 0) throw natives.nodeError('RangeError', 'ERR_INVALID_BUFFER_SIZE', 'Buffer size must be a multiple of 32-bits');
    for (let i = 0; i < len; i += 4) {
      swap(this, i, i + 3);
      swap(this, i + 1, i + 2);
    }
    return this;
  };
  proto.swap64 = function swap64() {
    const len = this.length;
    if (len % 8 !== 0) throw natives.nodeError('RangeError', 'ERR_INVALID_BUFFER_SIZE', 'Buffer size must be a multiple of 64-bits');
    for (let i = 0; i < len; i += 8) {
      swap(this, i, i + 7);
      swap(this, i + 1, i + 6);
      swap(this, i + 2, i + 5);
      swap(this, i + 3, i + 4);
    }
    return this;
  };

  // latin1Slice, hexWrite, ...: the per-encoding methods Node exposes.
  for (const [name, enc] of [['ascii', 'ascii'], ['base64', 'base64'], ['base64url', 'base64url'], ['latin1', 'latin1'],
    ['hex', 'hex'], ['ucs2', 'utf16le'], ['utf8', 'utf8']]) {
    proto[`${name}Slice`] = function (start = 0, end = this.length) {
      return binding.decode(this, enc, start, end);
    };
    proto[`${name}Write`] = function (string, offset = 0, length = this.length - offset) {
      return binding.write(this, string, offset, length, enc);
    };
  }

  // ---- numbers: read*/write* (LE/BE, 8..48-bit integers, floats, doubles, 64-bit BigInts) ----

  function view(buf) {
    return new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  }

  function checkBounds(buf, offset, byteLength) {
    validateNumber(offset, 'offset');
    if (buf[offset] === undefined || buf[offset + byteLength] === undefined) boundsError(offset, buf.length - (byteLength + 1));
  }
  function boundsError(value, length, type) {
    if (Math.floor(value) !== value) {
      validateNumber(value, type || 'offset');
      throw outOfRange(type || 'offset', 'an integer', value);
    }
    if (length < 0) throw bufferOutOfBounds();
    throw outOfRange(type || 'offset', `>= ${type ? 1 : 0} and <= ${length}`, value);
  }
  function readCheck(buf, offset, size) {
    if (offset === undefined) offset = 0;
    validateNumber(offset, 'offset');
    if (!Number.isInteger(offset) || offset < 0 || offset + size > buf.length) boundsError(offset, buf.length - size);
    return offset;
  }
  function checkInt(value, min, max, buf, offset, byteLength) {
    if (value > max || value < min) {
      const n = typeof min === 'bigint' ? 'n' : '';
      let range;
      if (byteLength > 3) {
        if (min === 0 || min === 0n) range = `>= 0${n} and < 2${n} ** ${(byteLength + 1) * 8}${n}`;
        else range = `>= -(2${n} ** ${(byteLength + 1) * 8 - 1}${n}) and < 2${n} ** ${(byteLength + 1) * 8 - 1}${n}`;
      } else {
        range = `>= ${min}${n} and <= ${max}${n}`;
      }
      throw outOfRange('value', range, value);
    }
  }
  function writeCheck(buf, value, offset, size, min, max) {
    if (offset === undefined) offset = 0;
    checkInt(value, min, max, buf, offset, size - 1);
    validateNumber(offset, 'offset');
    if (!Number.isInteger(offset) || offset < 0 || offset + size > buf.length) boundsError(offset, buf.length - size);
    return offset;
  }

  const fixed = [
    // [name, size, getter, setter, min, max]
    ['UInt8', 1, 'getUint8', 'setUint8', 0, 0xff],
    ['UInt16', 2, 'getUint16', 'setUint16', 0, 0xffff],
    ['UInt32', 4, 'getUint32', 'setUint32', 0, 0xffffffff],
    ['Int8', 1, 'getInt8', 'setInt8', -0x80, 0x7f],
    ['Int16', 2, 'getInt16', 'setInt16', -0x8000, 0x7fff],
    ['Int32', 4, 'getInt32', 'setInt32', -0x80000000, 0x7fffffff],
  ];
  for (const [name, size, getter, setter, min, max] of fixed) {
    const ends = size === 1 ? [['', true]] : [['LE', true], ['BE', false]];
    for (const [suffix, little] of ends) {
      proto[`read${name}${suffix}`] = function (offset) {
        offset = readCheck(this, offset, size);
        return view(this)[getter](offset, little);
      };
      proto[`write${name}${suffix}`] = function (value, offset) {
        value = +value;
        offset = writeCheck(this, value, offset, size, min, max);
        view(this)[setter](offset, value, little);
        return offset + size;
      };
    }
  }
  for (const [name, size, getter, setter] of [['Float', 4, 'getFloat32', 'setFloat32'], ['Double', 8, 'getFloat64', 'setFloat64']]) {
    for (const [suffix, little] of [['LE', true], ['BE', false]]) {
      proto[`read${name}${suffix}`] = function (offset) {
        offset = readCheck(this, offset, size);
        return view(this)[getter](offset, little);
      };
      proto[`write${name}${suffix}`] = function (value, offset) {
        value = +value;
        if (offset === undefined) offset = 0;
        validateNumber(offset, 'offset');
        if (!Number.isInteger(offset) || offset < 0 || offset + size > this.length) boundsError(offset, this.length - size);
        view(this)[setter](offset, value, little);
        return offset + size;
      };
    }
  }
  for (const [name, getter, setter, min, max] of [
    ['BigUInt64', 'getBigUint64', 'setBigUint64', 0n, 0xffffffffffffffffn],
    ['BigInt64', 'getBigInt64', 'setBigInt64', -(2n ** 63n), 2n ** 63n - 1n]]) {
    for (const [suffix, little] of [['LE', true], ['BE', false]]) {
      proto[`read${name}${suffix}`] = function (offset) {
        offset = readCheck(this, offset, 8);
        return view(this)[getter](offset, little);
      };
      proto[`write${name}${suffix}`] = function (value, offset) {
        offset = writeCheck(this, value, offset, 8, min, max);
        void (value & 0xffffffffn); // Node's own arithmetic: a non-BigInt fails with the engine's mixing TypeError
        view(this)[setter](offset, value, little);
        return offset + 8;
      };
    }
  }

  // Variable width (1..6 bytes): readUIntLE(offset, byteLength) and friends.
  function validateByteLength(byteLength) {
    if (byteLength === undefined) throw natives.invalidArgType('byteLength', 'of type number', byteLength);
    validateNumber(byteLength, 'byteLength');
    if (!Number.isInteger(byteLength) || byteLength < 1 || byteLength > 6) boundsError(byteLength, 6, 'byteLength');
  }
  function readVariable(buf, offset, byteLength, little, signed) {
    validateByteLength(byteLength);
    offset = readCheck(buf, offset, byteLength);
    let value = 0;
    for (let i = 0; i < byteLength; i++) {
      const b = buf[offset + (little ? i : byteLength - 1 - i)];
      value += b * 2 ** (8 * i);
    }
    if (signed && value >= 2 ** (8 * byteLength - 1)) value -= 2 ** (8 * byteLength);
    return value;
  }
  function writeVariable(buf, value, offset, byteLength, little, signed) {
    validateByteLength(byteLength);
    value = +value;
    const bits = 8 * byteLength;
    const min = signed ? -(2 ** (bits - 1)) : 0;
    const max = signed ? 2 ** (bits - 1) - 1 : 2 ** bits - 1;
    offset = writeCheck(buf, value, offset, byteLength, min, max);
    let v = value < 0 ? value + 2 ** bits : value;
    for (let i = 0; i < byteLength; i++) {
      buf[offset + (little ? i : byteLength - 1 - i)] = v % 256;
      v = Math.floor(v / 256);
    }
    return offset + byteLength;
  }
  proto.readUIntLE = function readUIntLE(offset, byteLength) { return readVariable(this, offset, byteLength, true, false); };
  proto.readUIntBE = function readUIntBE(offset, byteLength) { return readVariable(this, offset, byteLength, false, false); };
  proto.readIntLE = function readIntLE(offset, byteLength) { return readVariable(this, offset, byteLength, true, true); };
  proto.readIntBE = function readIntBE(offset, byteLength) { return readVariable(this, offset, byteLength, false, true); };
  proto.writeUIntLE = function writeUIntLE(value, offset, byteLength) { return writeVariable(this, value, offset, byteLength, true, false); };
  proto.writeUIntBE = function writeUIntBE(value, offset, byteLength) { return writeVariable(this, value, offset, byteLength, false, false); };
  proto.writeIntLE = function writeIntLE(value, offset, byteLength) { return writeVariable(this, value, offset, byteLength, true, true); };
  proto.writeIntBE = function writeIntBE(value, offset, byteLength) { return writeVariable(this, value, offset, byteLength, false, true); };

  // The lowercase aliases (readUint8, writeBigUint64LE, ...).
  for (const key of Object.getOwnPropertyNames(proto)) {
    if (/^(read|write)(Big)?UInt/.test(key)) proto[key.replace('UInt', 'Uint')] = proto[key];
  }
  // Node's prototype methods are not enumerable.
  for (const key of Object.getOwnPropertyNames(proto)) {
    if (key === 'parent' || key === 'offset') continue;
    const desc = Object.getOwnPropertyDescriptor(proto, key);
    if (desc.enumerable) Object.defineProperty(proto, key, { enumerable: false });
  }
  for (const key of Object.getOwnPropertyNames(Buffer)) {
    if (key === 'prototype' || key === 'length' || key === 'name') continue;
    Object.defineProperty(Buffer, key, { enumerable: false });
  }

  function SlowBuffer(size) {
    assertSize(size);
    return createBuffer(size);
  }
  Object.setPrototypeOf(SlowBuffer.prototype, Uint8Array.prototype);
  Object.setPrototypeOf(SlowBuffer, Uint8Array);

  function transcode(source, fromEncoding, toEncoding) {
    if (!isUint8Array(source)) throw natives.invalidArgType('source', 'an instance of Buffer or Uint8Array', source);
    const from = normalizeEncoding(fromEncoding), to = normalizeEncoding(toEncoding);
    if (from === undefined || to === undefined) {
      throw natives.nodeError('Error', 'U_ILLEGAL_ARGUMENT_ERROR', `Unable to transcode Buffer [U_ILLEGAL_ARGUMENT_ERROR]`);
    }
    return binding.encode(binding.decode(source, from, 0, source.length), to);
  }

  function isUtf8(input) {
    if (ArrayBuffer.isView(input) || isAnyArrayBuffer(input)) return binding.isUtf8(input);
    throw natives.invalidArgType('input', 'an instance of ArrayBuffer, Buffer, or TypedArray', input);
  }
  function isAscii(input) {
    if (ArrayBuffer.isView(input) || isAnyArrayBuffer(input)) return binding.isAscii(input);
    throw natives.invalidArgType('input', 'an instance of ArrayBuffer, Buffer, or TypedArray', input);
  }

  const exports = {
    Buffer,
    SlowBuffer,
    transcode,
    isUtf8,
    isAscii,
    kMaxLength,
    kStringMaxLength,
    btoa: globalThis.btoa,
    atob: globalThis.atob,
    constants: { MAX_LENGTH: kMaxLength, MAX_STRING_LENGTH: kStringMaxLength },
    INSPECT_MAX_BYTES,
  };
  if (typeof globalThis.Blob === 'function') exports.Blob = globalThis.Blob;
  return exports;
});

// node:string_decoder (https://nodejs.org/api/string_decoder.html), our own code: decodes byte chunks
// to strings, holding back the bytes of a character split across chunks.
(function (natives) {
  'use strict';

  const { Buffer } = natives.require('buffer');
  const aliases = { utf8: 'utf8', 'utf-8': 'utf8', ucs2: 'utf16le', 'ucs-2': 'utf16le', utf16le: 'utf16le', 'utf-16le': 'utf16le',
    latin1: 'latin1', binary: 'latin1', base64: 'base64', base64url: 'base64url', ascii: 'ascii', hex: 'hex' };

  function normalizeEncoding(enc) {
    if (enc === undefined || enc === null || enc === '') return 'utf8';
    const e = aliases[String(enc).toLowerCase()];
    if (e === undefined) throw natives.nodeError('TypeError', 'ERR_UNKNOWN_ENCODING', 'Unknown encoding: ' + enc);
    return e;
  }

  function bytesOf(buf) {
    if (natives.isBuffer(buf)) return natives.bufferBytes(buf);
    if (buf !== null && typeof buf === 'object' && typeof buf.length === 'number') return Array.from(buf);
    throw natives.invalidArgType('buf', 'an instance of Buffer, TypedArray, or DataView', buf);
  }

  // How many trailing bytes form an incomplete character (kept for the next write).
  function incompleteTail(bytes, encoding) {
    const len = bytes.length;
    if (encoding === 'utf8') {
      for (let j = len - 1; j >= 0 && j >= len - 4; j--) {
        const b = bytes[j];
        if ((b & 0xc0) === 0x80) continue;
        if (b >= 0xc0) {
          const needed = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
          return len - j < needed ? len - j : 0;
        }
        return 0;
      }
      return 0;
    }
    if (encoding === 'utf16le') {
      if (len % 2 === 1) return 1 + (len >= 3 && bytes[len - 2] >= 0xd8 && bytes[len - 2] <= 0xdb ? 2 : 0);
      if (len >= 2 && bytes[len - 1] >= 0xd8 && bytes[len - 1] <= 0xdb) return 2;
      return 0;
    }
    if (encoding === 'base64' || encoding === 'base64url') return len % 3;
    return 0;
  }

  function StringDecoder(encoding) {
    this.encoding = normalizeEncoding(encoding);
    Object.defineProperty(this, '_pending', { value: [], writable: true, enumerable: false });
  }

  // Buffers and typed arrays are decoded as views (no per-byte copies: a child's stdout with
  // setEncoding goes through here chunk by chunk); other array-likes are copied.
  function viewOf(buf) {
    if (buf instanceof Uint8Array) return buf;
    if (ArrayBuffer.isView(buf)) return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
    return Uint8Array.from(bytesOf(buf));
  }

  StringDecoder.prototype.write = function write(buf) {
    if (typeof buf === 'string') return buf;
    let bytes = viewOf(buf);
    if (this._pending.length > 0) {
      const joined = new Uint8Array(this._pending.length + bytes.length);
      joined.set(this._pending, 0);
      joined.set(bytes, this._pending.length);
      bytes = joined;
    }
    const keep = incompleteTail(bytes, this.encoding);
    this._pending = Array.from(bytes.subarray(bytes.length - keep));
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length - keep).toString(this.encoding);
  };

  StringDecoder.prototype.end = function end(buf) {
    let result = buf === undefined ? '' : this.write(buf);
    if (this._pending.length > 0) {
      const pending = this._pending;
      this._pending = [];
      if (this.encoding === 'utf8') result += '\ufffd';
      else result += Buffer.from(pending).toString(this.encoding);
    }
    return result;
  };

  StringDecoder.prototype.text = function text(buf, offset) {
    return this.write(bytesOf(buf).slice(offset));
  };

  return { StringDecoder };
});

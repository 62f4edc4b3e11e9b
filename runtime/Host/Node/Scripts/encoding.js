// TextEncoder / TextDecoder (https://encoding.spec.whatwg.org/#interface-textencoder), UTF-8 only,
// plus utf-16le and latin1 decoding. encode() returns a Uint8Array when the engine has typed
// arrays; until then an array of byte values (temporary).
(function (natives) {
  'use strict';

  function toBytes(input) {
    if (input === undefined) return [];
    if (natives.isBuffer(input)) return natives.bufferBytes(input);
    if (typeof input === 'object' && input !== null) {
      if (typeof ArrayBuffer === 'function' && input instanceof ArrayBuffer) return Array.from(new Uint8Array(input));
      if (typeof input.length === 'number') return Array.from(input);
      if (typeof input.byteLength === 'number' && input.buffer) return Array.from(new Uint8Array(input.buffer, input.byteOffset, input.byteLength));
    }
    throw natives.invalidArgType('input', 'an instance of ArrayBuffer or ArrayBufferView', input);
  }

  function TextEncoder() {
    if (!new.target) throw new TypeError("Class constructor TextEncoder cannot be invoked without 'new'");
  }
  Object.defineProperty(TextEncoder.prototype, 'encoding', { get() { return 'utf-8'; }, enumerable: true, configurable: true });
  TextEncoder.prototype.encode = function encode(input = '') {
    const bytes = natives.utf8Encode(String(input));
    return typeof Uint8Array === 'function' ? new Uint8Array(bytes) : bytes;
  };
  TextEncoder.prototype.encodeInto = function encodeInto(src, dest) {
    const bytes = natives.utf8Encode(String(src));
    let written = 0;
    let read = 0;
    // Whole code points only: stop before a sequence that does not fit.
    for (let i = 0; i < src.length; i++) {
      const cp = src.codePointAt(i);
      const size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
      if (written + size > dest.length) break;
      for (let k = 0; k < size; k++) dest[written + k] = bytes[written + k];
      written += size;
      if (cp > 0xffff) { i++; read += 2; } else read++;
    }
    return { read, written };
  };
  Object.defineProperty(TextEncoder.prototype, Symbol.toStringTag, { value: 'TextEncoder', configurable: true });

  const labels = { 'utf-8': 'utf-8', utf8: 'utf-8', 'unicode-1-1-utf-8': 'utf-8', 'utf-16le': 'utf-16le', 'utf-16': 'utf-16le',
    latin1: 'windows-1252', 'iso-8859-1': 'windows-1252', ascii: 'windows-1252', 'us-ascii': 'windows-1252', 'windows-1252': 'windows-1252' };

  function TextDecoder(encoding = 'utf-8', options = {}) {
    if (!new.target) throw new TypeError("Class constructor TextDecoder cannot be invoked without 'new'");
    const name = labels[String(encoding).trim().toLowerCase()];
    if (name === undefined) {
      throw natives.nodeError('RangeError', 'ERR_ENCODING_NOT_SUPPORTED', 'The "' + encoding + '" encoding is not supported');
    }
    this._encoding = name;
    this._fatal = Boolean(options && options.fatal);
    this._ignoreBOM = Boolean(options && options.ignoreBOM);
  }
  Object.defineProperty(TextDecoder.prototype, 'encoding', { get() { return this._encoding; }, enumerable: true, configurable: true });
  Object.defineProperty(TextDecoder.prototype, 'fatal', { get() { return this._fatal; }, enumerable: true, configurable: true });
  Object.defineProperty(TextDecoder.prototype, 'ignoreBOM', { get() { return this._ignoreBOM; }, enumerable: true, configurable: true });
  TextDecoder.prototype.decode = function decode(input, options) {
    const bytes = toBytes(input);
    const result = natives.decodeBytes(bytes, this._encoding, this._fatal, this._ignoreBOM);
    if (result === null) {
      throw natives.nodeError('TypeError', 'ERR_ENCODING_INVALID_ENCODED_DATA', 'The encoded data was not valid for encoding ' + this._encoding);
    }
    return result;
  };
  Object.defineProperty(TextDecoder.prototype, Symbol.toStringTag, { value: 'TextDecoder', configurable: true });

  return { TextEncoder, TextDecoder };
});

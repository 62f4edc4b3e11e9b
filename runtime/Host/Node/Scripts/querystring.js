// node:querystring (https://nodejs.org/api/querystring.html), our own code.
(function (natives) {
  'use strict';

  const binding = natives.require('internal/url');

  // Characters left as they are by querystring.escape: A-Z a-z 0-9 - . _ ~ ! ' ( ) *
  const unreserved = /[A-Za-z0-9\-._~!'()*]/;

  function escape(str) {
    if (typeof str !== 'string') {
      if (typeof str === 'object') str = String(str);
      else str += '';
    }
    let out = '';
    for (let i = 0; i < str.length; i++) {
      const c = str[i];
      if (c.charCodeAt(0) < 0x80 && unreserved.test(c)) {
        out += c;
        continue;
      }
      const cp = str.codePointAt(i);
      if (cp >= 0xd800 && cp <= 0xdfff) throw new URIError('URI malformed');
      if (cp > 0xffff) i++;
      out += binding.formEncode(String.fromCodePoint(cp)).replace(/\+/g, '%20').replace(/[!'()~*]/g, (ch) => '%' + ch.charCodeAt(0).toString(16).toUpperCase());
    }
    return out;
  }

  // Lenient: malformed escapes stay as they are (Node falls back to unescapeBuffer).
  function unescape(s, decodeSpaces) {
    s = String(s);
    if (decodeSpaces) s = s.replace(/\+/g, ' ');
    try {
      if (typeof decodeURIComponent === 'function') return decodeURIComponent(s);
    } catch (e) { /* fall through */ }
    return binding.percentDecode(s);
  }

  function stringifyPrimitive(v) {
    if (typeof v === 'string') return v;
    if (typeof v === 'number' && isFinite(v)) return '' + v;
    if (typeof v === 'bigint') return '' + v;
    if (typeof v === 'boolean') return v ? 'true' : 'false';
    return '';
  }

  function stringify(obj, sep, eq, options) {
    sep = sep || '&';
    eq = eq || '=';
    const encode = options && typeof options.encodeURIComponent === 'function' ? options.encodeURIComponent : qs.escape;
    if (obj !== null && typeof obj === 'object') {
      const keys = Object.keys(obj);
      const fields = [];
      for (const k of keys) {
        const v = obj[k];
        const ks = encode(stringifyPrimitive(k)) + eq;
        if (Array.isArray(v)) {
          for (const item of v) fields.push(ks + encode(stringifyPrimitive(item)));
        } else {
          fields.push(ks + encode(stringifyPrimitive(v)));
        }
      }
      return fields.join(sep);
    }
    return '';
  }

  function parse(qsString, sep, eq, options) {
    const obj = Object.create(null);
    if (typeof qsString !== 'string' || qsString.length === 0) return obj;
    sep = sep ? String(sep) : '&';
    eq = eq ? String(eq) : '=';
    let maxKeys = 1000;
    if (options && typeof options.maxKeys === 'number') maxKeys = options.maxKeys;
    const decode = options && typeof options.decodeURIComponent === 'function' ? options.decodeURIComponent : qs.unescape;
    let pieces = qsString.split(sep);
    if (maxKeys > 0 && pieces.length > maxKeys) pieces = pieces.slice(0, maxKeys);
    for (const piece of pieces) {
      if (piece.length === 0) continue;
      const idx = piece.indexOf(eq);
      let key = idx >= 0 ? piece.slice(0, idx) : piece;
      let value = idx >= 0 ? piece.slice(idx + eq.length) : '';
      key = decodeStr(key.replace(/\+/g, ' '), decode);
      value = decodeStr(value.replace(/\+/g, ' '), decode);
      const existing = obj[key];
      if (existing === undefined) obj[key] = value;
      else if (Array.isArray(existing)) existing.push(value);
      else obj[key] = [existing, value];
    }
    return obj;
  }

  function decodeStr(s, decoder) {
    try {
      return decoder(s);
    } catch (e) {
      return qs.unescape(s, true);
    }
  }

  const qs = {
    unescapeBuffer: (s) => natives.require('buffer').Buffer.from(binding.percentDecode(String(s))),
    unescape,
    escape,
    stringify,
    encode: stringify,
    parse,
    decode: parse,
  };
  return qs;
});

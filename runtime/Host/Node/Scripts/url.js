// node:url (https://nodejs.org/api/url.html) and the WHATWG URL API (https://url.spec.whatwg.org/#api),
// our own code. Parsing and the setters' state machine are native (natives.require('internal/url')).
(function (natives) {
  'use strict';

  const binding = natives.require('internal/url');
  const pathModule = natives.require('path');
  const kComponents = Symbol('components');
  const kSearchParams = Symbol('searchParams');
  const kList = Symbol('list');
  const kUrl = Symbol('url');
  const [HREF, PROTOCOL, USERNAME, PASSWORD, HOST, HOSTNAME, PORT, PATHNAME, SEARCH, HASH, ORIGIN, , QUERY] =
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];

  function invalidUrl(input, base) {
    const err = natives.nodeError('TypeError', 'ERR_INVALID_URL', 'Invalid URL');
    err.input = input;
    if (base !== undefined) err.base = base;
    return err;
  }

  function toUSV(value) { return String(value).toWellFormed(); }
  // decodeURIComponent when the engine has it (it throws URIError on malformed input, as in Node).
  const decodeComponent = (s) => (typeof decodeURIComponent === 'function' ? decodeURIComponent(s) : binding.percentDecode(s));

  class URL {
    constructor(input, base) {
      if (arguments.length === 0) throw natives.nodeError('TypeError', 'ERR_MISSING_ARGS', 'The "url" argument must be specified');
      input = toUSV(input);
      if (base !== undefined) base = toUSV(base);
      const components = binding.parse(input, base);
      if (components === null) throw invalidUrl(input, base);
      Object.defineProperty(this, kComponents, { value: components, writable: true });
      Object.defineProperty(this, kSearchParams, { value: undefined, writable: true });
    }

    static canParse(input, base) {
      return binding.parse(toUSV(input), base === undefined ? undefined : toUSV(base)) !== null;
    }

    static parse(input, base) {
      try { return new URL(input, base); } catch (e) { return null; }
    }

    get href() { return this[kComponents][HREF]; }
    set href(value) {
      const components = binding.parse(toUSV(value));
      if (components === null) throw invalidUrl(toUSV(value));
      this[kComponents] = components;
      updateSearchParams(this);
    }
    get origin() { return this[kComponents][ORIGIN]; }
    get protocol() { return this[kComponents][PROTOCOL]; }
    set protocol(value) { setComponent(this, 'protocol', value); }
    get username() { return this[kComponents][USERNAME]; }
    set username(value) { setComponent(this, 'username', value); }
    get password() { return this[kComponents][PASSWORD]; }
    set password(value) { setComponent(this, 'password', value); }
    get host() { return this[kComponents][HOST]; }
    set host(value) { setComponent(this, 'host', value); }
    get hostname() { return this[kComponents][HOSTNAME]; }
    set hostname(value) { setComponent(this, 'hostname', value); }
    get port() { return this[kComponents][PORT]; }
    set port(value) { setComponent(this, 'port', value); }
    get pathname() { return this[kComponents][PATHNAME]; }
    set pathname(value) { setComponent(this, 'pathname', value); }
    get search() { return this[kComponents][SEARCH]; }
    set search(value) {
      setComponent(this, 'search', value);
      updateSearchParams(this);
    }
    get searchParams() {
      if (this[kSearchParams] === undefined) {
        const params = new URLSearchParams(this[kComponents][QUERY] || '');
        params[kUrl] = this;
        this[kSearchParams] = params;
      }
      return this[kSearchParams];
    }
    get hash() { return this[kComponents][HASH]; }
    set hash(value) { setComponent(this, 'hash', value); }
    toString() { return this[kComponents][HREF]; }
    toJSON() { return this[kComponents][HREF]; }
  }
  for (const name of ['href', 'origin', 'protocol', 'username', 'password', 'host', 'hostname', 'port', 'pathname', 'search', 'searchParams', 'hash']) {
    Object.defineProperty(URL.prototype, name, Object.assign(Object.getOwnPropertyDescriptor(URL.prototype, name), { enumerable: true }));
  }
  for (const name of ['toString', 'toJSON']) {
    Object.defineProperty(URL.prototype, name, Object.assign(Object.getOwnPropertyDescriptor(URL.prototype, name), { enumerable: true }));
  }
  Object.defineProperty(URL.prototype, Symbol.toStringTag, { value: 'URL', configurable: true });

  function setComponent(url, name, value) {
    url[kComponents] = binding.set(url[kComponents][HREF], name, toUSV(value));
  }

  function updateSearchParams(url) {
    const params = url[kSearchParams];
    if (params !== undefined) params[kList] = parseQuery(url[kComponents][QUERY] || '');
  }

  // ------------------------------------------------------------------ URLSearchParams

  // application/x-www-form-urlencoded parsing (URL Standard §5.1).
  function parseQuery(input) {
    const list = [];
    for (const sequence of input.split('&')) {
      if (sequence === '') continue;
      const eq = sequence.indexOf('=');
      const name = eq >= 0 ? sequence.slice(0, eq) : sequence;
      const value = eq >= 0 ? sequence.slice(eq + 1) : '';
      list.push([binding.percentDecode(name.replace(/\+/g, ' ')), binding.percentDecode(value.replace(/\+/g, ' '))]);
    }
    return list;
  }

  function serializeQuery(list) {
    return list.map(([name, value]) => binding.formEncode(name) + '=' + binding.formEncode(value)).join('&');
  }

  class URLSearchParams {
    constructor(init = undefined) {
      Object.defineProperty(this, kList, { value: [], writable: true });
      Object.defineProperty(this, kUrl, { value: null, writable: true });
      if (init === undefined || init === null) return;
      if (typeof init === 'object' || typeof init === 'function') {
        const iteratorMethod = init[Symbol.iterator];
        if (typeof iteratorMethod === 'function') {
          for (const pair of init) {
            if ((typeof pair !== 'object' && typeof pair !== 'function') || pair === null || typeof pair[Symbol.iterator] !== 'function')
              throw natives.nodeError('TypeError', 'ERR_INVALID_TUPLE', 'Each query pair must be an iterable [name, value] tuple');
            const items = Array.from(pair);
            if (items.length !== 2) throw natives.nodeError('TypeError', 'ERR_INVALID_TUPLE', 'Each query pair must be an iterable [name, value] tuple');
            this[kList].push([toUSV(items[0]), toUSV(items[1])]);
          }
        } else if (iteratorMethod !== undefined) {
          throw natives.nodeError('TypeError', 'ERR_ARG_NOT_ITERABLE', 'Query pairs must be iterable');
        } else {
          for (const key of Object.keys(init)) this[kList].push([toUSV(key), toUSV(init[key])]);
        }
      } else {
        let s = toUSV(init);
        if (s[0] === '?') s = s.slice(1);
        this[kList] = parseQuery(s);
      }
    }

    get size() { return this[kList].length; }

    append(name, value) {
      if (arguments.length < 2) throw natives.nodeError('TypeError', 'ERR_MISSING_ARGS', 'The "name" and "value" arguments must be specified');
      this[kList].push([toUSV(name), toUSV(value)]);
      this._update();
    }

    delete(name, value) {
      if (arguments.length < 1) throw natives.nodeError('TypeError', 'ERR_MISSING_ARGS', 'The "name" argument must be specified');
      name = toUSV(name);
      if (value !== undefined) {
        value = toUSV(value);
        this[kList] = this[kList].filter(([n, v]) => !(n === name && v === value));
      } else {
        this[kList] = this[kList].filter(([n]) => n !== name);
      }
      this._update();
    }

    get(name) {
      if (arguments.length < 1) throw natives.nodeError('TypeError', 'ERR_MISSING_ARGS', 'The "name" argument must be specified');
      name = toUSV(name);
      const entry = this[kList].find(([n]) => n === name);
      return entry ? entry[1] : null;
    }

    getAll(name) {
      if (arguments.length < 1) throw natives.nodeError('TypeError', 'ERR_MISSING_ARGS', 'The "name" argument must be specified');
      name = toUSV(name);
      return this[kList].filter(([n]) => n === name).map(([, v]) => v);
    }

    has(name, value) {
      if (arguments.length < 1) throw natives.nodeError('TypeError', 'ERR_MISSING_ARGS', 'The "name" argument must be specified');
      name = toUSV(name);
      if (value !== undefined) {
        value = toUSV(value);
        return this[kList].some(([n, v]) => n === name && v === value);
      }
      return this[kList].some(([n]) => n === name);
    }

    set(name, value) {
      if (arguments.length < 2) throw natives.nodeError('TypeError', 'ERR_MISSING_ARGS', 'The "name" and "value" arguments must be specified');
      name = toUSV(name);
      value = toUSV(value);
      const list = this[kList];
      const index = list.findIndex(([n]) => n === name);
      if (index < 0) {
        list.push([name, value]);
      } else {
        list[index][1] = value;
        this[kList] = list.filter(([n], i) => n !== name || i === index);
      }
      this._update();
    }

    sort() {
      // Stable sort by code units of the names.
      const indexed = this[kList].map((entry, i) => [entry, i]);
      indexed.sort((a, b) => (a[0][0] < b[0][0] ? -1 : a[0][0] > b[0][0] ? 1 : a[1] - b[1]));
      this[kList] = indexed.map(([entry]) => entry);
      this._update();
    }

    forEach(callback, thisArg = undefined) {
      if (typeof callback !== 'function') throw natives.invalidArgType('callback', 'of type function', callback);
      for (let i = 0; i < this[kList].length; i++) {
        const [name, value] = this[kList][i];
        callback.call(thisArg, value, name, this);
      }
    }

    *keys() { for (const [name] of this[kList].slice()) yield name; }
    *values() { for (const [, value] of this[kList].slice()) yield value; }
    *entries() { for (const [name, value] of this[kList].slice()) yield [name, value]; }
    [Symbol.iterator]() { return this.entries(); }

    toString() { return serializeQuery(this[kList]); }

    // The URL's update steps: its query becomes this list's serialization.
    _update() {
      const url = this[kUrl];
      if (url) {
        const serialized = serializeQuery(this[kList]);
        url[kComponents] = binding.set(url[kComponents][HREF], 'query', serialized === '' ? null : serialized);
      }
    }
  }
  Object.defineProperty(URLSearchParams.prototype, '_update', { enumerable: false });
  Object.defineProperty(URLSearchParams.prototype, Symbol.toStringTag, { value: 'URLSearchParams', configurable: true });

  // ------------------------------------------------------------------ node:url functions

  function fileURLToPath(path) {
    if (typeof path === 'string') path = new URL(path);
    else if (!(path instanceof URL)) throw natives.invalidArgType('path', 'of type string or an instance of URL', path);
    if (path.protocol !== 'file:') throw natives.nodeError('TypeError', 'ERR_INVALID_URL_SCHEME', 'The URL must be of scheme file');
    if (path.hostname !== '') throw natives.nodeError('TypeError', 'ERR_INVALID_FILE_URL_HOST', 'File URL host must be "localhost" or empty on linux');
    const pathname = path.pathname;
    for (let n = 0; n < pathname.length; n++) {
      if (pathname[n] === '%') {
        const third = pathname.codePointAt(n + 2) | 0x20;
        if (pathname[n + 1] === '2' && third === 102) {
          throw natives.nodeError('TypeError', 'ERR_INVALID_FILE_URL_PATH', 'File URL path must not include encoded / characters');
        }
      }
    }
    return decodeComponent(pathname);
  }

  function encodePathChars(filepath) {
    return filepath.replace(/%/g, '%25').replace(/\\/g, '%5C').replace(/\n/g, '%0A').replace(/\r/g, '%0D').replace(/\t/g, '%09');
  }

  function pathToFileURL(filepath) {
    if (typeof filepath !== 'string') throw natives.invalidArgType('path', 'of type string', filepath);
    let resolved = pathModule.resolve(filepath);
    if (filepath.charCodeAt(filepath.length - 1) === 47 && resolved[resolved.length - 1] !== '/') resolved += '/';
    return new URL('file://' + encodePathChars(resolved).replace(/\?/g, '%3F').replace(/#/g, '%23'));
  }

  function format(urlObject, options) {
    if (urlObject instanceof URL) {
      const opts = Object.assign({ auth: true, fragment: true, search: true, unicode: false }, options);
      let out = urlObject.protocol;
      if (urlObject.host !== '' || urlObject.protocol === 'file:') {
        out += '//';
        if (opts.auth && (urlObject.username || urlObject.password)) {
          out += urlObject.username + (urlObject.password ? ':' + urlObject.password : '') + '@';
        }
        out += urlObject.host;
      }
      out += urlObject.pathname;
      if (opts.search) out += urlObject.search;
      if (opts.fragment) out += urlObject.hash;
      return out;
    }
    if (typeof urlObject === 'string') return new URL(urlObject).href;
    throw natives.invalidArgType('urlObject', 'of type object or string', urlObject);
  }

  function urlToHttpOptions(url) {
    const options = {
      protocol: url.protocol,
      hostname: url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname,
      hash: url.hash,
      search: url.search,
      pathname: url.pathname,
      path: (url.pathname || '') + (url.search || ''),
      href: url.href,
    };
    if (url.port !== '') options.port = Number(url.port);
    if (url.username || url.password) options.auth = decodeComponent(url.username) + ':' + decodeComponent(url.password);
    return options;
  }


  // ------------------------------------------------------------------ legacy API (url.parse / url.format / url.resolve)

  const slashedProtocol = new Set(['http', 'http:', 'https', 'https:', 'ftp', 'ftp:', 'gopher', 'gopher:', 'file', 'file:', 'ws', 'ws:', 'wss', 'wss:']);
  const hostlessProtocol = new Set(['javascript', 'javascript:']);
  const simplePathPattern = /^(\/\/?(?!\/)[^?\s]*)(\?[^\s]*)?$/;
  const protocolPattern = /^[a-z0-9.+-]+:/i;
  const hostPattern = /^\/\/[^@/]+@[^@/]+/;
  const portPattern = /:[0-9]*$/;
  const autoEscape = { '\t': '%09', '\n': '%0A', '\r': '%0D', ' ': '%20', '"': '%22', "'": '%27', '<': '%3C', '>': '%3E', '\\': '%5C', '^': '%5E', '`': '%60', '{': '%7B', '|': '%7C', '}': '%7D' };

  function Url() {
    this.protocol = null;
    this.slashes = null;
    this.auth = null;
    this.host = null;
    this.port = null;
    this.hostname = null;
    this.hash = null;
    this.search = null;
    this.query = null;
    this.pathname = null;
    this.path = null;
    this.href = null;
  }

  function querystring() { return natives.require('querystring'); }

  function urlParse(input, parseQueryString, slashesDenoteHost) {
    if (input instanceof Url) return input;
    const u = new Url();
    u.parse(input, parseQueryString, slashesDenoteHost);
    return u;
  }

  Url.prototype.parse = function parse(input, parseQueryString, slashesDenoteHost) {
    if (typeof input !== 'string') throw natives.invalidArgType('url', 'of type string', input);
    // Trim whitespace; backslashes before the query/hash become slashes (as browsers do).
    let hasHash = false;
    let hasAt = false;
    let split = false;
    let rest = '';
    const trimmed = input.replace(/^[\s\u00a0\ufeff]+|[\s\u00a0\ufeff]+$/g, '');
    for (let i = 0; i < trimmed.length; i++) {
      const c = trimmed[i];
      if (!split) {
        if (c === '@') hasAt = true;
        else if (c === '#') { hasHash = true; split = true; }
        else if (c === '?') split = true;
        else if (c === '\\') { rest += '/'; continue; }
      } else if (c === '#') {
        hasHash = true;
      }
      rest += c;
    }
    if (!slashesDenoteHost && !hasHash && !hasAt) {
      const simplePath = simplePathPattern.exec(rest);
      if (simplePath) {
        this.path = rest;
        this.href = rest;
        this.pathname = simplePath[1];
        if (simplePath[2]) {
          this.search = simplePath[2];
          this.query = parseQueryString ? querystring().parse(this.search.slice(1)) : this.search.slice(1);
        } else if (parseQueryString) {
          this.search = null;
          this.query = Object.create(null);
        }
        return this;
      }
    }
    let proto = protocolPattern.exec(rest);
    let lowerProto;
    if (proto) {
      proto = proto[0];
      lowerProto = proto.toLowerCase();
      this.protocol = lowerProto;
      rest = rest.slice(proto.length);
    }
    let slashes;
    if (slashesDenoteHost || proto || hostPattern.test(rest)) {
      slashes = rest.startsWith('//');
      if (slashes && !(proto && hostlessProtocol.has(lowerProto))) {
        rest = rest.slice(2);
        this.slashes = true;
      }
    }
    if (!hostlessProtocol.has(lowerProto) && (slashes || (proto && !slashedProtocol.has(proto)))) {
      let hostEnd = -1;
      let atSign = -1;
      let nonHost = -1;
      for (let i = 0; i < rest.length; ++i) {
        const c = rest[i];
        if ('\t\n\r "%\';<>\\^`{|}'.includes(c)) {
          if (nonHost === -1) nonHost = i;
        } else if (c === '#' || c === '/' || c === '?') {
          if (nonHost === -1) nonHost = i;
          hostEnd = i;
        } else if (c === '@') {
          atSign = i;
          nonHost = -1;
        }
        if (hostEnd !== -1) break;
      }
      let start = 0;
      if (atSign !== -1) {
        this.auth = decodeComponent(rest.slice(0, atSign));
        start = atSign + 1;
      }
      if (nonHost === -1) {
        this.host = rest.slice(start);
        rest = '';
      } else {
        this.host = rest.slice(start, nonHost);
        rest = rest.slice(nonHost);
      }
      this.parseHost();
      if (typeof this.hostname !== 'string') this.hostname = '';
      const hostname = this.hostname;
      const ipv6Hostname = hostname.startsWith('[') && hostname.endsWith(']');
      if (!ipv6Hostname) {
        for (let i = 0; i < hostname.length; ++i) {
          const c = hostname[i];
          if (c === '/' || c === '\\' || c === '#' || c === '?' || c === ':') {
            this.hostname = hostname.slice(0, i);
            rest = '/' + hostname.slice(i) + rest;
            break;
          }
        }
      }
      if (this.hostname.length > 255) this.hostname = '';
      else this.hostname = this.hostname.toLowerCase();
      if (this.hostname !== '' && !ipv6Hostname) {
        this.hostname = binding.domainToASCII(this.hostname) || this.hostname;
      }
      const p = this.port ? ':' + this.port : '';
      this.host = (this.hostname || '') + p;
      if (ipv6Hostname) {
        this.hostname = this.hostname.slice(1, -1);
        if (rest[0] !== '/') rest = '/' + rest;
      }
    }
    if (!hostlessProtocol.has(lowerProto)) {
      rest = rest.replace(/[\t\n\r "'<>\\^`{|}]/g, (c) => autoEscape[c]);
    }
    let questionIdx = -1;
    let hashIdx = -1;
    for (let i = 0; i < rest.length; ++i) {
      if (rest[i] === '#') {
        this.hash = rest.slice(i);
        hashIdx = i;
        break;
      } else if (rest[i] === '?' && questionIdx === -1) {
        questionIdx = i;
      }
    }
    if (questionIdx !== -1) {
      if (hashIdx === -1) {
        this.search = rest.slice(questionIdx);
        this.query = rest.slice(questionIdx + 1);
      } else {
        this.search = rest.slice(questionIdx, hashIdx);
        this.query = rest.slice(questionIdx + 1, hashIdx);
      }
      if (parseQueryString) this.query = querystring().parse(this.query);
    } else if (parseQueryString) {
      this.search = null;
      this.query = Object.create(null);
    }
    const useQuestionIdx = questionIdx !== -1 && (hashIdx === -1 || questionIdx < hashIdx);
    const firstIdx = useQuestionIdx ? questionIdx : hashIdx;
    if (firstIdx === -1) {
      if (rest.length > 0) this.pathname = rest;
    } else if (firstIdx > 0) {
      this.pathname = rest.slice(0, firstIdx);
    }
    if (slashedProtocol.has(lowerProto) && this.hostname && !this.pathname) this.pathname = '/';
    if (this.pathname || this.search) this.path = (this.pathname || '') + (this.search || '');
    this.href = this.format();
    return this;
  };

  Url.prototype.parseHost = function parseHost() {
    let host = this.host;
    let port = portPattern.exec(host);
    if (port) {
      port = port[0];
      if (port !== ':') this.port = port.slice(1);
      host = host.slice(0, host.length - port.length);
    }
    if (host) this.hostname = host;
  };

  const authUnescaped = /[A-Za-z0-9!$&'()*+,\-.;=_~:]/;

  Url.prototype.format = function format() {
    let auth = this.auth || '';
    if (auth) {
      let escaped = '';
      for (const c of auth) escaped += c.length === 1 && c.charCodeAt(0) < 0x80 && authUnescaped.test(c) ? c : binding.formEncode(c).replace(/\+/g, '%20');
      auth = escaped + '@';
    }
    let protocol = this.protocol || '';
    let pathname = this.pathname || '';
    let hash = this.hash || '';
    let host = '';
    let query = '';
    if (this.host) {
      host = auth + this.host;
    } else if (this.hostname) {
      host = auth + (this.hostname.includes(':') && !(this.hostname.startsWith('[') && this.hostname.endsWith(']')) ? '[' + this.hostname + ']' : this.hostname);
      if (this.port) host += ':' + this.port;
    }
    if (this.query !== null && typeof this.query === 'object') query = querystring().stringify(this.query);
    let search = this.search || (query && '?' + query) || '';
    if (protocol && !protocol.endsWith(':')) protocol += ':';
    pathname = pathname.replace(/[#?]/g, (c) => (c === '#' ? '%23' : '%3F'));
    if (this.slashes || slashedProtocol.has(protocol)) {
      if (this.slashes || host) {
        if (pathname && pathname[0] !== '/') pathname = '/' + pathname;
        host = '//' + host;
      } else if (protocol.startsWith('file')) {
        host = '//';
      }
    }
    search = search.replace(/#/g, '%23');
    if (hash && hash[0] !== '#') hash = '#' + hash;
    if (search && search[0] !== '?') search = '?' + search;
    return protocol + host + pathname + search + hash;
  };

  // url.resolve(from, to): the WHATWG resolution, with a placeholder base for relative `from`
  // (Node's legacy resolveObject differs in rare edge cases).
  function urlResolve(source, relative) {
    const placeholder = 'resolve://';
    const absolute = protocolPattern.test(source);
    const base = absolute ? source : placeholder + (source.startsWith('/') ? '' : '/') + source;
    let resolved;
    try {
      resolved = new URL(relative, base).href;
    } catch (e) {
      return relative;
    }
    if (!absolute && resolved.startsWith(placeholder)) {
      resolved = resolved.slice(placeholder.length);
      if (!source.startsWith('/') && resolved.startsWith('/')) resolved = resolved.slice(1);
    }
    return resolved;
  }

  function legacyFormat(urlObject, options) {
    if (typeof urlObject === 'string') return urlParse(urlObject).format();
    if (urlObject instanceof URL) return format(urlObject, options);
    if (urlObject === null || typeof urlObject !== 'object') throw natives.invalidArgType('urlObject', 'of type object or string', urlObject);
    return Url.prototype.format.call(urlObject);
  }

  return {
    Url,
    parse: urlParse,
    resolve: urlResolve,
    resolveObject: (source, relative) => urlParse(urlResolve(source, relative)),
    format: legacyFormat,
    URL,
    URLSearchParams,
    domainToASCII: (domain) => binding.domainToASCII(String(domain)),
    domainToUnicode: (domain) => String(domain),
    pathToFileURL,
    fileURLToPath,
    urlToHttpOptions,
  };
});

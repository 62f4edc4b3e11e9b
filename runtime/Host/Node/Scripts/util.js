// node:util, as documented at https://nodejs.org/api/util.html (our own code). format and inspect
// are the host's (natives.format / natives.inspect); util.types is native (UtilTypesModule).
(function (natives) {
  'use strict';

  const types = natives.require('util/types');
  const comparisons = natives.require('internal/comparisons');
  const kCustomPromisify = Symbol.for('nodejs.util.promisify.custom');
  const kCustomPromisifyArgs = Symbol('customPromisifyArgs');
  const kInspectCustom = Symbol.for('nodejs.util.inspect.custom');
  const util = {};

  function validateFunction(value, name) {
    if (typeof value !== 'function') throw natives.invalidArgType(name, 'of type function', value);
  }

  util.format = function format(...args) { return natives.format(...args); };
  util.formatWithOptions = function formatWithOptions(inspectOptions, ...args) {
    if (typeof inspectOptions !== 'object' || inspectOptions === null)
      throw natives.invalidArgType('inspectOptions', 'of type object', inspectOptions);
    return natives.format(...args);
  };

  function inspect(value, options) {
    // Legacy signature: inspect(value, showHidden, depth, colors).
    if (typeof options !== 'object' || options === null) options = arguments.length > 2 ? { depth: arguments[2] } : undefined;
    return natives.inspect(value, options);
  }
  inspect.custom = kInspectCustom;
  inspect.defaultOptions = {
    showHidden: false, depth: 2, colors: false, customInspect: true, showProxy: false, maxArrayLength: 100,
    maxStringLength: 10000, breakLength: 128, compact: 3, sorted: false, getters: false, numericSeparator: false,
  };
  inspect.colors = Object.assign(Object.create(null), {
    reset: [0, 0], bold: [1, 22], dim: [2, 22], italic: [3, 23], underline: [4, 24], blink: [5, 25], inverse: [7, 27],
    hidden: [8, 28], strikethrough: [9, 29], doubleunderline: [21, 24], black: [30, 39], red: [31, 39], green: [32, 39],
    yellow: [33, 39], blue: [34, 39], magenta: [35, 39], cyan: [36, 39], white: [37, 39], bgBlack: [40, 49], bgRed: [41, 49],
    bgGreen: [42, 49], bgYellow: [43, 49], bgBlue: [44, 49], bgMagenta: [45, 49], bgCyan: [46, 49], bgWhite: [47, 49],
    framed: [51, 54], overlined: [53, 55], gray: [90, 39], redBright: [91, 39], greenBright: [92, 39], yellowBright: [93, 39],
    blueBright: [94, 39], magentaBright: [95, 39], cyanBright: [96, 39], whiteBright: [97, 39], bgGray: [100, 49],
    bgRedBright: [101, 49], bgGreenBright: [102, 49], bgYellowBright: [103, 49], bgBlueBright: [104, 49],
    bgMagentaBright: [105, 49], bgCyanBright: [106, 49], bgWhiteBright: [107, 49],
  });
  inspect.styles = Object.assign(Object.create(null), {
    special: 'cyan', number: 'yellow', bigint: 'yellow', boolean: 'yellow', undefined: 'grey', null: 'bold',
    string: 'green', symbol: 'green', date: 'magenta', regexp: 'red', module: 'underline',
  });
  util.inspect = inspect;

  util.inherits = function inherits(ctor, superCtor) {
    if (ctor === undefined || ctor === null) throw natives.invalidArgType('ctor', 'of type function', ctor);
    if (superCtor === undefined || superCtor === null) throw natives.invalidArgType('superCtor', 'of type function', superCtor);
    if (superCtor.prototype === undefined) throw natives.invalidArgType('superCtor.prototype', 'of type object', superCtor.prototype);
    Object.defineProperty(ctor, 'super_', { value: superCtor, writable: true, configurable: true });
    Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
  };

  util.promisify = function promisify(original) {
    validateFunction(original, 'original');
    if (original[kCustomPromisify]) {
      const fn = original[kCustomPromisify];
      validateFunction(fn, 'util.promisify.custom');
      return Object.defineProperty(fn, kCustomPromisify, { value: fn, enumerable: false, writable: false, configurable: true });
    }
    const argumentNames = original[kCustomPromisifyArgs];
    function fn(...args) {
      return new Promise((resolve, reject) => {
        args.push((err, ...values) => {
          if (err) return reject(err);
          if (argumentNames !== undefined && values.length > 1) {
            const obj = {};
            for (let i = 0; i < argumentNames.length; i++) obj[argumentNames[i]] = values[i];
            resolve(obj);
          } else {
            resolve(values[0]);
          }
        });
        Function.prototype.apply.call(original, this, args);
      });
    }
    Object.setPrototypeOf(fn, Object.getPrototypeOf(original));
    Object.defineProperty(fn, kCustomPromisify, { value: fn, enumerable: false, writable: false, configurable: true });
    const descriptors = Object.getOwnPropertyDescriptors(original);
    for (const key of Object.keys(descriptors)) Object.defineProperty(fn, key, descriptors[key]);
    return fn;
  };
  util.promisify.custom = kCustomPromisify;

  function callbackifyOnRejected(reason, cb) {
    if (!reason) {
      const newReason = natives.nodeError('Error', 'ERR_FALSY_VALUE_REJECTION', 'Promise was rejected with falsy value');
      newReason.reason = reason;
      reason = newReason;
    }
    return cb(reason);
  }

  util.callbackify = function callbackify(original) {
    validateFunction(original, 'original');
    function callbackified(...args) {
      const maybeCb = args.pop();
      validateFunction(maybeCb, 'last argument');
      const cb = maybeCb.bind(this);
      Function.prototype.apply.call(original, this, args).then(
        (ret) => { Promise.resolve().then(() => cb(null, ret)); },
        (rej) => { Promise.resolve().then(() => callbackifyOnRejected(rej, cb)); });
    }
    const descriptors = Object.getOwnPropertyDescriptors(original);
    if (typeof descriptors.length.value === 'number') descriptors.length.value++;
    if (typeof descriptors.name.value === 'string') descriptors.name.value += 'Callbackified';
    Object.defineProperties(callbackified, descriptors);
    return callbackified;
  };

  const warnedCodes = new Set();
  function emitWarning(message, type, code) {
    const process = globalThis.process;
    if (process && typeof process.emitWarning === 'function') { process.emitWarning(message, type, code); return; }
    if (process && process.noDeprecation && type === 'DeprecationWarning') return;
    natives.writeStderr('(node:' + natives.pid() + ') ' + (code ? '[' + code + '] ' : '') + type + ': ' + message + '\n' +
      (warnedAny ? '' : '(Use `node --trace-' + (type === 'DeprecationWarning' ? 'deprecation' : 'warnings') + ' ...` to show where the warning was created)\n'));
    warnedAny = true;
  }
  let warnedAny = false;

  util.deprecate = function deprecate(fn, msg, code) {
    validateFunction(fn, 'fn');
    let warned = false;
    function deprecated(...args) {
      if (!warned) {
        warned = true;
        if (code !== undefined) {
          if (!warnedCodes.has(code)) {
            warnedCodes.add(code);
            emitWarning(msg, 'DeprecationWarning', code);
          }
        } else {
          emitWarning(msg, 'DeprecationWarning');
        }
      }
      if (new.target) return Reflect_construct(fn, args, new.target);
      return Function.prototype.apply.call(fn, this, args);
    }
    Object.setPrototypeOf(deprecated, fn);
    if (fn.prototype) deprecated.prototype = fn.prototype;
    return deprecated;
  };

  function Reflect_construct(fn, args, newTarget) {
    if (typeof Reflect === 'object') return Reflect.construct(fn, args, newTarget);
    return new fn(...args);
  }

  util.debuglog = function debuglog(section, cb) {
    const env = (globalThis.process && globalThis.process.env && globalThis.process.env.NODE_DEBUG) || '';
    const name = String(section).toUpperCase();
    const enabled = env.split(/[\s,]+/).some((s) => s.toUpperCase() === name || (s === '*'));
    function logger(...args) {
      if (enabled) natives.writeStderr(name + ' ' + natives.pid() + ': ' + natives.format(...args) + '\n');
    }
    Object.defineProperty(logger, 'enabled', { get() { return enabled; }, configurable: true, enumerable: true });
    if (typeof cb === 'function') cb(logger);
    return logger;
  };
  util.debug = util.debuglog;

  util.isDeepStrictEqual = function isDeepStrictEqual(a, b) { return comparisons.isDeepStrictEqual(a, b); };
  util.types = types;

  // Legacy type checks (deprecated in the docs, still exported and still used by older packages).
  util.isArray = Array.isArray;
  util.isBoolean = (arg) => typeof arg === 'boolean';
  util.isBuffer = (arg) => natives.isBuffer(arg);
  util.isNull = (arg) => arg === null;
  util.isNullOrUndefined = (arg) => arg === null || arg === undefined;
  util.isNumber = (arg) => typeof arg === 'number';
  util.isString = (arg) => typeof arg === 'string';
  util.isSymbol = (arg) => typeof arg === 'symbol';
  util.isUndefined = (arg) => arg === undefined;
  util.isRegExp = types.isRegExp;
  util.isObject = (arg) => arg !== null && typeof arg === 'object';
  util.isDate = types.isDate;
  util.isError = (e) => types.isNativeError(e) || e instanceof Error;
  util.isFunction = (arg) => typeof arg === 'function';
  util.isPrimitive = (arg) => arg === null || (typeof arg !== 'object' && typeof arg !== 'function');
  util._extend = function _extend(target, source) {
    if (source === null || typeof source !== 'object') return target;
    const keys = Object.keys(source);
    let i = keys.length;
    while (i--) target[keys[i]] = source[keys[i]];
    return target;
  };

  util.getSystemErrorName = function getSystemErrorName(err) {
    if (typeof err !== 'number') throw natives.invalidArgType('err', 'of type number', err);
    return natives.errnoName(err);
  };

  util.toUSVString = function toUSVString(input) { return String(input).toWellFormed(); };

  // https://nodejs.org/api/util.html#utilstyletextformat-text-options
  util.styleText = function styleText(format, text, options) {
    if (typeof text !== 'string') throw natives.invalidArgType('text', 'of type string', text);
    const validateStream = options == null || options.validateStream !== false;
    const formats = Array.isArray(format) ? format : [format];
    let left = '';
    let right = '';
    for (const key of formats) {
      const code = inspect.colors[key];
      if (code === undefined) {
        throw natives.nodeError('TypeError', 'ERR_INVALID_ARG_VALUE', "The argument 'format' must be one of: " +
          Object.keys(inspect.colors).map((k) => "'" + k + "'").join(', ') + '. Received ' + natives.inspect(key));
      }
      left += '\u001b[' + code[0] + 'm';
      right = '\u001b[' + code[1] + 'm' + right;
    }
    if (validateStream && !natives.shouldColorize(options && options.stream)) return text;
    return left + text + right;
  };

  const ansi = /[\u001B\u009B][[\]()#;?]*(?:(?:(?:(?:;[-a-zA-Z\d\/#&.:=?%@~_]+)*|[a-zA-Z\d]+(?:;[-a-zA-Z\d\/#&.:=?%@~_]*)*)?\u0007)|(?:(?:\d{1,4}(?:;\d{0,4})*)?[\dA-PR-TZcf-ntqry=><~]))/g;
  util.stripVTControlCharacters = function stripVTControlCharacters(str) {
    if (typeof str !== 'string') throw natives.invalidArgType('str', 'of type string', str);
    return str.replace(ansi, '');
  };

  util.TextEncoder = natives.require('internal/encoding').TextEncoder;
  util.TextDecoder = natives.require('internal/encoding').TextDecoder;

  util.aborted = function aborted() { return new Promise(() => {}); };
  return util;
});

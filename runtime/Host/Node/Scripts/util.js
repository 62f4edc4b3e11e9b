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

  util.getSystemErrorMap = function getSystemErrorMap() {
    const map = new Map();
    for (const [errno, name, description] of natives.errnoList()) map.set(errno, [name, description]);
    return map;
  };

  // util.parseEnv: the dotenv format as Node's own parser reads it (keys in sorted order, as Node's map gives them).
  util.parseEnv = function parseEnv(content) {
    if (typeof content !== 'string') throw natives.invalidArgType('content', 'of type string', content);
    const trimSpaces = (s) => s.replace(/^ +| +$/g, '');
    const store = new Map();
    let text = trimSpaces(content.replace(/\r/g, ''));
    while (text.length > 0) {
      if (text[0] === '\n' || text[0] === '#') {
        const newline = text.indexOf('\n');
        if (newline >= 0) {
          text = text.slice(newline + 1);
          continue;
        }
      }
      const equal = text.indexOf('=');
      if (equal < 0) break;
      let key = trimSpaces(text.slice(0, equal));
      text = text.slice(equal + 1);
      if (key.length === 0) break;
      if (key.startsWith('export ')) key = key.slice(7);
      if (text.length === 0) {
        store.set(key, '');
        break;
      }
      if (text[0] === '"') {
        const closing = text.indexOf('"', 1);
        if (closing >= 0) {
          store.set(key, text.slice(1, closing).replace(/\\n/g, '\n'));
          const newline = text.indexOf('\n', closing + 1);
          text = newline >= 0 ? text.slice(newline + 1) : '';
          continue;
        }
      }
      if (text[0] === "'" || text[0] === '"' || text[0] === '`') {
        const closing = text.indexOf(text[0], 1);
        if (closing < 0) {
          const newline = text.indexOf('\n');
          if (newline >= 0) {
            store.set(key, text.slice(0, newline));
            text = text.slice(newline);
          } else {
            store.set(key, text);
            text = '';
          }
        } else {
          store.set(key, text.slice(1, closing));
          const newline = text.indexOf('\n', closing + 1);
          text = newline >= 0 ? text.slice(newline) : '';
        }
      } else {
        const newline = text.indexOf('\n');
        let value;
        if (newline >= 0) {
          value = text.slice(0, newline);
          const hash = value.indexOf('#');
          if (hash >= 0) value = value.slice(0, hash);
          text = text.slice(newline);
        } else {
          value = text;
          text = '';
        }
        store.set(key, trimSpaces(value));
      }
    }
    const result = {};
    for (const key of [...store.keys()].sort()) result[key] = store.get(key);
    return result;
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


  // util.parseArgs (https://nodejs.org/api/util.html#utilparseargsconfig).
  util.parseArgs = function parseArgs(config = {}) {
    const process = globalThis.process;
    const args = config.args !== undefined ? config.args : (process && Array.isArray(process.argv) ? process.argv.slice(2) : []);
    const strict = config.strict !== undefined ? config.strict : true;
    const allowPositionals = config.allowPositionals !== undefined ? config.allowPositionals : !strict;
    const returnTokens = config.tokens !== undefined ? config.tokens : false;
    const options = config.options !== undefined ? config.options : {};
    if (!Array.isArray(args)) throw natives.invalidArgType('args', 'an instance of Array', args);
    for (const [name, key] of [['strict', strict], ['allowPositionals', allowPositionals], ['tokens', returnTokens]]) {
      if (typeof key !== 'boolean') throw natives.invalidArgType(name, 'of type boolean', key);
    }
    if (options === null || typeof options !== 'object') throw natives.invalidArgType('options', 'of type object', options);
    for (const longOption of Object.keys(options)) {
      const optionConfig = options[longOption];
      const prefix = 'options.' + longOption;
      if (optionConfig === null || typeof optionConfig !== 'object') throw natives.invalidArgType(prefix, 'of type object', optionConfig);
      const type = optionConfig.type;
      if (type !== 'string' && type !== 'boolean') throw natives.invalidArgType(prefix + '.type', "('string|boolean')", type);
      if ('short' in optionConfig) {
        const short = optionConfig.short;
        if (typeof short !== 'string') throw natives.invalidArgType(prefix + '.short', 'of type string', short);
        if (short.length !== 1) {
          throw natives.nodeError('TypeError', 'ERR_INVALID_ARG_VALUE', "The property '" + prefix + ".short' must be a single character. Received " + natives.inspect(short));
        }
      }
      const multiple = optionConfig.multiple;
      if ('multiple' in optionConfig && typeof multiple !== 'boolean') throw natives.invalidArgType(prefix + '.multiple', 'of type boolean', multiple);
      if ('default' in optionConfig) {
        const d = optionConfig.default;
        if (multiple) {
          if (!Array.isArray(d) || d.some((x) => typeof x !== type)) throw natives.invalidArgType(prefix + '.default', type === 'string' ? 'an instance of Array' : 'an instance of Array', d);
        } else if (typeof d !== type) {
          throw natives.invalidArgType(prefix + '.default', 'of type ' + type, d);
        }
      }
    }

    const optionFor = (short) => Object.keys(options).find((name) => options[name].short === short);
    const typeOf = (name) => (Object.prototype.hasOwnProperty.call(options, name) ? options[name].type : undefined);
    const describe = (name) => {
      const short = Object.prototype.hasOwnProperty.call(options, name) && options[name].short;
      return (short ? '-' + short + ', ' : '') + '--' + name;
    };
    const parseError = (code, message) => natives.nodeError('TypeError', code, message);

    // Tokenize (short groups expanded, `-fvalue` and `--name=value` split).
    const tokens = [];
    let index = -1;
    const remaining = args.slice();
    while (remaining.length > 0) {
      const arg = remaining.shift();
      const nextArg = remaining[0];
      index++;
      if (arg === '--') {
        tokens.push({ kind: 'option-terminator', index });
        for (const value of remaining) tokens.push({ kind: 'positional', index: ++index, value });
        break;
      }
      if (arg.length === 2 && arg[0] === '-' && arg[1] !== '-') {
        const name = optionFor(arg[1]) || arg[1];
        let value;
        let inlineValue;
        if (typeOf(name) === 'string' && nextArg !== undefined) {
          value = remaining.shift();
          inlineValue = false;
        }
        tokens.push({ kind: 'option', name, rawName: arg, index, value, inlineValue });
        if (value !== undefined) ++index;
        continue;
      }
      if (arg.length > 2 && arg[0] === '-' && arg[1] !== '-') {
        const firstName = optionFor(arg[1]) || arg[1];
        if (typeOf(firstName) !== 'string') {
          // A group of short flags: -abc is -a -b -c (a string option ends the group, taking the rest).
          const expanded = [];
          for (let i = 1; i < arg.length; i++) {
            const name = optionFor(arg[i]) || arg[i];
            if (typeOf(name) !== 'string' || i === arg.length - 1) {
              expanded.push('-' + arg[i]);
            } else {
              expanded.push('-' + arg.slice(i));
              break;
            }
          }
          remaining.unshift(...expanded);
          index--;
          continue;
        }
        tokens.push({ kind: 'option', name: firstName, rawName: '-' + arg[1], index, value: arg.slice(2), inlineValue: true });
        continue;
      }
      if (arg.startsWith('--')) {
        const eq = arg.indexOf('=');
        if (eq >= 0) {
          tokens.push({ kind: 'option', name: arg.slice(2, eq), rawName: arg.slice(0, eq), index, value: arg.slice(eq + 1), inlineValue: true });
          continue;
        }
        const name = arg.slice(2);
        let value;
        let inlineValue;
        if (typeOf(name) === 'string' && nextArg !== undefined) {
          value = remaining.shift();
          inlineValue = false;
        }
        tokens.push({ kind: 'option', name, rawName: arg, index, value, inlineValue });
        if (value !== undefined) ++index;
        continue;
      }
      tokens.push({ kind: 'positional', index, value: arg });
    }

    const values = Object.create(null);
    const positionals = [];
    for (const token of tokens) {
      if (token.kind === 'option') {
        const { name, rawName, value, inlineValue } = token;
        if (strict) {
          const type = typeOf(name);
          if (type === undefined) {
            const message = "Unknown option '" + rawName + "'" + (allowPositionals
              ? ". To specify a positional argument starting with a '-', place it at the end of the command after '--', as in '-- \"" + rawName + "\"" : '');
            throw parseError('ERR_PARSE_ARGS_UNKNOWN_OPTION', message);
          }
          if (type === 'string' && typeof value !== 'string') {
            throw parseError('ERR_PARSE_ARGS_INVALID_OPTION_VALUE', "Option '" + describe(name) + " <value>' argument missing");
          }
          if (type === 'boolean' && value !== undefined) {
            throw parseError('ERR_PARSE_ARGS_INVALID_OPTION_VALUE', "Option '" + describe(name) + "' does not take an argument");
          }
          if (type === 'string' && inlineValue === false && value.length > 0 && value[0] === '-') {
            const short = options[name].short;
            const example = short ? "'--" + name + "=-XYZ' or '-" + short + "-XYZ'" : "'--" + name + "=-XYZ'";
            throw parseError('ERR_PARSE_ARGS_INVALID_OPTION_VALUE', "Option '" + rawName + "' argument is ambiguous.\nDid you forget to specify the option argument for '" + rawName +
              "'?\nTo specify an option argument starting with a dash use " + example + '.');
          }
        }
        const stored = value === undefined ? true : value;
        if (Object.prototype.hasOwnProperty.call(options, name) && options[name].multiple) {
          if (values[name] === undefined) values[name] = [];
          values[name].push(stored);
        } else {
          values[name] = stored;
        }
      } else if (token.kind === 'positional') {
        if (!allowPositionals) {
          throw parseError('ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL', "Unexpected argument '" + token.value + "'. This command does not take positional arguments");
        }
        positionals.push(token.value);
      }
    }
    for (const name of Object.keys(options)) {
      if ('default' in options[name] && values[name] === undefined) values[name] = options[name].default;
    }
    const result = { values, positionals };
    if (returnTokens) result.tokens = tokens;
    return result;
  };

  util.TextEncoder = natives.require('internal/encoding').TextEncoder;
  util.TextDecoder = natives.require('internal/encoding').TextDecoder;

  util.aborted = function aborted() { return new Promise(() => {}); };
  return util;
});

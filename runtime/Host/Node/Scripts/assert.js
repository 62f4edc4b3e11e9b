// node:assert (https://nodejs.org/api/assert.html), our own code. AssertionError messages follow
// Node's formats: short "a !== b" forms, the "+ actual - expected" line diff of the expanded
// (one property per line) inspection, and the legacy "a == b" forms. assert.ok(false) cannot show
// the failing source expression (Node reads it from the file); it says "false == true" as Node does
// when the source is unavailable.
(function (natives) {
  'use strict';

  const { isDeepEqual, isDeepStrictEqual } = natives.require('internal/comparisons');
  const types = natives.require('util/types');

  const kReadableOperator = {
    deepStrictEqual: 'Expected values to be strictly deep-equal:',
    strictEqual: 'Expected values to be strictly equal:',
    strictEqualObject: 'Expected "actual" to be reference-equal to "expected":',
    deepEqual: 'Expected values to be loosely deep-equal:',
    notDeepStrictEqual: 'Expected "actual" not to be strictly deep-equal to:',
    notStrictEqual: 'Expected "actual" to be strictly unequal to:',
    notStrictEqualObject: 'Expected "actual" not to be reference-equal to "expected":',
    notDeepEqual: 'Expected "actual" not to be loosely deep-equal to:',
    notIdentical: 'Values have same structure but are not reference-equal:',
    notDeepEqualUnequal: 'Expected values not to be loosely deep-equal:',
  };
  const kMaxShortLength = 12;

  // ------------------------------------------------------------------ expanded inspection

  // Like inspect(value, { compact: false, sorted: true, depth: Infinity }): one entry per line.
  function inspectValue(value) {
    const seen = [];
    function format(v, indent) {
      if (v === null || (typeof v !== 'object' && typeof v !== 'function')) return natives.inspect(v);
      if (typeof v === 'function' || types.isDate(v) || types.isRegExp(v) || types.isNativeError(v) || v instanceof Error || types.isBoxedPrimitive(v)) {
        return natives.inspect(v);
      }
      if (seen.includes(v)) return '[Circular *1]';
      seen.push(v);
      const inner = indent + '  ';
      const entries = [];
      let open = '{';
      let close = '}';
      let prefix = '';
      const proto = Object.getPrototypeOf(v);
      const ctor = proto === null ? null : (proto.constructor && proto.constructor.name) || null;
      if (Array.isArray(v)) {
        open = '[';
        close = ']';
        if (ctor !== 'Array') prefix = (ctor || '[Array: null prototype]') + '(' + v.length + ') ';
        for (let i = 0; i < v.length; i++) entries.push(i in v ? format(v[i], inner) : '<1 empty item>');
        for (const key of Object.keys(v).filter((k) => String(k >>> 0) !== k).sort()) entries.push(key + ': ' + format(v[key], inner));
      } else if (types.isMap(v)) {
        prefix = (ctor || 'Map') + '(' + v.size + ') ';
        for (const [key, val] of v) entries.push(format(key, inner) + ' => ' + format(val, inner));
      } else if (types.isSet(v)) {
        prefix = (ctor || 'Set') + '(' + v.size + ') ';
        for (const val of v) entries.push(format(val, inner));
      } else {
        if (proto === null) prefix = '[Object: null prototype] ';
        else if (ctor && ctor !== 'Object') prefix = ctor + ' ';
        const keys = Object.keys(v).sort();
        for (const s of Object.getOwnPropertySymbols(v)) if (Object.prototype.propertyIsEnumerable.call(v, s)) keys.push(s);
        for (const key of keys) {
          const name = typeof key === 'symbol' ? '[' + key.toString() + ']' : /^[A-Za-z_$][\w$]*$/.test(key) ? key : natives.inspect(key);
          entries.push(name + ': ' + format(v[key], inner));
        }
      }
      seen.pop();
      if (entries.length === 0) return prefix + open + close;
      return prefix + open + '\n' + entries.map((e) => inner + e).join(',\n') + '\n' + indent + close;
    }
    return format(value, '');
  }

  function createErrDiff(actual, expected, operator, header) {
    let other = '';
    let res = '';
    let end = '';
    let skipped = false;
    const actualInspected = inspectValue(actual);
    const actualLines = actualInspected.split('\n');
    const expectedLines = inspectValue(expected).split('\n');
    let i = 0;
    let indicator = '';
    if (operator === 'strictEqual' &&
        ((typeof actual === 'object' && actual !== null && typeof expected === 'object' && expected !== null) ||
         (typeof actual === 'function' && typeof expected === 'function'))) {
      operator = 'strictEqualObject';
    }
    if (actualLines.length === 1 && expectedLines.length === 1 && actualLines[0] !== expectedLines[0]) {
      const inputLength = actualLines[0].length + expectedLines[0].length;
      if (inputLength <= kMaxShortLength) {
        if ((typeof actual !== 'object' || actual === null) && (typeof expected !== 'object' || expected === null) && (actual !== 0 || expected !== 0)) {
          return (header || kReadableOperator[operator]) + '\n\n' + actualLines[0] + ' !== ' + expectedLines[0] + '\n';
        }
      } else if (operator !== 'strictEqualObject') {
        if (inputLength < 80) {
          while (actualLines[0][i] === expectedLines[0][i]) i++;
          if (i > 2) {
            indicator = '\n  ' + ' '.repeat(i) + '^';
            i = 0;
          }
        }
      }
    }
    // Lines equal at the end are shown once (at most three of them).
    let a = actualLines[actualLines.length - 1];
    let b = expectedLines[expectedLines.length - 1];
    while (a === b) {
      if (i++ < 3) end = '\n  ' + a + end;
      else other = a;
      actualLines.pop();
      expectedLines.pop();
      if (actualLines.length === 0 || expectedLines.length === 0) break;
      a = actualLines[actualLines.length - 1];
      b = expectedLines[expectedLines.length - 1];
    }
    const maxLines = Math.max(actualLines.length, expectedLines.length);
    if (maxLines === 0) {
      return (header || kReadableOperator.notIdentical) + '\n\n' + actualInspected.split('\n').join('\n') + '\n';
    }
    if (i >= 5) {
      end = '\n...' + end;
      skipped = true;
    }
    if (other !== '') {
      end = '\n  ' + other + end;
      other = '';
    }
    let printedLines = 0;
    let identical = 0;
    const msg = (header || kReadableOperator[operator]) + '\n+ actual - expected';
    const skippedMsg = ' ... Lines skipped';
    let lines = actualLines;
    let plusMinus = '+';
    let maxLength = expectedLines.length;
    if (actualLines.length < maxLines) {
      lines = expectedLines;
      plusMinus = '-';
      maxLength = actualLines.length;
    }
    const printIdentical = () => {
      if (identical > 2) {
        if (identical > 3) {
          if (identical > 4) {
            if (identical === 5) {
              res += '\n  ' + lines[i - 3];
              printedLines++;
            } else {
              res += '\n...';
              skipped = true;
            }
          }
          res += '\n  ' + lines[i - 2];
          printedLines++;
        }
        res += '\n  ' + lines[i - 1];
        printedLines++;
      }
      identical = 0;
    };
    for (i = 0; i < maxLines; i++) {
      if (maxLength < i + 1) {
        printIdentical();
        if (lines === actualLines) res += '\n' + plusMinus + ' ' + lines[i];
        else other += '\n' + plusMinus + ' ' + lines[i];
        printedLines++;
      } else {
        const expectedLine = expectedLines[i];
        let actualLine = actualLines[i];
        let divergingLines = actualLine !== expectedLine && (!actualLine.endsWith(',') || actualLine.slice(0, -1) !== expectedLine);
        if (divergingLines && expectedLine.endsWith(',') && expectedLine.slice(0, -1) === actualLine) {
          divergingLines = false;
          actualLine += ',';
        }
        if (divergingLines) {
          printIdentical();
          res += '\n+ ' + actualLine;
          other += '\n- ' + expectedLine;
          printedLines += 2;
        } else {
          res += other;
          other = '';
          identical++;
          if (identical <= 2) {
            res += '\n  ' + actualLine;
            printedLines++;
          }
        }
      }
      if (printedLines > 50 && i < maxLines - 2) {
        return msg + skippedMsg + '\n' + res + '\n...' + other + '\n...';
      }
    }
    return msg + (skipped ? skippedMsg : '') + '\n' + res + other + end + indicator;
  }

  // ------------------------------------------------------------------ AssertionError

  class AssertionError extends Error {
    constructor(options) {
      if (options === null || typeof options !== 'object') throw natives.invalidArgType('options', 'of type object', options);
      const { message, operator } = options;
      const { actual, expected } = options;
      let text;
      if (message != null) {
        text = (operator === 'deepStrictEqual' || operator === 'strictEqual') && options.diffWithMessage
          ? createErrDiff(actual, expected, operator, String(message))
          : String(message);
      } else if (operator === 'deepStrictEqual' || operator === 'strictEqual') {
        text = createErrDiff(actual, expected, operator);
      } else if (operator === 'notDeepStrictEqual' || operator === 'notStrictEqual') {
        let base = kReadableOperator[operator];
        const res = inspectValue(actual).split('\n');
        if (operator === 'notStrictEqual' && ((typeof actual === 'object' && actual !== null) || typeof actual === 'function')) {
          base = kReadableOperator.notStrictEqualObject;
        }
        if (res.length === 1) text = base + (res[0].length > 5 ? '\n\n' : ' ') + res[0];
        else text = base + '\n\n' + res.join('\n') + '\n';
      } else {
        let res = inspectValue(actual);
        let other = inspectValue(expected);
        const knownOperator = kReadableOperator[operator];
        if (operator === 'notDeepEqual' && res === other) {
          text = knownOperator + '\n\n' + res;
        } else {
          if (operator === 'deepEqual') {
            res = knownOperator + '\n\n' + res + '\n\nshould loosely deep-equal\n\n';
          } else {
            const newOp = kReadableOperator[operator + 'Unequal'];
            if (newOp) res = newOp + '\n\n' + res + '\n\nshould not loosely deep-equal\n\n';
            else other = ' ' + operator + ' ' + other;
          }
          text = res + other;
        }
      }
      super(text);
      const stack = this.stack;
      if (typeof stack === 'string') {
        const header = 'Error: ' + text;
        const rest = stack.startsWith(header) ? stack.slice(header.length) : '';
        Object.defineProperty(this, 'stack', { value: 'AssertionError [ERR_ASSERTION]: ' + text + rest, writable: true, configurable: true, enumerable: false });
      }
      this.generatedMessage = !message;
      this.code = 'ERR_ASSERTION';
      this.actual = actual;
      this.expected = expected;
      this.operator = operator;
    }

    toString() { return this.name + ' [' + this.code + ']: ' + this.message; }
  }
  Object.defineProperty(AssertionError.prototype, 'name', { value: 'AssertionError', writable: true, configurable: true, enumerable: false });

  function innerFail(obj) {
    if (obj.message instanceof Error) throw obj.message;
    throw new AssertionError(obj);
  }

  // ------------------------------------------------------------------ assertions

  // The source text of the failing assert call, from the first stack frame outside this module
  // (Node reads the file the same way); undefined when the source cannot be read.
  function callSiteSource() {
    const stack = new Error().stack;
    if (typeof stack !== 'string') return undefined;
    for (const line of stack.split('\n').slice(1)) {
      const m = /^\s*at (?:.*? \()?(.+?):(\d+):(\d+)\)?$/.exec(line);
      if (!m || m[1].startsWith('node:')) continue;
      const source = natives.readSource(m[1]);
      if (source === undefined) return undefined;
      const lines = source.split('\n');
      let offset = 0;
      for (let i = 0; i < Number(m[2]) - 1 && i < lines.length; i++) offset += lines[i].length + 1;
      offset += Number(m[3]) - 1;
      // From the callee to the parenthesis closing its argument list (strings skipped).
      const open = source.indexOf('(', offset);
      if (open < 0) return undefined;
      let depth = 0;
      for (let i = open; i < source.length; i++) {
        const c = source[i];
        if (c === '"' || c === "'" || c === '`') {
          for (i++; i < source.length && source[i] !== c; i++) if (source[i] === '\\') i++;
        } else if (c === '(') {
          depth++;
        } else if (c === ')' && --depth === 0) {
          return source.slice(offset, i + 1);
        }
      }
      return undefined;
    }
    return undefined;
  }

  function innerOk(fn, argLen, value, message) {
    if (!value) {
      let generatedMessage = false;
      if (argLen === 0) {
        generatedMessage = true;
        message = 'No value argument passed to `assert.ok()`';
      } else if (message == null) {
        generatedMessage = true;
        const code = callSiteSource();
        if (code !== undefined) {
          const lines = code.split('\n');
          message = 'The expression evaluated to a falsy value:\n\n  ' + lines.join('\n') + '\n';
        }
      } else if (message instanceof Error) {
        throw message;
      }
      const err = new AssertionError({ actual: value, expected: true, message, operator: '==' });
      err.generatedMessage = generatedMessage;
      throw err;
    }
  }

  function ok(...args) { innerOk(ok, args.length, ...args); }

  const assert = ok;
  assert.ok = ok;
  assert.AssertionError = AssertionError;

  assert.fail = function fail(actual, expected, message, operator) {
    const argsLen = arguments.length;
    let internalMessage = false;
    if (argsLen === 0) {
      internalMessage = 'Failed';
    } else if (argsLen === 1) {
      message = actual;
      actual = undefined;
    } else {
      if (argsLen === 2) operator = '!=';
    }
    if (message instanceof Error) throw message;
    const err = new AssertionError({ actual, expected, operator: operator === undefined ? 'fail' : operator, message: internalMessage || message });
    if (internalMessage) err.generatedMessage = true;
    throw err;
  };

  assert.equal = function equal(actual, expected, message) {
    if (arguments.length < 2) throw natives.nodeError('TypeError', 'ERR_MISSING_ARGS', 'The "actual" and "expected" arguments must be specified');
    if (actual != expected && (actual === actual || expected === expected)) innerFail({ actual, expected, message, operator: '==' });
  };
  assert.notEqual = function notEqual(actual, expected, message) {
    if (arguments.length < 2) throw natives.nodeError('TypeError', 'ERR_MISSING_ARGS', 'The "actual" and "expected" arguments must be specified');
    if (actual == expected || (actual !== actual && expected !== expected)) innerFail({ actual, expected, message, operator: '!=' });
  };
  assert.deepEqual = function deepEqual(actual, expected, message) {
    if (arguments.length < 2) throw natives.nodeError('TypeError', 'ERR_MISSING_ARGS', 'The "actual" and "expected" arguments must be specified');
    if (!isDeepEqual(actual, expected)) innerFail({ actual, expected, message, operator: 'deepEqual' });
  };
  assert.notDeepEqual = function notDeepEqual(actual, expected, message) {
    if (arguments.length < 2) throw natives.nodeError('TypeError', 'ERR_MISSING_ARGS', 'The "actual" and "expected" arguments must be specified');
    if (isDeepEqual(actual, expected)) innerFail({ actual, expected, message, operator: 'notDeepEqual' });
  };
  assert.deepStrictEqual = function deepStrictEqual(actual, expected, message) {
    if (arguments.length < 2) throw natives.nodeError('TypeError', 'ERR_MISSING_ARGS', 'The "actual" and "expected" arguments must be specified');
    if (!isDeepStrictEqual(actual, expected)) innerFail({ actual, expected, message, operator: 'deepStrictEqual', diffWithMessage: true });
  };
  assert.notDeepStrictEqual = function notDeepStrictEqual(actual, expected, message) {
    if (arguments.length < 2) throw natives.nodeError('TypeError', 'ERR_MISSING_ARGS', 'The "actual" and "expected" arguments must be specified');
    if (isDeepStrictEqual(actual, expected)) innerFail({ actual, expected, message, operator: 'notDeepStrictEqual' });
  };
  assert.strictEqual = function strictEqual(actual, expected, message) {
    if (arguments.length < 2) throw natives.nodeError('TypeError', 'ERR_MISSING_ARGS', 'The "actual" and "expected" arguments must be specified');
    if (!Object.is(actual, expected)) innerFail({ actual, expected, message, operator: 'strictEqual', diffWithMessage: true });
  };
  assert.notStrictEqual = function notStrictEqual(actual, expected, message) {
    if (arguments.length < 2) throw natives.nodeError('TypeError', 'ERR_MISSING_ARGS', 'The "actual" and "expected" arguments must be specified');
    if (Object.is(actual, expected)) innerFail({ actual, expected, message, operator: 'notStrictEqual' });
  };

  // Comparison objects show only the compared keys in the diff of throws(fn, { ...props }).
  class Comparison {
    constructor(obj, keys, actual) {
      for (const key of keys) {
        if (key in obj) {
          if (actual !== undefined && typeof actual[key] === 'string' && types.isRegExp(obj[key]) && obj[key].exec(actual[key]) !== null) {
            this[key] = actual[key];
          } else {
            this[key] = obj[key];
          }
        }
      }
    }
  }

  function compareExceptionKey(actual, expected, key, message, keys, fn) {
    if (!(key in actual) || !isDeepStrictEqual(actual[key], expected[key])) {
      if (!message) {
        const a = new Comparison(actual, keys);
        const b = new Comparison(expected, keys, actual);
        const err = new AssertionError({ actual: a, expected: b, operator: 'deepStrictEqual' });
        err.actual = actual;
        err.expected = expected;
        err.operator = fn.name;
        throw err;
      }
      innerFail({ actual, expected, message, operator: fn.name });
    }
  }

  function isErrorLike(e) { return types.isNativeError(e) || e instanceof Error; }

  function expectedException(actual, expected, message, fn) {
    let generatedMessage = false;
    let throwError = false;
    if (typeof expected !== 'function') {
      if (types.isRegExp(expected)) {
        const str = String(actual);
        if (expected.exec(str) !== null) return;
        if (!message) {
          generatedMessage = true;
          message = 'The input did not match the regular expression ' + natives.inspect(expected) + '. Input:\n\n' + natives.inspect(str) + '\n';
        }
        throwError = true;
      } else if (typeof actual !== 'object' || actual === null) {
        const err = new AssertionError({ actual, expected, message, operator: 'deepStrictEqual' });
        err.operator = fn.name;
        throw err;
      } else {
        const keys = Object.keys(expected);
        if (expected instanceof Error) keys.push('name', 'message');
        else if (keys.length === 0) throw natives.nodeError('TypeError', 'ERR_INVALID_ARG_VALUE', "The argument 'error' may not be an empty object. Received {}");
        for (const key of keys) {
          if (typeof actual[key] === 'string' && types.isRegExp(expected[key]) && expected[key].exec(actual[key]) !== null) continue;
          compareExceptionKey(actual, expected, key, message, keys, fn);
        }
        return;
      }
    } else if (expected.prototype !== undefined && actual instanceof expected) {
      return;
    } else if (Error.isPrototypeOf(expected) || expected === Error) {
      if (!message) {
        generatedMessage = true;
        message = 'The error is expected to be an instance of "' + expected.name + '". Received ';
        if (isErrorLike(actual)) {
          const name = (actual.constructor && actual.constructor.name) || actual.name;
          if (expected.name === name) message += 'an error with identical name but a different prototype.';
          else message += '"' + name + '"';
          if (actual.message) message += '\n\nError message:\n\n' + actual.message;
        } else {
          message += '"' + natives.inspect(actual, { depth: -1 }) + '"';
        }
      }
      throwError = true;
    } else {
      const res = expected.call({}, actual);
      if (res !== true) {
        if (!message) {
          generatedMessage = true;
          const name = expected.name ? '"' + expected.name + '" ' : '';
          message = 'The ' + name + 'validation function is expected to return "true". Received ' + natives.inspect(res);
          if (isErrorLike(actual)) message += '\n\nCaught error:\n\n' + actual;
        }
        throwError = true;
      }
    }
    if (throwError) {
      const err = new AssertionError({ actual, expected, message, operator: fn.name });
      err.generatedMessage = generatedMessage;
      throw err;
    }
  }

  const NO_EXCEPTION = {};

  function getActual(fn) {
    if (typeof fn !== 'function') throw natives.invalidArgType('fn', 'of type function', fn);
    try {
      fn();
    } catch (e) {
      return e;
    }
    return NO_EXCEPTION;
  }

  async function waitForActual(promiseFn) {
    let resultPromise;
    if (typeof promiseFn === 'function') {
      resultPromise = promiseFn();
      if (!resultPromise || typeof resultPromise.then !== 'function') {
        throw natives.nodeError('TypeError', 'ERR_INVALID_RETURN_VALUE', 'Expected instance of Promise to be returned from the "promiseFn" function but got ' + natives.inspect(resultPromise) + '.');
      }
    } else if (promiseFn && typeof promiseFn.then === 'function') {
      resultPromise = promiseFn;
    } else {
      throw natives.invalidArgType('promiseFn', 'of type function or an instance of Promise', promiseFn);
    }
    try {
      await resultPromise;
    } catch (e) {
      return e;
    }
    return NO_EXCEPTION;
  }

  function expectsError(fn, actual, error, message) {
    if (typeof error === 'string') {
      if (arguments.length === 4) throw natives.invalidArgType('error', 'of type function or an instance of Error, RegExp, or Object', error);
      message = error;
      error = undefined;
    } else if (error != null && typeof error !== 'object' && typeof error !== 'function') {
      throw natives.invalidArgType('error', 'of type function or an instance of Error, RegExp, or Object', error);
    }
    if (actual === NO_EXCEPTION) {
      let details = '';
      if (error && error.name) details += ' (' + error.name + ')';
      details += message ? ': ' + message : '.';
      const fnType = fn.name === 'rejects' ? 'rejection' : 'exception';
      innerFail({ actual: undefined, expected: error, operator: fn.name, message: 'Missing expected ' + fnType + details });
    }
    if (!error) return;
    expectedException(actual, error, message, fn);
  }

  function expectsNoError(fn, actual, error, message) {
    if (actual === NO_EXCEPTION) return;
    if (typeof error === 'string') {
      message = error;
      error = undefined;
    }
    if (!error || (typeof error === 'function' && error.prototype !== undefined && actual instanceof error) || (types.isRegExp(error) && error.exec(String(actual)) !== null)) {
      const details = message ? ': ' + message : '.';
      const fnType = fn.name === 'doesNotReject' ? 'rejection' : 'exception';
      innerFail({ actual, expected: error, operator: fn.name, message: 'Got unwanted ' + fnType + details + '\nActual message: "' + (actual && actual.message) + '"' });
    }
    throw actual;
  }

  assert.throws = function throws(promiseFn, ...args) { expectsError(throws, getActual(promiseFn), ...args); };
  assert.rejects = async function rejects(promiseFn, ...args) { expectsError(rejects, await waitForActual(promiseFn), ...args); };
  assert.doesNotThrow = function doesNotThrow(fn, ...args) { expectsNoError(doesNotThrow, getActual(fn), ...args); };
  assert.doesNotReject = async function doesNotReject(fn, ...args) { expectsNoError(doesNotReject, await waitForActual(fn), ...args); };

  assert.ifError = function ifError(err) {
    if (err !== null && err !== undefined) {
      let message = 'ifError got unwanted exception: ';
      if (typeof err === 'object' && typeof err.message === 'string') {
        if (err.message.length === 0 && err.constructor) message += err.constructor.name;
        else message += err.message;
      } else {
        message += natives.inspect(err);
      }
      const newErr = new AssertionError({ actual: err, expected: null, operator: 'ifError', message });
      throw newErr;
    }
  };

  function internalMatch(string, regexp, message, fn) {
    if (!types.isRegExp(regexp)) throw natives.invalidArgType('regexp', 'an instance of RegExp', regexp);
    const match = fn === assert.match;
    if (typeof string !== 'string' || (regexp.exec(string) !== null) !== match) {
      if (message instanceof Error) throw message;
      const generatedMessage = !message;
      message = message || (typeof string !== 'string'
        ? 'The "string" argument must be of type string. Received type ' + typeof string + ' (' + natives.inspect(string) + ')'
        : (match ? 'The input did not match the regular expression ' : 'The input was expected to not match the regular expression ') +
          natives.inspect(regexp) + '. Input:\n\n' + natives.inspect(string) + '\n');
      const err = new AssertionError({ actual: string, expected: regexp, message, operator: fn.name });
      err.generatedMessage = generatedMessage;
      throw err;
    }
  }
  assert.match = function match(string, regexp, message) { internalMatch(string, regexp, message, match); };
  assert.doesNotMatch = function doesNotMatch(string, regexp, message) { internalMatch(string, regexp, message, doesNotMatch); };

  // assert.strict: the same functions with the strict comparisons under the legacy names.
  function strict(...args) { innerOk(strict, args.length, ...args); }
  for (const key of Object.keys(assert)) strict[key] = assert[key];
  strict.equal = assert.strictEqual;
  strict.deepEqual = assert.deepStrictEqual;
  strict.notEqual = assert.notStrictEqual;
  strict.notDeepEqual = assert.notDeepStrictEqual;
  strict.strict = strict;
  assert.strict = strict;
  return assert;
});

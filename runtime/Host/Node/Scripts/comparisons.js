// Deep equality of node:assert and util.isDeepStrictEqual, following the rules documented at
// https://nodejs.org/api/assert.html#comparison-details (our own code).
(function (natives) {
  'use strict';

  const types = natives.require('util/types');
  const objectToString = (o) => Object.prototype.toString.call(o);
  const hasOwn = (o, k) => Object.prototype.hasOwnProperty.call(o, k);
  const isEnumerable = (o, k) => Object.prototype.propertyIsEnumerable.call(o, k);

  // Own enumerable keys: strings always, symbols too in strict mode; array indices are compared separately.
  function ownKeys(o, strict, skipIndices) {
    let keys = Object.keys(o);
    if (skipIndices) keys = keys.filter((k) => !(String(k >>> 0) === k && k !== '4294967295'));
    if (strict) {
      for (const s of Object.getOwnPropertySymbols(o)) if (isEnumerable(o, s)) keys.push(s);
    }
    return keys;
  }

  function isBoxedEqual(a, b) {
    if (types.isNumberObject(a)) return types.isNumberObject(b) && Object.is(Number.prototype.valueOf.call(a), Number.prototype.valueOf.call(b));
    if (types.isStringObject(a)) return types.isStringObject(b) && String.prototype.valueOf.call(a) === String.prototype.valueOf.call(b);
    if (types.isBooleanObject(a)) return types.isBooleanObject(b) && Boolean.prototype.valueOf.call(a) === Boolean.prototype.valueOf.call(b);
    if (types.isBigIntObject(a)) return types.isBigIntObject(b) && BigInt.prototype.valueOf.call(a) === BigInt.prototype.valueOf.call(b);
    if (types.isSymbolObject(a)) return types.isSymbolObject(b) && Symbol.prototype.valueOf.call(a) === Symbol.prototype.valueOf.call(b);
    return false;
  }

  function innerDeepEqual(a, b, strict, memos) {
    if (a === b) return a !== 0 || !strict || Object.is(a, b);
    if (strict) {
      if (typeof a !== 'object') return typeof a === 'number' && a !== a && b !== b;
      if (typeof b !== 'object' || a === null || b === null) return false;
      if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
    } else {
      if (a === null || typeof a !== 'object') {
        if (b === null || typeof b !== 'object') return a == b || (a !== a && b !== b);
        return false;
      }
      if (b === null || typeof b !== 'object') return false;
    }
    const tag = objectToString(a);
    if (tag !== objectToString(b)) return false;
    if (Array.isArray(a)) {
      if (!Array.isArray(b) || a.length !== b.length) return false;
      const keysA = ownKeys(a, strict, true);
      if (keysA.length !== ownKeys(b, strict, true).length) return false;
      return keyCheck(a, b, strict, memos, 'array', keysA);
    }
    if (tag === '[object Object]' && !types.isBoxedPrimitive(a)) {
      return keyCheck(a, b, strict, memos, 'none');
    }
    if (types.isDate(a)) {
      if (!types.isDate(b) || Date.prototype.getTime.call(a) !== Date.prototype.getTime.call(b)) return false;
    } else if (types.isRegExp(a)) {
      if (!types.isRegExp(b) || a.source !== b.source || a.flags !== b.flags || a.lastIndex !== b.lastIndex) return false;
    } else if (types.isNativeError(a) || a instanceof Error) {
      if ((!types.isNativeError(b) && !(b instanceof Error)) || a.message !== b.message || a.name !== b.name) return false;
    } else if (types.isBoxedPrimitive(a)) {
      if (!isBoxedEqual(a, b)) return false;
    } else if (types.isBoxedPrimitive(b)) {
      return false;
    } else if (types.isSet(a)) {
      if (!types.isSet(b) || a.size !== b.size) return false;
      return keyCheck(a, b, strict, memos, 'set');
    } else if (types.isMap(a)) {
      if (!types.isMap(b) || a.size !== b.size) return false;
      return keyCheck(a, b, strict, memos, 'map');
    } else if (types.isWeakMap(a) || types.isWeakSet(a) || types.isPromise(a)) {
      return false;
    }
    return keyCheck(a, b, strict, memos, 'none');
  }

  function keyCheck(a, b, strict, memos, kind, keysA) {
    if (keysA === undefined) {
      keysA = ownKeys(a, strict, false);
      if (keysA.length !== ownKeys(b, strict, false).length) return false;
    }
    for (const key of keysA) {
      if (!hasOwn(b, key) || !isEnumerable(b, key)) return false;
    }
    if (keysA.length === 0 && (kind === 'none' || (kind === 'array' && a.length === 0) || a.size === 0)) return true;

    // Cycles: a pair already being compared is taken as equal (Node's memos do the same).
    if (memos === undefined) {
      memos = { a: new Map(), b: new Map(), position: 0 };
    } else {
      const memoA = memos.a.get(a);
      if (memoA !== undefined) {
        const memoB = memos.b.get(b);
        if (memoB !== undefined) return memoA === memoB;
      }
      memos.position++;
    }
    memos.a.set(a, memos.position);
    memos.b.set(b, memos.position);
    const result = objEquiv(a, b, strict, keysA, memos, kind);
    memos.a.delete(a);
    memos.b.delete(b);
    return result;
  }

  function findDeep(set, value, strict, memos) {
    for (const candidate of set) {
      if (innerDeepEqual(value, candidate, strict, memos)) {
        set.delete(candidate);
        return true;
      }
    }
    return false;
  }

  function setEquiv(a, b, strict, memos) {
    let pending = null;
    for (const value of a) {
      if (typeof value === 'object' && value !== null) {
        (pending ||= new Set()).add(value);
      } else if (!b.has(value)) {
        if (strict) return false;
        if (!findLoosePrimitive(b, value)) return false;
        (pending ||= new Set()).add(value);
      }
    }
    if (pending !== null) {
      const rest = new Set();
      for (const value of b) {
        if ((typeof value === 'object' && value !== null) || (!strict && !a.has(value))) rest.add(value);
      }
      for (const value of pending) {
        if (!findDeep(rest, value, strict, memos)) return false;
      }
      return rest.size === 0;
    }
    return true;
  }

  function findLoosePrimitive(set, value) {
    for (const candidate of set) if (candidate == value || (candidate !== candidate && value !== value)) return true;
    return false;
  }

  function mapEquiv(a, b, strict, memos) {
    let pending = null;
    for (const [key, value] of a) {
      if (typeof key === 'object' && key !== null) {
        (pending ||= new Set()).add(key);
      } else {
        if (!b.has(key)) {
          if (strict) return false;
          (pending ||= new Set()).add(key);
          continue;
        }
        if (!innerDeepEqual(value, b.get(key), strict, memos)) return false;
      }
    }
    if (pending !== null) {
      const rest = new Set();
      for (const [key] of b) if ((typeof key === 'object' && key !== null) || (!strict && !a.has(key))) rest.add(key);
      for (const key of pending) {
        let found = false;
        for (const candidate of rest) {
          if (innerDeepEqual(key, candidate, strict, memos) && innerDeepEqual(a.get(key), b.get(candidate), strict, memos)) {
            rest.delete(candidate);
            found = true;
            break;
          }
        }
        if (!found) return false;
      }
      return rest.size === 0;
    }
    return true;
  }

  function objEquiv(a, b, strict, keys, memos, kind) {
    if (kind === 'array') {
      for (let i = 0; i < a.length; i++) {
        if (hasOwn(a, i)) {
          if (!hasOwn(b, i) || !innerDeepEqual(a[i], b[i], strict, memos)) return false;
        } else if (hasOwn(b, i)) {
          return false;
        } else if (!strict && b[i] !== undefined) {
          return false;
        }
      }
    } else if (kind === 'set') {
      if (!setEquiv(a, b, strict, memos)) return false;
    } else if (kind === 'map') {
      if (!mapEquiv(a, b, strict, memos)) return false;
    }
    for (const key of keys) {
      if (!innerDeepEqual(a[key], b[key], strict, memos)) return false;
    }
    return true;
  }

  return {
    isDeepEqual: (a, b) => innerDeepEqual(a, b, false),
    isDeepStrictEqual: (a, b) => innerDeepEqual(a, b, true),
  };
});

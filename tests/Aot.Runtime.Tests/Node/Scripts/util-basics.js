console.log(util.format('%s:%d:%i:%f:%O %%', 'a', 42.5, 42.5, '1.5', { o: 2 }, 'extra'));
console.log(util.format(1, 2, 'x'), util.format('%s', null, undefined), util.format());
console.log(util.inspect({ a: [1, 2, { b: 3 }], s: 'str' }));
console.log(util.inspect.custom.toString(), util.promisify.custom.toString());
function Animal(name) { this.name = name; }
Animal.prototype.speak = function () { return this.name + ' makes a sound'; };
function Dog(name) { Animal.call(this, name); }
util.inherits(Dog, Animal);
const d = new Dog('Rex');
console.log(d.speak(), Dog.super_ === Animal, d instanceof Animal);
try { util.inherits(Dog, null); } catch (e) { console.log(e.code, e.message); }
function Emitter() { events.call(this); }
util.inherits(Emitter, events);
const em = new Emitter();
em.on('x', (v) => console.log('inherited emitter got', v));
em.emit('x', 7);
const t = util.types;
console.log(t.isDate(new Date()), t.isDate({}), t.isRegExp(/x/), t.isPromise(Promise.resolve()), t.isMap(new Map()), t.isSet(new Set()),
  t.isWeakMap(new WeakMap()), t.isNativeError(new TypeError()), t.isAsyncFunction(async () => {}), t.isGeneratorFunction(function* () {}),
  t.isBoxedPrimitive(Object(1)), t.isNumberObject(Object(1)), t.isStringObject(Object('s')), t.isMapIterator(new Map().keys()), t.isArgumentsObject((function () { return arguments; })()));
console.log(util.isDeepStrictEqual({ a: [1, 2, { b: new Map([[1, { c: 2 }]]) }] }, { a: [1, 2, { b: new Map([[1, { c: 2 }]]) }] }),
  util.isDeepStrictEqual([1, 2], [1, '2']), util.isDeepStrictEqual(new Set([1, {}]), new Set([{}, 1])), util.isDeepStrictEqual(NaN, NaN),
  util.isDeepStrictEqual(0, -0), util.isDeepStrictEqual({ a: undefined }, {}), util.isDeepStrictEqual(new Date(1), new Date(1)),
  util.isDeepStrictEqual(/a/g, /a/i), util.isDeepStrictEqual(Object.create(null), {}));
const cyc1 = { x: 1 }; cyc1.self = cyc1;
const cyc2 = { x: 1 }; cyc2.self = cyc2;
console.log(util.isDeepStrictEqual(cyc1, cyc2));
function legacy(a, b, cb) { cb(a > b ? new Error('too big') : null, a + b); }
const p = util.promisify(legacy);
p(1, 2).then((v) => console.log('promisified', v));
p(3, 2).catch((e) => console.log('promisified error', e.message));
function custom() {}
custom[util.promisify.custom] = () => Promise.resolve('custom!');
util.promisify(custom)().then((v) => console.log(v, util.promisify(custom) === custom[util.promisify.custom]));
const cbified = util.callbackify(async (x) => x * 2);
cbified(21, (err, v) => console.log('callbackified', err, v));
util.callbackify(() => Promise.reject(null))((err) => console.log('falsy rejection', err.code, err.message, err.reason));
console.log(cbified.name, cbified.length);
console.log(util.stripVTControlCharacters('\u001b[1m\u001b[31mbold red\u001b[39m\u001b[22m'), util.isArray([]), util.isPrimitive(null), util.isFunction(() => {}));
const enc = new util.TextEncoder();
console.log(Array.from(enc.encode('h\u00e9\u20ac\ud83d\ude00')).join(','), enc.encoding);
console.log(new util.TextDecoder().decode(enc.encode('h\u00e9\u20ac\ud83d\ude00')), new util.TextDecoder('utf-8').encoding);
try { new util.TextDecoder('utf-8', { fatal: true }).decode(Buffer.from([0xff])); } catch (e) { console.log(e.code, e.name); }
console.log(util.getSystemErrorName(-2), util.getSystemErrorName(-13));
console.log(util.debuglog('nothing').enabled, typeof util.deprecate(() => 1, 'msg'));

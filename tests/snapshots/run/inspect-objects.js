// portable: stdout matches node
// console.log of objects, as util.inspect prints them.
console.log([function () {}, async function af() {}, function* g() {}, async function* ag() {}, class A {}, class B extends Array {}]);
const f = function () {}; f.x = 1;
console.log(f, Object.assign(() => {}, { y: 2 }));
console.log(new Map([['a', 1], [{ b: 2 }, [3]]]), new Set([1, 'two']), new Map(), new Set());
console.log(Promise.resolve(4), new Promise(() => {}), new WeakMap(), new WeakSet());
console.log({ get a() { return 1; }, set b(v) {}, get c() { return 1; }, set c(v) {} });
class Foo { constructor() { this.x = 1; } }
console.log(new Foo(), [new Foo()], Object.create(Foo.prototype));
const np = Object.create(null); np.k = 1;
console.log(np, { [Symbol.toStringTag]: 'T', a: 1 }, Object.create({ [Symbol.toStringTag]: 'Tagged' }));
console.log(new Date(0), [new Date(NaN)], /re/gi, new Number(3), new String('ab'), Object(Symbol('s')));
console.log({ $a: 1, a_b: 2, 'é': 3, '1a': 4, 12: 5, 'x-y': 6, __proto__x: 7 });
console.log(['it\'s', 'say "hi"', 'both \'" ok', 'nl\nx\ty\x0b\x7f\u0001']);
console.log({ s: 'a'.repeat(30) + '\n' + 'b'.repeat(60) });
console.log([-0, 0, 1e21, 1.5, NaN, Infinity, 123456789012345680000]);
console.log(Array.from({ length: 120 }, (_, i) => i));
console.log(Array.from({ length: 8 }, (_, i) => 'str' + i));
console.log(Array.from({ length: 30 }, (_, i) => 'item number ' + i));
console.log([[1, [2, [3, [4]]]]], { a: { b: { c: { d: {} } } } }, { a: { b: { c: [] } } });
console.log(Object.assign(Object.create({ inherited: 1 }), { own: 2 }));
console.log([undefined, null, true], { u: undefined }, [Symbol.iterator]);
console.log(new Array(5), [1, 2, , , , 6, , ], Object.assign([1, 2], { extra: 'x' }));
const circ = { name: 'c', list: [] }; circ.list.push(circ); circ.self = circ;
console.log(circ, [circ]);
const arr = [1]; arr.push(arr);
console.log(arr);
class Point { constructor(x, y) { this.x = x; this.y = y; } get len() { return 1; } }
console.log(new Point(1, 2), [new Point(3, 4)], { p: new Point(5, 6) });
console.log({ f() {}, g: () => {}, async h() {}, *i() {} });
console.log(new Map([['key', new Map([['inner', new Set([1, 2])]])]]));
const big = {}; for (let i = 0; i < 30; i++) big['key' + i] = i;
console.log(big);
console.log(Array.from({ length: 101 }, (_, i) => (i % 3 === 0 ? 'x' : i)));
console.log([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((n) => n * 1.1));
console.log('multi\nline', ['multi\nline'], { long: 'word '.repeat(20) });
const err = new TypeError('with props'); err.code = 'E_CODE';
console.log(Object.keys(err), [new Error('in array').message]);
console.log(new Error('no stack in brackets', { cause: 'why' }).cause);

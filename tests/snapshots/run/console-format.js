// console.log formatting of common values (a first cut of Node's util.inspect).
console.log('str', 42, -0, 1.5, true, null, undefined, 10n, Symbol('s'));
console.log([1, 2, 3], [], [undefined, null], [1, , 3], ['a', "it's"]);
console.log({ a: 1, b: 'two', c: [1, 2], d: { e: { f: { g: 1 } } } }, {});
console.log([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27]);
console.log(function named() {}, () => {}, class K {}, Math.max);
console.log({ 'key with space': 1, valid_id: 2, [Symbol('sym')]: 3 });
const cyclic = { name: 'loop' }; cyclic.self = cyclic;
console.log(cyclic);
console.log('%s is %d years and %i%%', 'Bob', 42.5, 42.5, 'extra');
console.log(Object.create(null), new Boolean(true), new String('boxed'));
console.log({ long1: 'aaaaaaaaaaaaaaaaaaaa', long2: 'bbbbbbbbbbbbbbbbbbbb', long3: 'cccccccccccccccccccc', long4: 'd' });

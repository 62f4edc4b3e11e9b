// portable: stdout matches node
// structuredClone, atob/btoa, performance, globalThis.
const source = { a: [1, { b: new Date(0) }], m: new Map([[1, new Set(['x'])]]), r: /x/g, e: new RangeError('bad'), holes: [1, , 3] };
source.self = source;
const copy = structuredClone(source);
console.log(copy.self === copy, copy !== source, copy.a[1].b.getTime(), copy.m.get(1).has('x'), copy.r.flags);
console.log(copy.e instanceof RangeError, copy.e.message, 1 in copy.holes, copy.holes.length);
class K { constructor() { this.v = 1; } }
console.log(structuredClone(new K()), structuredClone(new Boolean(false)));
for (const bad of [() => 1, Symbol('q'), { f() {} }]) {
  try { structuredClone(bad); } catch (e) { console.log(e.name, e.code, e instanceof Error); }
}
console.log(atob('aGVsbG8='), btoa('hello'), atob(' aGVs bG8 '), btoa(''), atob(''));
for (const s of ['*', 'a', 'ab=c', 'abc==', 'ab==']) {
  try { console.log(JSON.stringify(atob(s))); } catch (e) { console.log(e.name, e.message, e.code); }
}
try { btoa('€'); } catch (e) { console.log(e.name, e.message); }
console.log(typeof performance.now(), performance.now() >= 0, typeof performance.timeOrigin);
performance.mark('a');
performance.mark('b');
const m = performance.measure('a-b', 'a', 'b');
console.log(m.name, m.entryType, typeof m.duration, performance.getEntriesByType('mark').map((e) => e.name));
console.log(globalThis === global, typeof globalThis.setTimeout, typeof clearImmediate, typeof queueMicrotask);

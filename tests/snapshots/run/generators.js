// Generators: yield, yield*, next/throw/return, finally on return(), re-entrancy, methods, iterator closing.
function* g(a, b = a + 1) {
  console.log('start', a, b);
  const x = yield a;
  console.log('got', x);
  try {
    yield x * 2;
    yield 99;
  } finally {
    console.log('finally');
  }
  return 'end';
}
const it = g(1);
console.log(typeof it, Object.prototype.toString.call(it));
console.log(JSON_like(it.next('ignored')));
console.log(JSON_like(it.next(10)));
console.log(JSON_like(it.next()));
console.log(JSON_like(it.return(5)));
console.log(JSON_like(it.next()));
function JSON_like(r) { return r.value + ',' + r.done; }
function* inner() { const r = yield 1; console.log('inner got', r); yield 2; return 'innerRet'; }
function* outer() { const v = yield* inner(); console.log('delegate result', v); yield* [7, 8]; }
for (const v of outer()) console.log('v', v);
const o = outer(); o.next(); console.log(JSON_like(o.next('A')));
const arr = [...g(3)];
console.log(arr.join());
function* thrower() { try { yield 1; } catch (e) { console.log('caught', e); yield 2; } }
const t = thrower(); t.next(); console.log(JSON_like(t.throw('boom'))); console.log(JSON_like(t.next()));
try { const t2 = thrower(); t2.throw(new Error('early')); } catch (e) { console.log('early', e.message); }
function* reent() { it2.next(); yield 1; }
const it2 = reent();
try { it2.next(); } catch (e) { console.log(e.constructor.name, e.message); }
class C { *items() { yield* [1, 2, 3]; } static *s() { yield 'static'; } }
console.log([...new C().items()].join(), [...C.s()].join());
const obj = { *[Symbol.iterator]() { yield 'a'; yield 'b'; } };
console.log([...obj].join());
let closed = false;
const iterable = { [Symbol.iterator]() { return { next() { return { value: 1, done: false }; }, return() { closed = true; return {}; } }; } };
function* d() { yield* iterable; }
const di = d(); di.next(); console.log(JSON_like(di.return(42)), closed);
function* fib() { let [a, b] = [0, 1]; for (;;) { yield a; [a, b] = [b, a + b]; } }
const f10 = []; for (const n of fib()) { if (f10.length >= 10) break; f10.push(n); } console.log(f10.join());
console.log(Object.getPrototypeOf(g) === Object.getPrototypeOf(function*(){}), typeof g.prototype, g.prototype.constructor === undefined ? 'noctor' : 'ctor');
try { new g(); } catch (e) { console.log(e.constructor.name); }

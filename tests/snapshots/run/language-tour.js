console.log(1 + 2, "a" + 1, [1, 2, 3], { a: 1, b: 'x' });
let s = 0;
for (let i = 0; i < 10; i++) s += i;
console.log(s);
function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
console.log(fib(20));
const fns = [];
for (let i = 0; i < 3; i++) fns.push(() => i);
console.log(fns.map(f => f()));
class A { constructor(x) { this.x = x; } get double() { return this.x * 2; } m() { return 'A' + this.x; } }
class B extends A { constructor() { super(5); } m() { return 'B' + super.m(); } }
const b = new B();
console.log(b.m(), b.double, b instanceof A, typeof A);
try { null.x } catch (e) { console.log(e.message, e instanceof TypeError) }
try { throw new Error("boom") } catch ({ message }) { console.log(message) } finally { console.log("fin") }
for (const x of [4, 5]) console.log(x);
for (const k in { p: 1, q: 2 }) console.log(k);
console.log(`t ${1 + 1} e`, [..."héllo"].length, Math.max(1, 5, 3));
const { a, ...rest } = { a: 1, b: 2, c: 3 }; console.log(a, rest);
const [x, , y = 9, ...zs] = [1, 2, undefined, 4, 5]; console.log(x, y, zs);
function f(a, b = a + 1, ...r) { return [a, b, r, arguments.length]; }
console.log(f(1), f(1, 2, 3, 4));
label: for (let i = 0; i < 3; i++) { for (let j = 0; j < 3; j++) { if (j == 1) continue label; if (i == 2) break label; console.log(i, j); } }
console.log(0.1 + 0.2, 1e21, -0, [undefined, null], 5 / 0, "5" * "2", "b" > "a", null == undefined);
console.log(typeof undeclared, void 0, [1,2,3].join("-"), String(Symbol("q")));

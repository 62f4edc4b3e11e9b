// Dynamic code and dynamic scopes: direct and indirect eval, `with`, the Function constructors,
// Function.prototype.toString, mapped arguments and Annex B block functions (output matches node).

// Direct eval sees and changes the caller's bindings.
function direct(a) {
  var x = 10;
  let y = 20;
  eval("x += a; var fresh = y * 2");
  return [x, fresh, typeof fresh];
}
console.log("direct", direct(5));

// Closures created before the eval still find the vars it declares.
function late() {
  function read() { return typeof later === "undefined" ? "missing" : later; }
  const before = read();
  eval("var later = 'declared by eval'");
  return [before, read()];
}
console.log("late", late());

// Strict eval keeps its vars to itself; sloppy eval vars are deletable.
function strictEval() { "use strict"; eval("var hidden = 1"); return typeof hidden; }
function deletable() { eval("var gone = 1"); const removed = delete gone; return [removed, typeof gone]; }
console.log("strict", strictEval(), "delete", deletable());

// A var may not hoist over a let of the caller.
try {
  (function () { let clash = 1; { eval("var clash = 2"); } })();
} catch (e) {
  console.log("clash", e.constructor.name, e.message);
}

// this, arguments, new.target and super inside eval.
function Ctor() { this.seen = eval("new.target === Ctor && this instanceof Ctor"); }
console.log("new.target", new Ctor().seen);
function args() { return eval("arguments.length + ':' + arguments[1]"); }
console.log("arguments", args("a", "b", "c"));
const base = { greet() { return "base"; } };
const derived = { __proto__: base, greet() { return eval("super.greet() + '+derived'"); } };
console.log("super", derived.greet());

// Indirect eval runs in the global scope.
globalThis.globalName = "global";
function indirect() {
  var globalName = "local";
  return [eval("globalName"), (0, eval)("globalName"), globalThis.eval("typeof globalName")];
}
console.log("indirect", indirect());
(0, eval)("var madeByIndirectEval = 1");
console.log("indirect var", typeof madeByIndirectEval, Object.getOwnPropertyDescriptor(globalThis, "madeByIndirectEval").configurable);

// Non-string arguments come back unchanged.
const marker = {};
console.log("non-string", eval(marker) === marker, eval(), eval(42));

// with: lookups and calls go through the object, @@unscopables hides names.
const target = { p: 1, method() { return this === target; }, hidden: "no" };
target[Symbol.unscopables] = { hidden: true };
var hidden = "outer";
with (target) {
  p += 41;
  var declaredInWith = p;
  console.log("with", p, method(), hidden);
}
console.log("after with", target.p, declaredInWith);

// Assignments inside with write the object's property; names it lacks reach the outer binding.
const scopeObject = { v: 1 };
let outerOnly = "outer";
with (scopeObject) {
  v = 2;
  outerOnly = "changed through with";
}
console.log("with assignment", scopeObject.v, outerOnly, "outerOnly" in scopeObject);

// new Function and friends build functions from strings, closed over the global scope.
const add = new Function("a", "b", "return a + b");
console.log("Function", add(2, 3), add.name, String(add));
const GeneratorFunction = Object.getPrototypeOf(function* () {}).constructor;
const gen = new GeneratorFunction("n", "for (let i = 0; i < n; i++) yield i");
console.log("GeneratorFunction", [...gen(3)]);
try { Function("/*", "*/){"); } catch (e) { console.log("injection", e.constructor.name); }

// Function.prototype.toString returns the source text.
function /* named */ shown(a, b) { return a /* plus */ + b; }
class Shape { static /* s */ create() { return new Shape(); } get area() { return 0; } }
console.log(shown.toString());
console.log(Shape.create.toString(), "|", Object.getOwnPropertyDescriptor(Shape.prototype, "area").get.toString());
console.log(Math.max.toString());

// Mapped arguments alias the parameters of sloppy functions.
function mapped(first, second) {
  arguments[0] = "changed";
  second = "param";
  return [first, arguments[1]];
}
function unmapped(first) { "use strict"; arguments[0] = "changed"; return first; }
console.log("arguments mapping", mapped("a", "b"), unmapped("a"));

// Annex B: functions in blocks are also vars of the enclosing function.
function blockFunctions() {
  const before = typeof inBlock;
  { function inBlock() {} }
  if (true) function inIf() {}
  return [before, typeof inBlock, typeof inIf];
}
console.log("annex B", blockFunctions());

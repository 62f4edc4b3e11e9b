// let/const per-iteration bindings, TDZ, closures over loop variables, var hoisting.
const byLet = [], byVar = [];
for (let i = 0; i < 3; i++) byLet.push(() => i);
for (var j = 0; j < 3; j++) byVar.push(() => j);
console.log(byLet.map(f => f()), byVar.map(f => f()));
try { useBeforeDeclaration; let useBeforeDeclaration = 1; } catch (e) { console.log(e.name + ': ' + e.message); }
try { const k = 1; k = 2; } catch (e) { console.log(e.name + ': ' + e.message); }
console.log(typeof hoistedVar, hoistedFn());
var hoistedVar = 1;
function hoistedFn() { return 'hoisted'; }
function makeCounter() { let count = 0; return { inc: () => ++count, get value() { return count; } }; }
const c = makeCounter(); c.inc(); c.inc();
console.log(c.value);

// Unbounded recursion is a catchable RangeError, never a crash; deep but finite recursion works.
function forever(n) { return forever(n + 1) + 1; }
try {
  forever(0);
} catch (e) {
  console.log(e instanceof RangeError, e.message);
}
function depth(n) { return n === 0 ? 0 : 1 + depth(n - 1); }
console.log(depth(9000));
function thrower(n) { if (n === 0) throw new Error('bottom'); thrower(n - 1); }
try { thrower(10000); } catch (e) { console.log('caught', e.message); }

// portable: stdout matches node
// Node's order: sync code, nextTick queue, promise jobs, then timers by (delay, creation) with a
// microtask checkpoint after each callback, immediates in the check phase after the timers phase.
const log = (s) => console.log(s);
setTimeout(() => {
  log('timeout A (1 ms)');
  process.nextTick(() => log('  tick inside A'));
  Promise.resolve().then(() => log('  promise inside A'));
  setImmediate(() => log('immediate from A (check phase first)'));
  setTimeout(() => log('timeout from A (next timers phase)'), 0);
}, 1);
setTimeout(() => log('timeout B (1 ms, created second)'), 1);
setTimeout(() => {
  log('timeout C (600 ms)');
  setImmediate((v) => log('immediate with ' + v), 'arg');
}, 600);
process.nextTick(() => log('tick 1'));
Promise.resolve().then(() => {
  log('promise 1');
  process.nextTick(() => log('tick from promise (after the promise queue drains)'));
}).then(() => log('promise 2'));
queueMicrotask(() => log('queueMicrotask'));
process.nextTick(() => log('tick 2'));
log('sync end');

// Arguments, this, clearTimeout by object and by primitive id, intervals, refresh, unref.
setTimeout(function (a, b) { log(`args ${a} ${b} ${this.constructor.name}`); }, 30, 'x', 'y');
const cancelled = setTimeout(() => log('never'), 3);
clearTimeout(cancelled);
const byId = setTimeout(() => log('never by id'), 3);
clearTimeout(+byId);
let n = 0;
const iv = setInterval(() => {
  log('interval ' + ++n);
  if (n === 3) clearInterval(iv);
}, 20);
setTimeout(() => log('unref timer never keeps the process alive'), 100000).unref();
const t = setTimeout(() => {}, 10);
log(`hasRef ${t.hasRef()} ${t.unref().hasRef()} ${t.ref().hasRef()}`);
clearTimeout(t);
const im = setImmediate(() => log('cancelled immediate'));
clearImmediate(im);
for (const bad of [undefined, 'code', {}]) {
  try { setTimeout(bad); } catch (e) { log(`${e.name} ${e.code}: ${e.message}`); }
}

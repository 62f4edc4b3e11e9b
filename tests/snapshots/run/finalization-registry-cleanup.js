// aot-args: --expose-gc
// FinalizationRegistry callbacks run from the event loop once the GC has collected their targets
// (ECMA-262 §9.10 HostEnqueueFinalizationRegistryCleanupJob); gc() is node's --expose-gc.
let cleaned = [];
const registry = new FinalizationRegistry((held) => {
  cleaned.push(held);
  console.log('cleanup callback:', held);
  Promise.resolve().then(() => console.log('  a microtask queued by the callback runs next'));
});
const kept = {};
function register() {
  registry.register({ payload: new Array(1000).fill(1) }, 'collected object');
  registry.register(kept, 'kept object');
  const unregistered = {};
  registry.register(unregistered, 'unregistered object', unregistered);
  registry.unregister(unregistered);
}
register();
console.log('registered; typeof gc:', typeof gc);
let tries = 0;
(function wait() {
  gc();
  if (cleaned.length > 0) {
    setTimeout(() => {
      console.log('after cleanup:', cleaned.join(', '), '| kept still alive:', typeof kept);
    }, 1);
    return;
  }
  if (++tries > 50) { console.log('not cleaned after', tries, 'collections'); return; }
  setTimeout(wait, 1);
})();

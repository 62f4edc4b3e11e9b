// Job ordering: async functions, await (one tick for native promises), thenables (two ticks),
// then chains and the combinators interleave exactly as in node.
const log = [];
async function a1() { console.log('a1 start'); await a2(); console.log('a1 end'); }
async function a2() { console.log('a2'); }
console.log('script start');
a1();
new Promise(function (resolve) { console.log('p1'); resolve(); }).then(function () { console.log('p2'); }).then(() => console.log('p3')).then(() => console.log('p4'));
Promise.resolve().then(() => console.log('t1')).then(() => console.log('t2')).then(() => console.log('t3'));
(async () => { await null; console.log('n1'); await null; console.log('n2'); await null; console.log('n3'); })();
(async () => { return Promise.resolve(); })().then(() => console.log('returned promise resolved'));
const thenable = { then(r) { console.log('thenable.then called'); r('T'); } };
Promise.resolve(thenable).then(v => console.log('thenable value', v));
(async () => { const v = await thenable; console.log('await thenable', v); })();
console.log('script end');
console.log('sync start');
setTimeoutLike();
function setTimeoutLike() {}
Promise.resolve(1).then(v => console.log('then1', v));
Promise.reject(new Error('r')).catch(e => console.log('catch', e.message));
(async () => {
  console.log('async body');
  const v = await 2;
  console.log('after await', v);
  try { await Promise.reject(new Error('x')); } catch (e) { console.log('caught', e.message); }
  return 'done';
})().then(v => console.log('async result', v));
new Promise(r => r(Promise.resolve('thenable'))).then(v => console.log('resolved with promise', v));
Promise.all([1, Promise.resolve(2), 3]).then(v => console.log('all', v.join()));
Promise.allSettled([1, Promise.reject(2)]).then(v => console.log('allSettled', v.map(x => x.status).join()));
Promise.any([Promise.reject(1), Promise.resolve(5)]).then(v => console.log('any', v));
Promise.any([Promise.reject(1)]).catch(e => console.log('any fail', e.constructor.name, e.errors.join(), e.message));
Promise.race([new Promise(() => {}), Promise.resolve('race')]).then(v => console.log('race', v));
Promise.resolve(3).finally(() => console.log('finally')).then(v => console.log('after finally', v));
console.log('sync end');

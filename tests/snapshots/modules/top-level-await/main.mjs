// Top-level await: a module waits for its async dependencies; siblings run in order; the
// process stays alive until the entry's promise settles.
console.log('main: start');
import { value } from './slow.mjs';
import { fast } from './fast.mjs';
console.log('main: imports ready', value, fast);
const later = await new Promise(resolve => Promise.resolve().then(() => resolve('later')));
console.log('main: awaited', later);
const ns = await import('./slow.mjs');
console.log('main: dynamic import of an evaluated module', ns.value);
for await (const x of [Promise.resolve(1), 2]) console.log('for await', x);

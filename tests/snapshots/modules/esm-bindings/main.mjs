// ES modules: named/default/namespace imports, live bindings, re-exports, export * as ns,
// `export { x as default }`, anonymous default functions and classes named "default", cycles.
import counter, { count, increment } from './counter.mjs';
import * as all from './reexports.mjs';
import { even } from './cycle-even.mjs';
import def from './default-fn.mjs';
import Klass from './default-class.mjs';

console.log(count, counter === increment);
increment();
increment();
console.log('live binding:', count, all.count);
console.log('namespace keys:', Object.keys(all).join(','));
console.log('nested namespace:', all.counterNs.count, all.counterNs === all.counterNs);
console.log('renamed default:', all.renamed);
console.log(Object.prototype.toString.call(all), Object.isExtensible(all), Object.getPrototypeOf(all));
console.log('default function name:', def.name, def());
console.log('default class name:', Klass.name, new Klass().hi());
console.log('cycle:', even(10), even(7));
try {
  all.count = 5;
} catch (e) {
  console.log(e.constructor.name, 'on namespace write');
}
try {
  count = 1;
} catch (e) {
  console.log(e.constructor.name, 'on import write:', e.message);
}
console.log('this at top level:', this);
console.log('delete of a missing key:', delete all.nothing);

// Interop: import of CommonJS (default = module.exports, named exports detected statically),
// require of ES modules from CommonJS (the namespace), import() from CommonJS, createRequire.
import lib, { add, VERSION } from './lib.cjs';
import * as libNs from './lib.cjs';
import reexporter from './reexporter.cjs';
import { createRequire } from 'node:module';
import { fromCjs } from './uses-esm.cjs';

console.log(add(2, 3), VERSION, lib.add === add);
console.log('namespace keys:', Object.keys(libNs).sort().join(','));
console.log('re-exported:', Object.keys(reexporter).join(','));
const require = createRequire(import.meta.url);
console.log('createRequire:', require('./lib.cjs') === lib);
console.log('require(esm) from cjs:', fromCjs);
const dyn = await require('./dynamic.cjs');
console.log('import() from cjs:', dyn);

// A .js file with no package.json "type" that uses import/export runs as an ES module.
import { where } from './helper.js';
console.log(where, typeof require, typeof module, import.meta.url.endsWith('/main.js'));

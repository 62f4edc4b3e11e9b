// CommonJS: the wrapper's arguments, module objects, require.cache, JSON, cycles with partial exports.
const path = { basename: (p) => p.slice(p.lastIndexOf('/') + 1) };
console.log(typeof exports, typeof require, typeof module, path.basename(__filename), path.basename(__dirname));
console.log('this === exports:', this === module.exports, 'main:', require.main === module, 'id:', module.id);
const a = require('./a.js');
console.log('after cycle:', a.done, require('./b.js').done);
console.log('children:', module.children.map((m) => path.basename(m.id)).join(','));
console.log('loaded:', module.loaded, require('./a.js') === a);
console.log('json:', require('./data.json').list.length, require.resolve('./data.json') === __dirname + '/data.json');
const key = require.resolve('./counter.js');
console.log(require('./counter.js').next(), require('./counter.js').next());
delete require.cache[key];
console.log('reloaded after cache delete:', require('./counter.js').next());
console.log('paths[0]:', path.basename(module.paths[0]));
try {
  require('./missing');
} catch (e) {
  console.log(e.code, e.message.split('\n')[0].replace(__dirname, '.'));
}
module.exports = 'done';
return;
console.log('not reached');

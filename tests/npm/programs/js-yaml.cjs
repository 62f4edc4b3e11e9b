const { load, dump, loadAll } = require('js-yaml');
console.log(loadAll('---\na: 1\n---\nb: [x, y]\n'));
console.log(dump(load('k: { deep: [ {a: 1}, {b: 2} ] }'), { flowLevel: 2 }));

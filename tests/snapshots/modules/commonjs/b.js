exports.done = false;
const a = require('./a.js');
console.log('in b: a.done =', a.done, '(partial exports of a cycle)');
exports.done = true;

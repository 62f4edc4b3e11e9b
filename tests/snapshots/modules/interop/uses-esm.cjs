const esm = require('./plain.mjs');
exports.fromCjs = `${esm.default} ${esm.named} ${Object.prototype.toString.call(esm)}`;

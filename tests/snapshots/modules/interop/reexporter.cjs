module.exports = require('./lib.cjs');

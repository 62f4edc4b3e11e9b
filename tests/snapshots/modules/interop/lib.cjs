exports.add = (a, b) => a + b;
exports.VERSION = '1.0';
module.exports.hidden = Object.defineProperty({}, 'x', { value: 1 });

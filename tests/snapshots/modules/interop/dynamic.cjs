module.exports = import('./plain.mjs').then((ns) => ns.named);

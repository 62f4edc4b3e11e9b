const parse = require('minimist');
console.log(parse(['--a.b=1', '--list', 'x', '--list', 'y', '-n', '-5', '--flag']));
console.log(parse(['--unknown', 'v'], { unknown: (a) => { console.log('unknown', a); return false; } }));

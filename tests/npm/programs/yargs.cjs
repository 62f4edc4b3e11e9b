const yargs = require('yargs/yargs');
const argv = yargs(['--name', 'x', '--count', '3']).option('count', { type: 'number' }).parseSync();
console.log(argv.name, argv.count + 1);

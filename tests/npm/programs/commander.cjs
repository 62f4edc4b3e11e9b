const { program } = require('commander');
program.option('--name <name>').exitOverride();
program.parse(['node', 'tool', '--name', 'aot']);
console.log(program.opts().name);

import { Command } from 'commander';
const program = new Command().name('tool').option('-d, --debug', 'debug').option('-n, --count <n>', 'count', '1');
program.parse(['-d', '--count', '5', 'file.txt'], { from: 'user' });
console.log(program.opts(), program.args);

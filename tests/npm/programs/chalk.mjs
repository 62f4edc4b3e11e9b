import chalk, { Chalk } from 'chalk';
const c = new Chalk({ level: 1 });
console.log(JSON.stringify(c.red('red') + c.bold.bgBlue(' bold on blue ') + c.underline.green('u')));
console.log(JSON.stringify(new Chalk({ level: 0 }).red('plain')), typeof chalk.level);

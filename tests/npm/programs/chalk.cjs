const { Chalk } = require('chalk');
console.log(JSON.stringify(new Chalk({ level: 3 }).hex('#ff8800')('orange') + new Chalk({ level: 2 }).rgb(10, 20, 30).inverse('x')));

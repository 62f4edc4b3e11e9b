const acorn = require('acorn');
console.log(JSON.stringify(acorn.parse('x = 1 + 2', { ecmaVersion: 2020 }), null, 1));
console.log(acorn.version);

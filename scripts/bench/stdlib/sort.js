// Sort benchmark (issue 4): Array.prototype.sort of 1,000,000 numbers with a comparator, then a
// sort of 200,000 strings with the default order, both checked.
'use strict';

let seed = 11;
const rnd = () => { seed = (seed * 16807) % 2147483647; return seed; };

const numbers = new Array(1000000);
for (let i = 0; i < numbers.length; i++) numbers[i] = (rnd() % 2000000) / 4 - 250000;
numbers.sort((a, b) => a - b);
let checksum = 0;
for (let i = 1; i < numbers.length; i++) {
  if (numbers[i - 1] > numbers[i]) throw new Error('sort: numbers out of order at ' + i);
  if (i % 1000 === 0) checksum = (checksum + numbers[i] * 4) % 1000000007;
}

const strings = new Array(200000);
for (let i = 0; i < strings.length; i++) strings[i] = 'k' + (rnd() % 1000000).toString(36);
strings.sort();
for (let i = 1; i < strings.length; i++) if (strings[i - 1] > strings[i]) throw new Error('sort: strings out of order at ' + i);
checksum = (checksum + strings[0].length + strings[100000].charCodeAt(1) + strings[199999].charCodeAt(2)) % 1000000007;

const EXPECTED = -389284;
if (checksum !== EXPECTED) throw new Error(`sort: checksum ${checksum}, expected ${EXPECTED}`);
console.log('sort: checksum ok');

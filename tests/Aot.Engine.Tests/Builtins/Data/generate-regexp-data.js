// Generates regexp-cases.jsonl: differential cases for the RegExp matcher (runtime/Engine/Builtins/RegExp),
// recorded from node's RegExp (V8). Each line: [pattern, flags, input, lastIndex, result] where result is null
// (no match) or { i: [[start, end] | null, ...] (index 0 = whole match), g?: { name: [start, end] | null } }.
// Flags never include d or g (Exec ignores g; d is used here to read indices).
// Usage: node generate-regexp-data.js > regexp-cases.jsonl   (deterministic: fixed PRNG seed)
'use strict';

let seed = 20240611;
const rnd = (n) => { // mulberry32
  seed = (seed + 0x6D2B79F5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return (((t ^ (t >>> 14)) >>> 0) % n);
};
const pick = (a) => a[rnd(a.length)];
const out = [];
const seen = new Set();

// Strings are stored with every code unit outside printable ASCII, and the backslash, written as the six
// characters \uXXXX (so lone surrogates survive strict JSON readers); the test decodes them.
const enc = (s) => s.replace(/[^\x20-\x5b\x5d-\x7e]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));

function record(pattern, flags, input, lastIndex = 0) {
  const key = JSON.stringify([pattern, flags, input, lastIndex]);
  if (seen.has(key)) return;
  let re;
  try { re = new RegExp(pattern, flags + 'd'); } catch { return; }
  seen.add(key);
  re.lastIndex = lastIndex;
  if (!flags.includes('y') && !flags.includes('g')) re = new RegExp(pattern, flags + 'dg'), re.lastIndex = lastIndex;
  const m = re.exec(input);
  let result = null;
  if (m) {
    result = { i: m.indices.map((x) => (x ? [x[0], x[1]] : null)) };
    if (m.indices.groups) {
      result.g = {};
      for (const k of Object.keys(m.indices.groups)) { const x = m.indices.groups[k]; result.g[k] = x ? [x[0], x[1]] : null; }
    }
  }
  out.push(JSON.stringify([enc(pattern), flags, enc(input), lastIndex, result]));
}
const all = (pattern, flagsList, inputs) => { for (const f of flagsList) for (const s of inputs) record(pattern, f, s); };

// ---------- hand-picked cases for each semantic difference ----------
const ws = '\t\n\v\f\r \u00a0\u1680\u2000\u2005\u200a\u2028\u2029\u202f\u205f\u3000\ufeff\u180e\u200b\u0085x';
for (const ch of ws) all('\\s', ['', 'u'], [ch, 'a' + ch]), all('\\S', ['', 'u'], [ch]);
for (const p of ['\\w', '\\W', '\\d', '\\D', '\\b', '\\B', '\\w+', '.\\b.', '\\B.'])
  all(p, ['', 'i', 'u', 'iu', 'v', 'iv'], ['\u017f', '\u212a', 'k', 's', '\u00e9a', 'a\u00e9', '\u0660', '_', '9', 'K\u212aS', '\u0130']);
for (const p of ['.', '.+', '^.*$', '[^]', '[]', 'a[]', '[^]+', '.$'])
  all(p, ['', 's', 'u', 'su', 'm'], ['\n', '\r', '\u2028', '\u2029', '\u0085', 'a\nb', '\ud83d\ude00', '\ud800', '\udc00x']);
for (const p of ['^', '$', '^a', 'a$', '^$', '^b', 'a$\\n', '$a', '(?:^|,)x', 'x(?:$|,)'])
  all(p, ['', 'm'], ['a', 'a\n', '\na', 'a\nb', 'a\rb', 'a\u2028b', 'a\u2029b', 'a\r\nb', '\n', '', 'a\n\n', ',x\nx']);
for (const [p, inputs] of [
  ['\u017f', ['s', 'S', '\u017f']], ['\u212a', ['k', 'K', '\u212a']], ['[a-z]+', ['\u212a\u017fK', 'ABC']],
  ['k', ['\u212a', 'K']], ['s', ['\u017f', 'S']], ['\u00df', ['SS', '\u1e9e', '\u00df']], ['\u1e9e', ['\u00df']],
  ['\u03c3', ['\u03c2', '\u03a3']], ['\u03c2', ['\u03c3', '\u03a3']], ['i', ['\u0130', '\u0131', 'I']],
  ['\u0130', ['i', 'I', '\u0130']], ['\u0131', ['i', 'I']], ['[^a]', ['A', 'a', 'b']], ['[^\\W]', ['\u017f', 'a', '\u212a']],
  ['\\W', ['\u017f', '\u212a', 'S']], ['[\\W\\d]', ['\u017f', 'S']], ['\u01c5', ['\u01c4', '\u01c6']], ['\u1f80', ['\u1f88']],
  ['\u00b5', ['\u03bc', '\u039c']], ['\ufb00', ['ff']], ['[\u00e0-\u00e5]', ['\u00c0', '\u00c5']], ['\u10400', ['\u{10428}']],
  ['\\u{10400}', ['\u{10428}', '\u{10400}']], ['[\\u{10400}]', ['\u{10428}']], ['\\p{Lu}', ['a', 'A', '\u017f']],
  ['\\P{Ll}', ['a', 'A', '1']], ['[^\\p{Ll}]', ['a', 'A', '1']], ['\\p{Lowercase}', ['A', '\u212a']],
  ['[\\p{Ll}--[a-z]]', ['a', 'A', '\u00e9', '\u00c9']], ['\\u0390', ['\u1fd3']], ['\u0345', ['\u03b9', '\u0399', '\u1fbe']],
]) all(p, ['i', 'iu', 'iv', ''], inputs);
for (const [p, inputs] of [
  ['(a)|\\1b', ['b', 'ab']], ['\\1(a)', ['a', 'aa']], ['(a\\1)', ['a', 'aa']], ['(?:(a)|b\\1)+', ['abb', 'aba', 'ab']],
  ['(?:(a)|b)+', ['ab', 'ba', 'aab']], ['(?:(a)|(b))+', ['ab', 'ba']], ['((a)|b)+', ['ab', 'ba']], ['(a)?\\1', ['a', 'aa', '']],
  ['(?<x>a)\\k<x>', ['aa', 'a']], ['\\k<x>(?<x>a)', ['a']], ['(?<$>a)(?<_b>b)', ['ab']], ['(?<\u03c0>.)\\k<\u03c0>', ['xx', 'xy']],
  ['(?<\u00e9t\u00e9>a)|(?<b>b)', ['b', 'a']], ['(?<a>.)(?<b>.)(?<c>.)\\k<c>\\k<b>\\k<a>', ['abccba', 'abcabc']],
  ['(a)|b', ['b']], ['(?:(a)|b)*\\1', ['abb', 'aba', 'ba']], ['(a)(?:\\1)*', ['aaa']], ['(A)\\1', ['Aa', 'aA', 'AA']],
  ['(\\u212a)\\1', ['\u212ak', '\u212aK']], ['(\u00e0)\\1', ['\u00e0\u00c0']],
  ['(?<=(\\d+)(\\d+))$', ['1053']], ['(?<=(\\d+)(\\d+))', ['1053']], ['(?<=\\1(a))b', ['aab', 'ab']], ['(?<!(a))b', ['ab', 'cb']],
  ['(?<=(a)|b)c', ['ac', 'bc']], ['(?<=a(?:(b)|c)*)d', ['abcd', 'acbd']], ['(?<=\\$)\\d+(\\.\\d*)?', ['cost $10.53', '$.5']],
  ['(?<=^|,)\\w+', ['ab,cd', ',x']], ['(?<=(?=a)(.))b', ['ab']], ['(?<=([abc])+)d', ['abcd']], ['(?<=(\\w)+)!', ['ab!']],
  ['(?=(a+))a*b\\1', ['baaabac']], ['(?=(a+))', ['baaabac']], ['(.*?)a(?!(a+)b\\2c)\\2(.*)', ['baaabaac']],
  ['(z)((a+)?(b+)?(c))*', ['zaacbbbcac']], ['(a*)*b', ['aab', 'b', 'aaa']], ['(a*)+b', ['aab', 'b']], ['(?:a?)*?b', ['ab', 'b']],
  ['(a|b?)*c', ['abc', 'c']], ['(?:|a)*', ['aa']], ['(?:|a)+', ['aa']], ['(a?)*', ['', 'a']], ['(a?)+', ['', 'aa']],
  ['(?:(a)|b|)*', ['ab', 'ba', '']], ['(?:a|())*', ['aa', '']], ['(?:a|())+', ['aa', '']], ['(a|)+b', ['aab']], ['(a?){2,3}', ['a', 'aaa']],
  ['(?:a*)*', ['aaa']], ['(?:a*?)*?b', ['aab']], ['(?:(?=a))*a', ['a']], ['(?=a)*', ['a']], ['(?:x*)*y', ['xxy']],
  ['(\\2?(a))+', ['aa']], ['(?:(\\d)|[a-z])*', ['1a2b', 'a1']], ['(?:(a)|(b)|c)*', ['abc', 'cab']], ['(\\w)*', ['ab']],
  ['(a)*?b', ['aab']], ['(?:(a)b)*', ['ababc', 'abac']], ['((a)|(b))*', ['ab', 'ba']], ['(()|a)*', ['a']], ['(a(b)?)+', ['aba']],
  ['(.)(?:\\1|(b))+', ['aab', 'aba']], ['(?:(?<n>a)|b)+\\k<n>', ['abab', 'aba']],
  ['\\0', ['\0']], ['\\1', ['\x01']], ['\\8', ['8']], ['[\\b]', ['\b']], ['\\cA', ['\x01']], ['[\\c1]', ['\x11']],
  ['\\c', ['\\c']], [']', [']']], ['{', ['{']], ['a{,2}', ['a{,2}']], ['\\07', ['\x07']], ['\\x4', ['x4']], ['\\u12', ['u12']],
  ['[\\1-\\3]', ['\x02']], ['\\a', ['a']], ['x{2,1', ['x{2,1']], ['[a-]', ['-']], ['[-a]', ['-']], ['[\\d-z]', ['-', 'z', '5']],
]) all(p, ['', 'i'], inputs);
for (const [p, inputs] of [
  ['.', ['\ud83d\ude00', '\ud800', '\udc00', '\ud800\ud800']], ['^.$', ['\ud83d\ude00', '\ud800a']], ['[^a]', ['\ud83d\ude00']],
  ['\\ud83d', ['\ud83d\ude00', '\ud83dx']], ['\\ude00', ['\ud83d\ude00', 'x\ude00']], ['[\\ud83d]', ['\ud83d\ude00']],
  ['[\\ude00]', ['\ud83d\ude00']], ['[\\u{1F600}-\\u{1F64F}]', ['\ud83d\ude00', '\ud83d\ude4f', '\ud83d\ude50']],
  ['\\u{1F600}', ['a\ud83d\ude00']], ['\ud83d\ude00+', ['\ud83d\ude00\ud83d\ude00']], ['[\ud83d\ude00-\ud83d\ude02]', ['\ud83d\ude01']],
  ['\\S+', ['a\ud83d\ude00b']], ['[\\s\\S]', ['\ud83d\ude00']], ['\\W', ['\ud83d\ude00']], ['(?<=\ud83d\ude00)a', ['\ud83d\ude00a']],
  ['(?<=.)a', ['\ud83d\ude00a']], ['(?<=\\ude00)a', ['\ud83d\ude00a']], ['\\p{L}+', ['ab\u00e9\u{10400}\u{1F600}']],
  ['\\p{Script=Greek}+', ['\u03b1\u03b2a']], ['\\p{scx=Hira}', ['\u30fc']], ['\\p{Emoji}', ['\u{1F600}', '#']],
  ['\\p{Any}', ['\u{10FFFF}']], ['\\P{Any}', ['a']], ['\\p{ASCII}+', ['ab\u00e9']], ['\\p{Assigned}', ['\u0378', 'a']],
  ['\\p{Nd}', ['\u0663']], ['[\\P{L}a]+', ['1a2b']], ['[^\\p{L}\\d]', ['a', '1', '-']], ['.(?=\\ude00)', ['\ud83d\ude00']],
  ['(?:)', ['\ud83d\ude00']], ['\\B', ['\ud83d\ude00']], ['$', ['\ud83d\ude00']],
]) all(p, ['u', 'v', ''], inputs);
for (const [p, inputs] of [
  ['[\\p{L}--[a-z]]+', ['abC\u00e9']], ['[[a-z]&&[aeiou]]+', ['bead']], ['[\\q{abc|d}]', ['abc', 'xd', 'ab']],
  ['[\\q{abc|ab|a}x]', ['abx', 'abcx']], ['[\\q{}a]', ['b', 'a']], ['[\\q{}]+', ['a']], ['[\\p{RGI_Emoji}]', ['\u{1F468}\u200d\u{1F469}\u200d\u{1F467}', '\u{1F1FA}\u{1F1F8}', '#\ufe0f\u20e3']],
  ['\\p{RGI_Emoji_Flag_Sequence}', ['\u{1F1FA}\u{1F1F8}x']], ['\\p{Emoji_Keycap_Sequence}', ['1\ufe0f\u20e3']],
  ['[\\q{abc}--\\q{abc}]', ['abc']], ['[[\\q{ab|c}a]&&[\\q{ab}b]]', ['ab', 'c']], ['[^[a-c]--b]', ['b', 'd', 'a']],
  ['[\\w--\\d]+', ['a1b']], ['[\\q{KK}]', ['kk', '\u212ak']], ['[\\p{ASCII}--\\p{L}]+', ['a1!b']], ['[[^a]&&\\w]', ['a', 'b']],
  ['[\\d&&[0-4]]', ['5', '3']], ['\\P{Lowercase}', ['a', 'A']], ['[^\\P{Lowercase}]', ['a', 'A']], ['[\\q{\u00df}]', ['ss']],
]) all(p, ['v', 'vi'], inputs);
for (const [p, input, li] of [
  ['a', 'ba', 1], ['a', 'ba', 0], ['^a', 'ba', 1], ['\\ba', 'ba', 1], ['(?<=b)a', 'ba', 1], ['b', 'abc', 3], ['$', 'ab', 2],
  ['', 'ab', 2], ['a|b', 'xab', 1], ['\\Ba', 'ba', 1], ['(?<!b)a', 'ba', 1], ['.', '\ud83d\ude00', 1], ['x*', 'ab', 1],
]) for (const f of ['y', 'gy', 'g', 'yu', 'ym', '']) record(p, f.replace('g', ''), input, f.includes('g') || f.includes('y') ? li : 0);

// ---------- random patterns ----------
const chars = ['a', 'b', 'c', 'A', 'B', '\u017f', '\u212a', 'k', 's', ' ', '\n', '_', '1', '\u00e9', '\ud83d\ude00', '\ud83d', '\ude00'];
const alphabet = ['a', 'b', 'c', 'A', 'B', 'k', 'K', 's', 'S', '\u017f', '\u212a', ' ', '\n', '\r', '_', '1', '\u00e9', '\u00c9', '\ud83d\ude00', '\ud83d', '\ude00', '\u2028'];
function randInput() {
  const n = rnd(10);
  let s = '';
  for (let k = 0; k < n; k++) s += rnd(3) === 0 ? pick(alphabet) : pick(['a', 'b', 'c']);
  return s;
}
function esc(c) { return c === '\ud83d\ude00' ? '\\u{1F600}' : '$^\\.*+?()[]{}|/-'.includes(c) ? '\\' + c : c === '\n' ? '\\n' : c; }
function cls(u) {
  const items = [];
  const n = 1 + rnd(3);
  for (let k = 0; k < n; k++) {
    const r = rnd(7);
    if (r === 0) items.push(pick(['a-c', 'A-Z', 'a-z', '0-9', 'b-k']));
    else if (r === 1) items.push(pick(['\\w', '\\W', '\\d', '\\s', '\\S', '\\D']));
    else items.push(esc(pick(chars)));
  }
  return '[' + (rnd(3) === 0 ? '^' : '') + items.join('') + ']';
}
let groups = 0;
const names = ['x', 'y', '$z'];
function atom(depth, u) {
  const r = rnd(depth > 2 ? 10 : 18);
  if (r < 4) return esc(pick(chars.slice(0, 6)));
  if (r < 5) return '.';
  if (r < 6) return cls(u);
  if (r < 7) return pick(['\\w', '\\W', '\\d', '\\s', '\\b', '\\B', '^', '$', '\\S']);
  if (r < 8) return groups > 0 ? '\\' + (1 + rnd(groups)) : 'a';
  if (r < 10) return pick(['a', 'b', 'ab', 'ba']);
  const body = () => disj(depth + 1, u);
  const g = rnd(8);
  if (g === 0) return '(?:' + body() + ')';
  if (g === 1) return '(?=' + body() + ')';
  if (g === 2) return '(?!' + body() + ')';
  if (g === 3) return '(?<=' + body() + ')';
  if (g === 4) return '(?<!' + body() + ')';
  groups++;
  if (g === 5 && names.length) { const nm = names.shift(); return '(?<' + nm + '>' + body() + ')'; }
  return '(' + body() + ')';
}
function term(depth, u) {
  let a = atom(depth, u);
  if (/^(\\b|\\B|\^|\$|\(\?<?[=!])/.test(a) && (a.startsWith('(?<') || u || !a.startsWith('(?'))) return a;
  const q = rnd(10);
  if (q < 5) return a;
  a += pick(['*', '+', '?', '{0,2}', '{1,3}', '{2}', '{0,1}', '*', '+']);
  if (rnd(3) === 0) a += '?';
  return a;
}
function alt(depth, u) { let s = ''; const n = rnd(4); for (let k = 0; k < n; k++) s += term(depth, u); return s || (rnd(2) ? 'a' : ''); }
function disj(depth, u) { let s = alt(depth, u); while (rnd(4) === 0) s += '|' + alt(depth, u); return s; }

const target = Number(process.argv[2] || 9000);
let made = 0, attempts = 0;
while (made < target) {
  groups = 0;
  names.length = 0; names.push('x', 'y', '$z');
  const u = rnd(3) === 0;
  const p = disj(0, u);
  let flags = (rnd(3) === 0 ? 'i' : '') + (rnd(5) === 0 ? 'm' : '') + (rnd(5) === 0 ? 's' : '') + (u ? 'u' : '') + (rnd(8) === 0 ? 'y' : '');
  const before = out.length;
  for (let k = 0; k < 3; k++) {
    const s = randInput();
    record(p, flags, s, flags.includes('y') ? rnd(s.length + 1) : 0);
  }
  made += out.length - before;
  if (++attempts > target * 20) break;
}
process.stdout.write(out.join('\n') + '\n');

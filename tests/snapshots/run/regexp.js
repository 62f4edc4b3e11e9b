// RegExp objects and the String methods that take patterns (ECMA-262 §22.2, §22.1.3).
const log = console.log;

// exec: captures, index/input/groups, non-participating groups, lastIndex with g.
const date = /(?<year>\d{4})-(?<month>\d{2})(?:-(?<day>\d{2}))?/g;
const text = 'from 2024-05-17 to 2025-01 and 1999-12-31';
let m;
while ((m = date.exec(text)) !== null) log(m.index, m[0], m.groups.year, m.groups.month, m.groups.day, date.lastIndex);
log(date.lastIndex, /(a)|(b)/.exec('b'));
log(/x(y)?/.exec('zzx'));

// match / matchAll.
log('a1b22c333'.match(/\d+/g), 'abc'.match(/z/g), 'abc'.match(/b/));
for (const r of 'k1=v1;k2=v2;k3='.matchAll(/(?<key>\w+)=(?<value>\w*)/g)) log(r.index, r.groups.key, JSON.stringify(r.groups.value));
const it = 'aXbX'.matchAll(/X/g);
log(Object.prototype.toString.call(it), [...it].map((r) => r.index));
try { 'x'.matchAll(/x/); } catch (e) { log(e.name, e.message); }

// replace: templates, named groups, callbacks with positions and groups, empty matches.
log('2024-05-17'.replace(/(\d+)-(\d+)-(\d+)/, '$3/$2/$1 [$&] <$`|$\'> $$ $0 $4 $10'));
log('2024-05-17'.replace(/(?<y>\d+)-(?<m>\d+)-(?<d>\d+)/, '$<d>.$<m>.$<y> $<nope>|'));
log('john.smith@example.com, jane@test.org'.replace(/(?<user>[\w.]+)@(?<host>[\w.]+)/g,
  (all, user, host, offset, input, groups) => `${groups.user.toUpperCase()} at ${host} (${offset}/${input.length})`));
log('abc'.replace(/x*/g, '-'), 'abc'.replace(/(?:)/g, '.'), 'aaa'.replace(/a/, 'b'), 'aaa'.replace(/a/g, () => 'c'));
log('a.b.c'.replaceAll('.', '$&$&'), 'a.b.c'.replaceAll(/\./g, (s, i) => i), 'xx'.replace('x', '$\''), 'abc'.replaceAll('', '_'));
try { 'x'.replaceAll(/x/, 'y'); } catch (e) { log(e.name, e.message); }

// search and split.
log('hello world'.search(/o\s/), 'hello'.search(/z/), 'a|b'.search('|'));
log('a, b ,c,,d'.split(/\s*,\s*/), 'a1b2c3'.split(/(\d)/), 'a1b2c3'.split(/\d/, 2), ''.split(/x/), ''.split(/(?:)/));
log('test'.split(/(?:)/), 'one  two three'.split(/\s+/), 'a-b_c'.split(/(-)|(_)/));

// sticky and lastIndex.
const tok = /\s*(\d+|[a-z]+|[^\s])/y;
const src = 'let x = 42 + y1;';
const tokens = [];
while (tok.lastIndex < src.length && (m = tok.exec(src))) tokens.push(m[1]);
log(tokens.join(' '), tok.lastIndex);
const sticky = /b/y;
log(sticky.test('ab'), sticky.lastIndex, (sticky.lastIndex = 1, sticky.test('ab')), sticky.lastIndex);
const g = /a/g;
g.lastIndex = 5;
log(g.test('aaa'), g.lastIndex, g.test('aaa'), g.lastIndex);

// d flag: indices with groups.
const withIndices = /(?<word>[a-z]+) (?<num>\d+)?/d.exec('xx abc 12');
log(withIndices.indices, withIndices.indices.groups);
log(/(?<a>x)|(?<b>y)/d.exec('y').indices.groups);

// flags, source, toString, the constructor.
const all = new RegExp('a/b\n', 'ygmisd');
log(all.flags, all.source, String(all), all.global, all.sticky, all.unicode, all.hasIndices, all.dotAll);
log(RegExp.prototype.source, RegExp.prototype.flags, RegExp.prototype.global, String(RegExp.prototype));
const orig = /q/gi;
log(RegExp(orig) === orig, new RegExp(orig) === orig, new RegExp(orig, 'm').flags, RegExp('a|b', 'g').test('xb'));
log(RegExp[Symbol.species] === RegExp, RegExp.length, RegExp.prototype.exec.length, Object.keys(/a/.exec('a')));
log(Object.getOwnPropertyNames(/a/), JSON.stringify(Object.getOwnPropertyDescriptor(/a/, 'lastIndex')));
for (const bad of [['(', ''], ['a', 'gg'], ['[b-a]', ''], ['\\p{Nope}', 'u']]) {
  try { new RegExp(...bad); } catch (e) { log(e.name, e.message); }
}
function literal() { return /abc/g; }
log(literal() === literal(), literal().lastIndex);

// Symbol protocols: objects with @@match/@@replace/@@split/@@search, and a subclass.
const custom = {
  [Symbol.match]: (s) => 'match:' + s,
  [Symbol.replace]: (s, r) => `replace:${s}:${r}`,
  [Symbol.search]: (s) => 'search:' + s,
  [Symbol.split]: (s, lim) => 'split:' + s + ':' + lim,
};
log('str'.match(custom), 'str'.replace(custom, 'R'), 'str'.search(custom), 'str'.split(custom, 3));
class Loud extends RegExp {
  exec(s) { const r = super.exec(s); if (r) r[0] = r[0].toUpperCase(); return r; }
}
log('a1b2'.replace(new Loud('[a-z]', 'g'), (x) => `<${x}>`), 'a1b2'.match(new Loud('[a-z]', 'g')), new Loud('x') instanceof RegExp);
log(/a/g, [/b/i], { re: /c\/d/m });

// Unicode mode and case-insensitive matching.
log('😀x😀'.match(/./gu), '😀'.match(/./g).length, /\u{1F600}/u.test('😀'), /ΣΑΣ/i.test('σας'), /\p{Lu}+/u.exec('abcDEFg')[0]);
log('😀😀'.split(/(?:)/u), 'aaa'.lastIndexOf('a'), /^.$/s.test('\n'), /^b/m.test('a\nb'));

using Aot.Engine.Tests.Interpreting;
using Xunit;

namespace Aot.Engine.Tests.Builtins;

/// <summary>The RegExp built-in (ECMA-262 §22.2.4-22.2.9) and the String methods that take patterns (§22.1.3).
/// Expected values are node's, except where node 20 predates the spec: the order `flags` reads unicodeSets and
/// sticky in (ES2024), and duplicate named groups (ES2025).</summary>
public sealed class RegExpBuiltinTests
{
    [Theory]
    [InlineData(@"var log = []; var o = {}; ['hasIndices','global','ignoreCase','multiline','dotAll','unicode','unicodeSets','sticky'].forEach(k => Object.defineProperty(o, k, { get() { log.push(k); return true; } })); Object.getOwnPropertyDescriptor(RegExp.prototype, 'flags').get.call(o) + ':' + log.join()", @"dgimsuvy:hasIndices,global,ignoreCase,multiline,dotAll,unicode,unicodeSets,sticky")]
    [InlineData(@"var re = /a/g; re.lastIndex = { valueOf() { return 1; } }; [re.exec('aba').index, re.lastIndex].join()", @"2,3")]
    [InlineData(@"var re = /a/; re.lastIndex = 7; [re.exec('a').index, re.lastIndex].join()", @"0,7")]
    [InlineData(@"var re = /a/y; Object.defineProperty(re, 'lastIndex', { writable: false }); try { re.exec('b'); 'no' } catch (e) { e.name }", @"TypeError")]
    [InlineData(@"var re = /a/; Object.defineProperty(re, 'lastIndex', { writable: false, value: 0 }); re.exec('b') === null", @"true")]
    [InlineData(@"var o = { [Symbol.match]: true, source: 'b+', flags: 'g' }; var r = new RegExp(o); r.source + '/' + r.flags", @"b+/g")]
    [InlineData(@"var o = { [Symbol.match]: true, constructor: RegExp }; RegExp(o) === o", @"true")]
    [InlineData(@"var re = /x/; re[Symbol.match] = false; 'a/x/b'.includes ? [RegExp(re) === re].join() : ''", @"false")]
    [InlineData(@"var re = /a/g; re.exec = function (s) { return null; }; 'aaa'.replace(re, 'b')", @"aaa")]
    [InlineData(@"var calls = 0; var re = /a/g; re.exec = function (s) { calls++; return calls < 3 ? { 0: 'a', index: calls, length: 1 } : null; }; 'xaaa'.replace(re, '[$&]') + calls", @"x[a][a]a3")]
    [InlineData(@"var re = /./g; re.exec = function () { return { length: 2, 0: 'x', 1: 'y', index: 0, groups: { n: 'G' } }; }; var once = false; var orig = re.exec; re.exec = function () { if (once) return null; once = true; return orig(); }; 'abc'.replace(re, '$1$<n>')", @"yGbc")]
    [InlineData(@"'abc'.replace(/b/, '$0$00$01$1$$$')", @"a$0$00$01$1$$c")]
    [InlineData(@"'abc'.replace(/(b)/, '$01|$10|$2|$<x>')", @"ab|b0|$2|$<x>c")]
    [InlineData(@"'abcdefghijkl'.replace(/(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)/, '$11-$10-$1$01$011')", @"k-j-aaa1l")]
    [InlineData(@"'aaaa'.replace(/(?<x>a)/g, '$<x>$<x')", @"a$<xa$<xa$<xa$<x")]
    [InlineData(@"var re = /b/; re.lastIndex = 3; ['abc'.search(re), re.lastIndex].join()", @"1,3")]
    [InlineData(@"var re = /b/g; re.lastIndex = 2; ['abc'.search(re), re.lastIndex].join()", @"1,2")]
    [InlineData(@"'A-B-C'.split(/-/, 2).join('|') + ';' + 'A-B-C'.split(/(-)/, 4).join('|')", @"A|B;A|-|B|-")]
    [InlineData(@"var log = []; class R extends RegExp { constructor(p, f) { log.push(f); super(p, f); } static get [Symbol.species]() { return R; } } new R('-', 'g')[Symbol.split]('a-b'); log.join()", @"g,gy")]
    [InlineData(@"'\ud83d\ude00'.split(/(?:)/u).length + ',' + '\ud83d\ude00'.split(/(?:)/).length", @"1,2")]
    [InlineData(@"var it = /a/g[Symbol.matchAll]('aa'); var a = it.next(), b = it.next(), c = it.next(); [a.value.index, b.value.index, c.done, Object.getPrototypeOf(Object.getPrototypeOf(it)) === Object.getPrototypeOf(Object.getPrototypeOf([].values()))].join()", @"0,1,true,true")]
    [InlineData(@"var it = 'ab'.matchAll('.'); [...it].map(m => m[0]).join()", @"a,b")]
    [InlineData(@"var re = /a/g; re.lastIndex = 1; var it = re[Symbol.matchAll]('aaa'); [re.lastIndex, [...it].length].join()", @"1,2")]
    [InlineData(@"[...'a,b'.matchAll({ [Symbol.matchAll]: undefined, toString() { return ','; } })].length", @"1")]
    [InlineData(@"var re = /(?:)/g; var n = 0; for (const m of 'abc'.matchAll(re)) n++; n", @"4")]
    [InlineData(@"var re = /a/; re.compile('b', 'g'); [re.source, re.flags, re.lastIndex, re.test('abc')].join()", @"b,g,0,true")]
    [InlineData(@"var re = /a/; try { re.compile(/b/, 'g'); 'no' } catch (e) { e.name }", @"TypeError")]
    [InlineData(@"[/\//.source, new RegExp('/').source, new RegExp('[/]').source, new RegExp('\\/').source, RegExp('').source, String(new RegExp('\n'))].join(' ')", @"\/ \/ [/] \/ (?:) /\n/")]
    [InlineData(@"[typeof RegExp.prototype.global, RegExp.prototype.toString(), Object.prototype.toString.call(/x/)].join()", @"undefined,/(?:)/,[object RegExp]")]
    [InlineData(@"try { Object.getOwnPropertyDescriptor(RegExp.prototype, 'global').get.call({}); 'no' } catch (e) { e.name }", @"TypeError")]
    [InlineData(@"try { RegExp.prototype.exec.call({}, 'a'); 'no' } catch (e) { e.name }", @"TypeError")]
    [InlineData(@"var o = { exec() { return { 0: 'q', index: 0, length: 1 }; } }; RegExp.prototype.test.call(o, 'x')", @"true")]
    [InlineData(@"try { RegExp.prototype.test.call({ exec() { return 1; } }, 'x'); 'no' } catch (e) { e.name }", @"TypeError")]
    [InlineData(@"var log = []; var o = { get flags() { log.push('flags'); return 'g'; }, get [Symbol.replace]() { log.push('replace'); return () => 'R'; }, [Symbol.match]: true }; 'x'.replaceAll(o, 'y') + log.join()", @"Rflags,replace")]
    [InlineData(@"try { 'x'.replaceAll({ [Symbol.match]: true, flags: undefined }, 'y'); 'no' } catch (e) { e.name }", @"TypeError")]
    [InlineData(@"'abc'.match({ [Symbol.match]: undefined, toString() { return 'b'; } })[0]", @"b")]
    [InlineData(@"'a+b'.split('+').join() + ';' + 'abc'.split('', 2).join() + ';' + 'abc'.split(undefined).length + ';' + 'abc'.split('b', 0).length", @"a,b;a,b;1;0")]
    [InlineData(@"var a = /(?<a>x)|(?<a>y)/.exec('y'); [a.groups.a, Object.keys(a.groups).length].join()", @"y,1")]
    [InlineData(@"var r = /(?<year>\d+)/d.exec('in 2024'); [r.indices[0], r.indices.groups.year].join('|')", @"3,7|3,7")]
    [InlineData(@"var r = /a(b)?/d.exec('a'); [r.indices.length, r.indices[1], r.indices.groups].join('|')", @"2||")]
    [InlineData(@"new RegExp('a', 'dgimsuy').flags + new RegExp('a', 'v').flags + /a/v.unicodeSets", @"dgimsuyvtrue")]
    [InlineData(@"[/a/ instanceof RegExp, RegExp.prototype.constructor === RegExp, Object.getPrototypeOf(/a/) === RegExp.prototype].join()", @"true,true,true")]
    [InlineData(@"var f = () => /a/; f() !== f() && f().source === 'a'", @"true")]
    [InlineData(@"'aBc'.replace(/b/i, x => x + x) + 'x'.replace(/(y)?x/, (m, p1) => typeof p1)", @"aBBcundefined")]
    [InlineData(@"var s = ''; for (var i = 0; i < 3; i++) s += /\d/g.test('1'); s", @"truetruetrue")]
    [InlineData(@"Object.getOwnPropertyNames(RegExp.prototype).sort().join()", @"compile,constructor,dotAll,exec,flags,global,hasIndices,ignoreCase,multiline,source,sticky,test,toString,unicode,unicodeSets")]
    [InlineData(@"[RegExp.prototype[Symbol.split].name, RegExp.prototype[Symbol.replace].length, Object.getOwnPropertyDescriptor(RegExp.prototype, 'flags').get.name].join()", @"[Symbol.split],2,get flags")]
    [InlineData(@"JSON.stringify('x'.match(/x/g)) + JSON.stringify('xyz'.match(/(?<n>y)/).groups)", @"[""x""]{""n"":""y""}")]
    [InlineData(@"class R extends RegExp {} var r = new R('b', 'g'); [r instanceof R, r.constructor === R, 'abcb'.replace(r, '-'), Object.getPrototypeOf(r[Symbol.matchAll]('b').next().value) === Array.prototype].join()", @"true,true,a-c-,true")]
    public void Evaluates(string source, string expected) => Assert.Equal(expected, Js.Eval(source));

    [Theory]
    [InlineData("new RegExp('(')", "SyntaxError: Invalid regular expression: /(/: Unterminated group")]
    [InlineData("new RegExp('a', 'gg')", "SyntaxError: Invalid flags supplied to RegExp constructor 'gg'")]
    [InlineData("new RegExp('a', 'uv')", "SyntaxError: Invalid flags supplied to RegExp constructor 'uv'")]
    [InlineData("'x'.matchAll(/x/)", "TypeError: String.prototype.matchAll called with a non-global RegExp argument")]
    [InlineData("'x'.replaceAll(/x/, '')", "TypeError: String.prototype.replaceAll called with a non-global RegExp argument")]
    [InlineData("RegExp.prototype.exec.call(1, '')", "TypeError: Method RegExp.prototype.exec called on incompatible receiver 1")]
    [InlineData("RegExp.prototype.toString.call(1)", "TypeError: RegExp.prototype.toString called on non-object 1")]
    [InlineData("String.prototype.match.call(null, /a/)", "TypeError: String.prototype.match called on null or undefined")]
    [InlineData("var re = /a/g; Object.freeze(re); re.exec('b')", "TypeError: Cannot assign to read only property 'lastIndex' of object '/a/g'")]
    public void Throws(string source, string expected) => Assert.Equal(expected, Js.Throws(source));
}

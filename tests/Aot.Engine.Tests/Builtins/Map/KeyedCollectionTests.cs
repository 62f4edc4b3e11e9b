using Aot.Engine.Tests.Interpreting;
using Xunit;

namespace Aot.Engine.Tests.Builtins;

/// <summary>Map, Set, WeakMap, WeakSet, WeakRef (ECMA-262 §24, §26.1).</summary>
public sealed class KeyedCollectionTests
{
    [Theory]
    [InlineData("var m = new Map([[1,'a'],[NaN,'n'],[-0,'z']]); [m.get(NaN), m.get(0), m.size, [...m.keys()].join(), Object.is([...m.keys()][2], 0)].join()", "n,z,3,1,NaN,0,true")]
    [InlineData("var s = new Set([1,2,3]), out = []; for (const x of s) { if (x === 1) { s.delete(2); s.add(4); } out.push(x); } out.join()", "1,3,4")]
    [InlineData("var m = new Map(); for (let i = 0; i < 100; i++) m.set(i, i); var it = m.keys(); it.next(); for (let i = 0; i < 90; i++) m.delete(i); [it.next().value, m.size].join()", "90,10")]
    [InlineData("var s = new Set([1,2]); var it = s.values(); s.clear(); s.add(7); it.next().value", "7")]
    [InlineData("var s = new Set([1]); var it = s.values(); it.next(); it.next(); s.add(2); it.next().done", "true")]
    [InlineData("var out = []; var m = new Map([[1,1],[2,2]]); m.forEach((v, k, map) => { out.push(k); if (k === 1) { map.delete(2); map.set(3, 3); } }); out.join()", "1,3")]
    [InlineData("Object.prototype.toString.call(new Map().entries()) + Object.prototype.toString.call(new Set().values())", "[object Map Iterator][object Set Iterator]")]
    [InlineData("Map[Symbol.species] === Map && Set[Symbol.species] === Set", "true")]
    [InlineData("Set.prototype.keys === Set.prototype.values && Set.prototype[Symbol.iterator] === Set.prototype.values && Map.prototype[Symbol.iterator] === Map.prototype.entries", "true")]
    [InlineData("[...new Set([1,2,3]).union(new Set([3,4]))].join()", "1,2,3,4")]
    [InlineData("[...new Set([1,2,3]).intersection(new Set([3,2,9]))].join()", "2,3")]
    [InlineData("[...new Set([1,2,3]).difference(new Set([2]))].join()", "1,3")]
    [InlineData("[...new Set([1,2]).symmetricDifference(new Set([2,3]))].join()", "1,3")]
    [InlineData("[new Set([1]).isSubsetOf(new Set([1,2])), new Set([1,2]).isSupersetOf(new Set([1])), new Set([1]).isDisjointFrom(new Set([2]))].join()", "true,true,true")]
    [InlineData("[...new Set([1,2]).union(new Map([[5,'x']]))].join()", "1,2,5")]
    [InlineData("var log = []; var other = { get size() { log.push('size'); return 1; }, get has() { log.push('has'); return () => true; }, get keys() { log.push('keys'); return () => [].values(); } }; new Set([1]).intersection(other); log.join()", "size,has,keys")]
    [InlineData("var g = Map.groupBy([1,2,3,4], x => x % 2 ? 'odd' : 'even'); g.get('odd').join() + '|' + g.get('even').join()", "1,3|2,4")]
    [InlineData("var wm = new WeakMap(), k = {}; wm.set(k, 5); [wm.get(k), wm.has({}), new WeakSet([k]).has(k), new WeakRef(k).deref() === k, wm.delete(k), wm.has(k)].join()", "5,false,true,true,true,false")]
    [InlineData("new WeakMap().set(Symbol('s'), 1).has(Symbol('t'))", "false")]
    [InlineData("Map.length + ',' + Set.length + ',' + Map.prototype.set.length + ',' + Set.prototype.union.length + ',' + Map.groupBy.length", "0,0,2,1,2")]
    [InlineData("var c = 0; class M extends Map { set(k, v) { c++; return super.set(k, v); } } new M([[1,2],[3,4]]); c", "2")]
    public void Evaluates(string source, string expected) => Assert.Equal(expected, Js.Eval(source));

    [Theory]
    [InlineData("Map()", "TypeError: Constructor Map requires 'new'")]
    [InlineData("new Map([1])", "TypeError: Iterator value 1 is not an entry object")]
    [InlineData("Map.prototype.get.call({}, 1)", "TypeError: Method Map.prototype.get called on incompatible receiver #<Object>")]
    [InlineData("new WeakMap().set(1, 1)", "TypeError: Invalid value used as weak map key")]
    [InlineData("new WeakSet().add(Symbol.for('x'))", "TypeError: Invalid value used in weak set")]
    [InlineData("new Set().union({size: -1, has() {}, keys() {}})", "RangeError: '-1' is an invalid size")]
    [InlineData("new Set().union({size: undefined, has() {}, keys() {}})", "TypeError: The 'size' property must be a number")]
    public void Throws(string source, string expected) => Assert.Equal(expected, Js.Throws(source));
}

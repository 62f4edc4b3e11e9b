using Aot.Engine.Tests.Interpreting;
using Xunit;

namespace Aot.Engine.Tests.Builtins;

/// <summary>The Array.prototype methods of ES2019-ES2023 (ECMA-262 §23.1.3), against node's output.</summary>
public sealed class ArrayLibraryTests
{
    [Theory]
    [InlineData("[1,[2,[3,[4]]]].flat(Infinity).join()", "1,2,3,4")]
    // Appending after trailing holes (the dense store is shorter than length).
    [InlineData("[1, 2, 3, 4, , 5].at(-1) + ',' + [1, , ].length", "5,2")]
    [InlineData("const b = [1, , ]; b.push(7); b.length + ',' + (1 in b) + ',' + b[2]", "3,false,7")]
    [InlineData("const d = []; d.length = 3; d.push(9); d.length + ',' + d[3] + ',' + (0 in d)", "4,9,false")]
    [InlineData("[1,[2,[3]]].flat().length", "3")]
    [InlineData("[1,,[2,,3]].flat().join()", "1,2,3")]
    [InlineData("[1,2].flatMap(x => [x, x * 2]).join()", "1,2,2,4")]
    [InlineData("[1,2,3,4,5].copyWithin(0, 3).join()", "4,5,3,4,5")]
    [InlineData("[1,2,3,4,5].copyWithin(1, 0, 3).join()", "1,1,2,3,5")]
    [InlineData("[1,2,3].findLast(x => x < 3) + ',' + [1,2,3].findLastIndex(x => x > 5)", "2,-1")]
    [InlineData("[3,1,2].toSorted().join() + '|' + [1,2,3].toReversed().join()", "1,2,3|3,2,1")]
    [InlineData("[,1,undefined,3].toSorted().length + ',' + (2 in [,1,undefined].toSorted())", "4,true")]
    [InlineData("[1,2,3,4].toSpliced(1, 2, 'a').join() + '|' + [1,2,3].toSpliced(1).join() + '|' + [1,2].toSpliced().join()", "1,a,4|1|1,2")]
    [InlineData("[1,2,3].with(-1, 9).join()", "1,2,9")]
    [InlineData("[1,2,3].reduceRight((a, b) => a + '' + b)", "321")]
    [InlineData("[1234.5, 'x', null].toLocaleString()", "1,234.5,x,")]
    [InlineData("Object.keys(Array.prototype[Symbol.unscopables]).length + ',' + Object.getPrototypeOf(Array.prototype[Symbol.unscopables])", "16,null")]
    [InlineData("[5,1,10].sort().join() + '|' + [5,1,10].sort((a, b) => a - b).join()", "1,10,5|1,5,10")]
    [InlineData("[{k:1,v:'a'},{k:0,v:'b'},{k:1,v:'c'},{k:0,v:'d'}].toSorted((x, y) => x.k - y.k).map(x => x.v).join('')", "bdac")]
    [InlineData("class A extends Array {} ; new A(1, 2).flat() instanceof A", "true")]
    [InlineData("Array.prototype.with.length + ',' + Array.prototype.toSpliced.length + ',' + Array.prototype.flat.length + ',' + Array.prototype.copyWithin.length", "2,2,0,2")]
    public void Evaluates(string source, string expected) => Assert.Equal(expected, Js.Eval(source));

    [Theory]
    [InlineData("[1].with(5, 0)", "RangeError: Invalid index : 5")]
    [InlineData("[].reduceRight((a, b) => a)", "TypeError: Reduce of empty array with no initial value")]
    [InlineData("[1, 2].toSorted((a, b) => { throw new Error('cmp'); })", "Error: cmp")]
    [InlineData("[1].toSorted('x')", "TypeError: The comparison function must be either a function or undefined")]
    public void Throws(string source, string expected) => Assert.Equal(expected, Js.Throws(source));
}

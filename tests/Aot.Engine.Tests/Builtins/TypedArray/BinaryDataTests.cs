using Aot.Engine.Tests.Interpreting;
using Xunit;

namespace Aot.Engine.Tests.Builtins;

/// <summary>ArrayBuffer, SharedArrayBuffer, DataView, typed arrays, Atomics, BigInt (ECMA-262 §21.2, §23.2, §25).</summary>
public sealed class BinaryDataTests
{
    [Theory]
    // Element conversions (§25.1.3.18 NumericToRawBytes) and the integer-indexed exotic object.
    [InlineData("var a = new Uint8Array([1, 256, -1, 1.9]); a.join()", "1,0,255,1")]
    [InlineData("var a = new Int8Array([127, 128, -129]); a.join()", "127,-128,127")]
    [InlineData("var a = new Uint8ClampedArray([300, -5, 1.5, 2.5, 0.5]); a.join()", "255,0,2,2,0")]
    [InlineData("var a = new Int16Array(2); a[0] = 40000; a[1] = -1; a.join()", "-25536,-1")]
    [InlineData("var a = new Uint32Array([-1]); a[0]", "4294967295")]
    [InlineData("var a = new Float32Array([1.1]); a[0] === Math.fround(1.1)", "true")]
    [InlineData("var a = new Float16Array([1.1, 65520, 5e-8]); [a[0], a[1], a[2]].join()", "1.099609375,Infinity,5.960464477539063e-8")]
    [InlineData("[Math.f16round(1.337), Math.f16round(65504), Math.f16round(-0) === 0 && 1 / Math.f16round(-0)].join()", "1.3369140625,65504,-Infinity")]
    [InlineData("var a = new BigInt64Array([2n ** 63n, -1n]); a.join()", "-9223372036854775808,-1")]
    [InlineData("var a = new BigUint64Array([-1n]); String(a[0])", "18446744073709551615")]
    [InlineData("var a = new Uint8Array(2); a[5] = 1; a['-0'] = 1; a[1.5] = 1; [a.length, a[5], a['-0'], Object.keys(a).join('|'), 5 in a, '1' in a].join()", "2,,,0|1,false,true")]
    [InlineData("var a = new Uint8Array(2); a.foo = 1; JSON.stringify(Object.getOwnPropertyNames(a))", "[\"0\",\"1\",\"foo\"]")]
    [InlineData("var a = new Uint8Array(2); [Object.defineProperty(a, '0', {value: 7}) === a, a[0], delete a[0], delete a[2]].join()", "true,7,false,true")]
    [InlineData("var p = new Uint8Array([9]); var o = Object.create(p); o[0] = 5; o[3] = 4; [p[0], o.hasOwnProperty(0), o[3], o.hasOwnProperty(3)].join()", "9,true,,false")]
    // Views share the buffer.
    [InlineData("var b = new ArrayBuffer(8); var u = new Uint8Array(b, 4); var i = new Int32Array(b); u[0] = 1; u[3] = 128; [i[1], u.length, u.byteOffset, i.byteLength].join()", "-2147483647,4,4,8")]
    [InlineData("var d = new DataView(new ArrayBuffer(8)); d.setUint16(0, 0x1234); d.setFloat64(0, 1.5, true); [d.getUint8(7), d.getFloat64(0, true), d.getInt8(6)].join()", "63,1.5,-8")]
    [InlineData("var d = new DataView(new ArrayBuffer(8)); d.setBigInt64(0, -2n); [d.getBigUint64(0), d.getUint8(7), d.getFloat16 === undefined].join()", "18446744073709551614,254,false")]
    // Prototype methods.
    [InlineData("var a = new Int32Array([3, 1, 2]); [a.map(x => x * 2).join(), a.filter(x => x > 1).join(), a.reduce((s, x) => s + x), a.indexOf(2), a.includes(4)].join('|')", "6,2,4|3,2|6|2|false")]
    [InlineData("var a = new Float64Array([3, NaN, -0, 0, -1]); a.sort(); Array.from(a, x => Object.is(x, -0) ? '-0' : String(x)).join()", "-1,-0,0,3,NaN")]
    [InlineData("var a = new Uint8Array([1, 2, 3, 4]); [a.sort((x, y) => y - x).join(), a.toSorted().join(), a.toReversed().join(), a.with(-1, 9).join(), a.join()].join('|')", "4,3,2,1|1,2,3,4|1,2,3,4|4,3,2,9|4,3,2,1")]
    [InlineData("var a = new Uint8Array([1, 2, 3, 4, 5]); a.copyWithin(0, 3); a.fill(9, 4); [a.join(), a.subarray(1, 3).join(), a.slice(-2).join(), a.at(-1)].join('|')", "4,5,3,4,9|5,3|4,9|9")]
    [InlineData("var a = new Uint8Array(4); a.set([1, 2], 1); a.set(new Uint16Array([258]), 3); a.join()", "0,1,2,2")]
    [InlineData("var a = new Uint8Array([1, 2, 3, 4]); a.set(a.subarray(0, 3), 1); a.join()", "1,1,2,3")]
    [InlineData("var b = new Uint8Array([1, 2, 3, 4]); var w = new Uint16Array(b.buffer, 0, 1); b.set(w, 1); b.join()", "1,1,3,4")]
    [InlineData("[...new Uint8Array([5, 6]).entries()].join('|') + ';' + [...new Int8Array([-1]).keys()] + ';' + Array.prototype.map.call(new Uint8Array([1, 2]), x => x + 1)", "0,5|1,6;0;2,3")]
    [InlineData("Object.prototype.toString.call(new Uint8Array(1)) + new Float32Array(0)[Symbol.toStringTag] + JSON.stringify(new Uint8Array([1, 2]))", "[object Uint8Array]Float32Array{\"0\":1,\"1\":2}")]
    [InlineData("class Bytes extends Uint8Array {} var b = new Bytes(3); [b instanceof Uint8Array, b.map(x => x) instanceof Bytes, b.subarray(1).constructor === Bytes, Bytes.BYTES_PER_ELEMENT].join()", "true,true,true,1")]
    [InlineData("[Uint8Array.from({length: 2, 0: 7}).join(), Int16Array.of(1, -1).join(), Uint8Array.from(new Set([3, 4]), x => x * 2).join()].join('|')", "7,0|1,-1|6,8")]
    [InlineData("Object.getPrototypeOf(Int8Array) === Object.getPrototypeOf(Uint8Array) && Object.getPrototypeOf(Int8Array.prototype) === Object.getPrototypeOf(Float64Array).prototype", "true")]
    // Resizable buffers, length-tracking views, transfer and detachment.
    [InlineData("var b = new ArrayBuffer(4, {maxByteLength: 16}); var t = new Uint8Array(b); var f = new Uint8Array(b, 0, 4); b.resize(8); var l1 = t.length; b.resize(2); [l1, t.length, f.length, f.byteOffset, b.resizable, b.maxByteLength].join()", "8,2,0,0,true,16")]
    [InlineData("var b = new ArrayBuffer(4); var u = new Uint8Array(b); u[0] = 42; var c = b.transfer(8); [b.detached, b.byteLength, u.length, u[0], c.byteLength, new Uint8Array(c)[0], c.resizable].join()", "true,0,0,,8,42,false")]
    [InlineData("var b = new ArrayBuffer(4, {maxByteLength: 8}); [b.transfer().resizable, new ArrayBuffer(1, {maxByteLength: 2}).transferToFixedLength().resizable].join()", "true,false")]
    [InlineData("var b = new ArrayBuffer(8); new Uint8Array(b).set([1, 2, 3, 4]); var s = b.slice(1, -5); [s.byteLength, new Uint8Array(s).join(), ArrayBuffer.isView(new DataView(b)), ArrayBuffer.isView(b)].join()", "2,2,3,true,false")]
    [InlineData("var s = new SharedArrayBuffer(2, {maxByteLength: 4}); s.grow(4); [s.byteLength, s.growable, Object.prototype.toString.call(s)].join()", "4,true,[object SharedArrayBuffer]")]
    [InlineData("var b = new ArrayBuffer(4, {maxByteLength: 8}); var t = new Uint8Array(b); t.set([0, 1, 2, 3]); t.copyWithin({valueOf() { b.resize(3); return 2; }}, 1); t.join()", "0,1,1")]
    [InlineData("var f = new Uint8Array(new ArrayBuffer(2, {maxByteLength: 4}), 0, 2); var r; try { Object.preventExtensions(f); r = 'no'; } catch (e) { r = e.constructor.name; } [r, Object.isExtensible(f), Object.isFrozen(Object.freeze(new Uint8Array(0)))].join()", "TypeError,true,true")]
    [InlineData("var a = new Uint8Array(2); a.x = 1; var k = []; for (var p in a) k.push(p); k.join()", "0,1,x")]
    // Atomics on this single-threaded agent.
    [InlineData("var a = new Int32Array(new SharedArrayBuffer(8)); [Atomics.add(a, 0, 5), Atomics.sub(a, 0, 2), Atomics.exchange(a, 0, 7), Atomics.compareExchange(a, 0, 7, 1), Atomics.load(a, 0), Atomics.or(a, 1, 6), Atomics.and(a, 1, 3), Atomics.xor(a, 1, 1), a[1]].join()", "0,5,3,7,1,0,6,2,3")]
    [InlineData("var a = new Int32Array(new SharedArrayBuffer(4)); [Atomics.wait(a, 0, 1), Atomics.wait(a, 0, 0, 0), Atomics.notify(a, 0), Atomics.isLockFree(4)].join()", "not-equal,timed-out,0,true")]
    [InlineData("var a = new BigInt64Array(2); Atomics.store(a, 1, -3n); String(Atomics.add(a, 1, 1n)) + ',' + a[1]", "-3,-2")]
    // Uint8Array base64 / hex.
    [InlineData("[new Uint8Array([251, 255]).toBase64(), new Uint8Array([251, 255]).toBase64({alphabet: 'base64url', omitPadding: true}), Uint8Array.fromBase64('+/8=').join(), Uint8Array.fromHex('0aFf').join(), new Uint8Array([10, 255]).toHex()].join('|')", "+/8=|-_8|251,255|10,255|0aff")]
    [InlineData("var t = new Uint8Array(2); var r = t.setFromBase64('AQID'); [r.read, r.written, t.join()].join()", "0,0,0,0")]
    [InlineData("var t = new Uint8Array(4); var r = t.setFromHex('0102'); [r.read, r.written, t.join()].join()", "4,2,1,2,0,0")]
    // BigInt.
    [InlineData("[BigInt(10), BigInt('0x10'), BigInt(true), BigInt.asIntN(8, 255n), BigInt.asUintN(8, -1n), (255n).toString(16), typeof Object(1n).valueOf()].join()", "10,16,1,-1,255,ff,bigint")]
    public void Evaluates(string source, string expected) => Assert.Equal(expected, Js.Eval(source));

    [Theory]
    [InlineData("Uint8Array(1)", "TypeError: Constructor Uint8Array requires 'new'")]
    [InlineData("new (Object.getPrototypeOf(Uint8Array))()", "TypeError: Abstract class TypedArray not directly constructable")]
    [InlineData("new Uint8Array(-1)", "RangeError: Invalid typed array length: -1")]
    [InlineData("new Int32Array(new ArrayBuffer(6))", "RangeError: byte length of Int32Array should be a multiple of 4")]
    [InlineData("new Int32Array(new ArrayBuffer(8), 2)", "RangeError: start offset of Int32Array should be a multiple of 4")]
    [InlineData("new BigInt64Array([1])", "TypeError: Cannot convert 1 to a BigInt")]
    [InlineData("new Uint8Array(new BigInt64Array(1))", "TypeError: Cannot mix BigInt and other types, use explicit conversions")]
    [InlineData("var b = new ArrayBuffer(4); var u = new Uint8Array(b); b.transfer(); u.fill(0)", "TypeError: Cannot perform %TypedArray%.prototype.fill on a detached ArrayBuffer")]
    [InlineData("var b = new ArrayBuffer(4, {maxByteLength: 4}); var u = new Uint8Array(b, 0, 4); b.resize(2); u.join()", "TypeError: Cannot perform %TypedArray%.prototype.join on an out-of-bounds TypedArray")]
    [InlineData("new ArrayBuffer(4, {maxByteLength: 4}).resize(5)", "RangeError: ArrayBuffer.prototype.resize: Invalid length parameter")]
    [InlineData("new DataView(new ArrayBuffer(2)).getInt32(0)", "RangeError: Offset is outside the bounds of the DataView")]
    [InlineData("new Uint8Array(2).set([1, 2, 3])", "RangeError: offset is out of bounds")]
    [InlineData("Atomics.add(new Float64Array(1), 0, 1)", "TypeError: [object Float64Array] is not an integer typed array.")]
    [InlineData("Atomics.wait(new Int32Array(4), 0, 0, 0)", "TypeError: [object Int32Array] is not a shared typed array.")]
    [InlineData("Uint8Array.fromBase64('A')", "SyntaxError: Invalid base64 string")]
    [InlineData("BigInt(1.5)", "RangeError: The number 1.5 cannot be converted to a BigInt because it is not an integer")]
    public void Throws(string source, string expected) => Assert.Equal(expected, Js.Throws(source));
}

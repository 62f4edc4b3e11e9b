// Generates number-cases.jsonl: one JSON array per line, [kind, ...inputs, expected].
// Doubles are given as 16 hex digits of their IEEE-754 bits so inputs are exact.
// Run with node v20: node generate-number-data.js > number-cases.jsonl
'use strict';
let seed = 12345;
function rnd() { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; }
function rint(n) { return Math.floor(rnd() * n); }
const f64 = new Float64Array(1), u64 = new BigUint64Array(f64.buffer);
const hex = (x) => { f64[0] = x; return u64[0].toString(16).padStart(16, '0'); };
function randomDouble(minExp, maxExp) {
  const e = minExp + rnd() * (maxExp - minExp);
  let x = Math.pow(10, e) * (1 + rnd());
  if (rint(3) === 0) x = Number(x.toPrecision(1 + rint(17)));  // short decimal
  if (rint(2) === 0) x = -x;
  return x;
}
function randomBits() {
  u64[0] = BigInt(rint(2 ** 31)) << 33n | BigInt(rint(2 ** 31)) << 2n | BigInt(rint(4));
  return f64[0];
}
const out = [];
const emit = (...a) => out.push(JSON.stringify(a));
const specials = [0, -0, NaN, Infinity, -Infinity, 1, -1, 0.1, 0.5, 1.5, 2.5, 1e21, 1e-7, 1e-6, 123456789012345680000,
  5e-324, 1.7976931348623157e308, 2 ** 53, 2 ** 53 + 2, 0.000001, 1.25, 1.35, 1.45, 8.345, 1.005, 123.456, 1e20, 9.999999999999999e20,
  4.35, 0.3, 2 ** 31, 2 ** 32, -(2 ** 31), 2 ** 63, 2 ** 64, 1e100, 1e-100, 0.000123, 25, 1e-10, 3.14159, 255, 4294967295.5, -2.5, -0.5, 0.49999999999999994];
const doubles = specials.slice();
for (let i = 0; i < 1500; i++) doubles.push(randomDouble(-25, 25));
for (let i = 0; i < 400; i++) doubles.push(randomDouble(-330, 308));
for (let i = 0; i < 300; i++) doubles.push(randomBits());
for (let i = 0; i < 200; i++) doubles.push((rint(2) ? 1 : -1) * rint(2 ** 30) / 2 ** rint(40));
for (const x of doubles) emit('toString', hex(x), x.toString());
for (let i = 0; i < doubles.length; i++) {
  const x = doubles[i];
  for (let k = 0; k < 1; k++) { const r = 2 + rint(35); emit('toRadix', hex(x), r, x.toString(r)); }
}
for (const r of [2, 3, 7, 8, 16, 36]) for (const x of specials) emit('toRadix', hex(x), r, x.toString(r));
for (const x of doubles) {
  const digits = rint(4) === 0 ? rint(101) : rint(21);
  emit('toFixed', hex(x), digits, x.toFixed(digits));
  const ed = rint(5) === 0 ? null : (rint(4) === 0 ? rint(101) : rint(21));
  emit('toExponential', hex(x), ed, ed === null ? x.toExponential() : x.toExponential(ed));
  const p = rint(4) === 0 ? 1 + rint(100) : 1 + rint(21);
  emit('toPrecision', hex(x), p, x.toPrecision(p));
}
for (const x of specials) for (const d of [0, 1, 2, 5, 20, 100]) {
  emit('toFixed', hex(x), d, x.toFixed(d));
  emit('toExponential', hex(x), d, x.toExponential(d));
  emit("toPrecision", hex(x), Math.min(d + 1, 100), x.toPrecision(Math.min(d + 1, 100)));
}
// String -> number
const strs = ['', ' ', '  12  ', '\t\n\v\f\r \u00a0\u1680\u2000\u200a\u2028\u2029\u202f\u205f\u3000\ufeff42\ufeff', '\u180e1', '\u200b1',
  'Infinity', '+Infinity', '-Infinity', 'infinity', 'INFINITY', ' -Infinity ', 'Infinityx', '1e1000', '-1e1000', '1e-400', '-1e-400',
  '0x10', '0X1f', '-0x10', '+0x10', '0x', '0o17', '0O17', '0b101', '0B2', '0o8', '0xg', '0x1_0', '1_000', '1e', '1e+', '.', '.5', '5.', '+.5', '-.5e1',
  '-0', '+0', '0', '00', '007', '08', '1.e5', '.e5', 'e5', '1E5', '1e-5', '12abc', 'abc', '0.0000001', '123456789012345678901234567890',
  '0x1fffffffffffff', '0x20000000000001', '0x20000000000003', '0xfffffffffffffbff', '0xfffffffffffffc00', '0x' + 'f'.repeat(300),
  '2.2250738585072011e-308', '2.2250738585072012e-308', '4.9406564584124654e-324', '2.4703282292062327e-324', '2.4703282292062328e-324',
  '1.7976931348623157e308', '1.7976931348623158e308', '1.7976931348623159e308', '9007199254740993', '9007199254740993.0000000001',
  '0.1', '0.30000000000000004', '1e23', '8.41e21', '+', '-', '++1', '1 2', '1\u00002', '0.' + '0'.repeat(400) + '1', '1' + '0'.repeat(400),
  '1e+2147483648', '1e-2147483649', '0e99999999999', '\u30001\u3000', '1\u0085', '\u00851', '١'];
for (const s of strs) emit('StringToNumber', s, hex(Number(s)));
for (let i = 0; i < 400; i++) {
  let s = '';
  const n = 1 + rint(30);
  for (let j = 0; j < n; j++) s += rint(10);
  if (rint(2)) s = s.slice(0, rint(s.length)) + '.' + s.slice(rint(s.length));
  if (rint(2)) s += 'e' + (rint(2) ? '-' : '') + rint(330);
  if (rint(3) === 0) s = '-' + s;
  emit('StringToNumber', s, hex(Number(s)));
  const junk = ['', 'x', 'e', 'e+', ' 1', '.', '..5', 'Infinity'][rint(8)];
  const sp = [' ', '\n', '\u00a0', ''][rint(4)];
  emit('ParseFloat', sp + s + junk, hex(parseFloat(sp + s + junk)));
}
const pf = ['Infinityx', '-Infinity', '+Infinity', 'infinity', '  3.14abc', '.5.5', '-.e1', '1e', '1e+', '1e+5x', '0x10', '-0', '  -0.0e5', '', '   ', '\u20281.5',
  '1_0', '5e-324', '5e-325', '1e400', '-.5', '+.5e-3x', '++1', '- 1', '.', '..', '1.2.3', '1e1e1', '123456789012345678901234567890e-10x'];
for (const s of pf) emit('ParseFloat', s, hex(parseFloat(s)));
const pi = [['  0x1F', undefined], ['0x1F', 16], ['0x1F', 10], ['0x1F', 0], ['-0x1F', undefined], ['+0x', 16], ['0x', undefined], ['  -12px', undefined],
  ['12', 37], ['12', 1], ['12', -1], ['12', 4294967306], ['z', 36], ['Z', 36], ['1e3', undefined], ['-0', undefined], ['', undefined], ['  ', 10],
  ['9007199254740993', 10], ['123456789012345678901234567890', undefined], ['1' + '0'.repeat(400), undefined], ['0b11', undefined], ['11', 2],
  ['\u00a0\ufeff 42', undefined], ['0x' + 'f'.repeat(20), undefined], ['1'.repeat(70), 2], ['7'.repeat(30), 8], ['zz'.repeat(15), 36]];
for (const [s, r] of pi) emit('ParseInt', s, r === undefined ? null : r, hex(parseInt(s, r)));
for (let i = 0; i < 700; i++) {
  const r = 2 + rint(35);
  let s = '';
  const n = 1 + (rint(3) === 0 ? rint(60) : rint(20));
  for (let j = 0; j < n; j++) { const d = rint(r).toString(36); s += rint(2) ? d.toUpperCase() : d; }
  if (rint(4) === 0) s = '-' + s;
  if (rint(5) === 0) s += '!9';
  const radix = rint(8) === 0 ? undefined : r;
  emit('ParseInt', s, radix === undefined ? null : radix, hex(parseInt(s, radix)));
}
// BigInt
const bs = ['', ' ', '0', '-0', '+12', '-12', ' 12 ', '0x1f', '0X1F', '0o17', '0b101', '-0x1f', '1.5', '1e3', '1n', 'abc', '0x', '1_0', '\u00a012\u2028',
  '123456789012345678901234567890', '-' + '9'.repeat(100), '0x' + 'f'.repeat(40), 'Infinity', '00012', '0b'];
for (const s of bs) { let v; try { v = BigInt(s).toString(); } catch { v = null; } emit('StringToBigInt', s, v); }
function randomBig() {
  let s = rint(2) ? '-' : '';
  const n = 1 + rint(60);
  for (let j = 0; j < n; j++) s += rint(10);
  return BigInt(s);
}
for (let i = 0; i < 300; i++) { const b = randomBig(); const r = 2 + rint(35); emit('BigIntToString', b.toString(), r, b.toString(r)); }
for (let i = 0; i < 300; i++) {
  const b = randomBig(); const bits = rint(5) === 0 ? rint(300) : rint(70);
  emit('AsIntN', bits, b.toString(), BigInt.asIntN(bits, b).toString());
  emit('AsUintN', bits, b.toString(), BigInt.asUintN(bits, b).toString());
}
// Integer conversions
const ints = specials.concat([2 ** 31 - 1, 2 ** 31 + 0.5, -(2 ** 31) - 1, 2 ** 32 + 5, -(2 ** 32) - 5, 2 ** 53 - 1, 2 ** 60 + 2 ** 12, 1e300, -1e300, 255.5, 254.5, 0.5000000000000001, 256, -1.5, 65535.9, 65536, 32767.5, 32768, -32769, 127, 128, -129, 3.5, 4.5]);
for (let i = 0; i < 300; i++) ints.push(randomDouble(-2, 22));
const i32 = new Int32Array(1), u32 = new Uint32Array(1), i16 = new Int16Array(1), u16 = new Uint16Array(1), i8 = new Int8Array(1), u8 = new Uint8Array(1), u8c = new Uint8ClampedArray(1);
for (const x of ints) {
  i32[0] = x; u32[0] = x; i16[0] = x; u16[0] = x; i8[0] = x; u8[0] = x; u8c[0] = x;
  emit('IntConv', hex(x), x | 0, x >>> 0, i16[0], u16[0], i8[0], u8[0], u8c[0], Number.isInteger(x), Number.isSafeInteger(x));
}
process.stdout.write(out.join('\n') + '\n');

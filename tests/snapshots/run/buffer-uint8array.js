// portable: stdout matches node
// Buffer is a Uint8Array subclass: construction, encodings, views sharing memory, TypedArray methods.
const { Buffer: B, kMaxLength, constants, INSPECT_MAX_BYTES } = require('buffer');
console.log(B === Buffer, kMaxLength, constants, INSPECT_MAX_BYTES);
const b = Buffer.from('héllo wörld');
console.log(b instanceof Uint8Array, b instanceof Buffer, Buffer.isBuffer(b), Buffer.isBuffer(new Uint8Array(2)));
console.log(Object.getPrototypeOf(Buffer) === Uint8Array, b.constructor === Buffer, Object.prototype.toString.call(b));
console.log(b.length, b.byteLength, b.byteOffset >= 0, b.buffer instanceof ArrayBuffer, b[0], b[1], b[100]);
console.log(b, Buffer.alloc(0), [Buffer.from([1, 2, 255, 256, -1])], { nested: Buffer.from('ab') });
console.log(Buffer.alloc(60, 'ab'));
for (const enc of ['utf8', 'hex', 'base64', 'base64url', 'latin1', 'binary', 'ascii', 'ucs2', 'utf16le']) {
  console.log(enc, JSON.stringify(b.toString(enc)), Buffer.byteLength('héllo €', enc), Buffer.from(b.toString(enc), enc).equals(b) || enc);
}
console.log(b.toString('utf8', 1, 3), b.toString(undefined, -5, 100), b.toString('hex', 5, 2));
console.log(Buffer.from('68656c6c6f', 'hex'), Buffer.from('aGVsbG8=', 'base64').toString(), Buffer.from('aGVsbG8', 'base64url').toString());
console.log(Buffer.from([104, 105]).toString(), Buffer.from(new Uint16Array([1, 258, 65535])), Buffer.from({ length: 2, 0: 7, 1: 8 }));
const ab = new ArrayBuffer(8);
const onAb = Buffer.from(ab, 2, 4);
onAb[0] = 9;
console.log(new Uint8Array(ab), onAb.byteOffset, onAb.length, onAb.buffer === ab);
const copy = Buffer.from(b);
copy[0] = 0x48;
console.log(copy.toString(), b.toString());
const sub = b.subarray(1, 4), sl = b.slice(-5);
sub[0] = 0x45;
console.log(sub, sl.toString(), b.toString().slice(0, 5), sub.buffer === b.buffer, sub.byteOffset - b.byteOffset);
console.log(sub instanceof Buffer, b.map((x) => x + 1) instanceof Buffer, Buffer.from('abc').reverse().toString());
console.log([...Buffer.from('hi')], Array.from(Buffer.from('hi').entries()), Buffer.from('abc').at(-1), Buffer.from('xyz').join('-'));
console.log(JSON.stringify(Buffer.from('hi')), Buffer.from(JSON.parse(JSON.stringify(Buffer.from('hey')))).toString());
console.log(Buffer.concat([Buffer.from('a'), new Uint8Array([98]), Buffer.from('c')]), Buffer.concat([Buffer.from('abc')], 2), Buffer.concat([Buffer.from('a')], 3));
console.log(Buffer.compare(Buffer.from('a'), Buffer.from('b')), Buffer.from('b').compare(Buffer.from('a')), Buffer.from('abc').compare(Buffer.from('xbcx'), 1, 3, 1, 3));
console.log(Buffer.from('abc').equals(Buffer.from('abc')), Buffer.from('abc').equals(new Uint8Array([97, 98, 99])), Buffer.from('a').equals(Buffer.from('b')));
const hay = Buffer.from('this is a buffer with buffer in it');
console.log(hay.indexOf('buffer'), hay.indexOf('buffer', 11), hay.lastIndexOf('buffer'), hay.indexOf(Buffer.from('with')), hay.indexOf(97), hay.includes('nope'), hay.indexOf('is', -25), hay.lastIndexOf('is', 4), hay.indexOf(''), hay.indexOf('', 100));
console.log(Buffer.alloc(6).fill('ab'), Buffer.alloc(5, 0x41), Buffer.alloc(4).fill(0x101), Buffer.alloc(6).fill('aGk=', 'base64'), Buffer.alloc(5).fill('x', 1, 3), Buffer.alloc(3, ''));
const target = Buffer.alloc(8, '.');
console.log(Buffer.from('abcdef').copy(target, 2, 1, 4), target.toString(), Buffer.from('xy').copy(target, 7), target.toString());
const w = Buffer.alloc(10);
console.log(w.write('hey'), w.write('€uro', 4), w.write('abcdef', 8), w.write('6869', 0, 'hex'), w.write('zz', 2, 1), w, w.write('€', 9));
console.log(Buffer.isEncoding('utf8'), Buffer.isEncoding('UTF-8'), Buffer.isEncoding('nope'), Buffer.isEncoding(''), Buffer.byteLength(new ArrayBuffer(3)), Buffer.byteLength('€'));
console.log(Buffer.allocUnsafe(3).length, Buffer.allocUnsafeSlow(2).length, Buffer.of(1, 2, 3), Buffer.copyBytesFrom(new Uint16Array([1, 2]), 1));
console.log(Buffer.from('abcd').swap16(), Buffer.from('abcd').swap32(), Buffer.from('abcdefgh').swap64());
const tagged = Buffer.from('hi');
tagged.extra = 1;
console.log(tagged, tagged.inspect(), require('util').inspect(Buffer.from('x'.repeat(51))));
console.log(require('buffer').isUtf8(Buffer.from([0xc3, 0x28])), require('buffer').isAscii(Buffer.from('abc')), require('buffer').transcode(Buffer.from('hé'), 'utf8', 'latin1'));

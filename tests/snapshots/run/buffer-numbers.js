// portable: stdout matches node
// Buffer numbers (read*/write* little and big endian, integers, floats, BigInts) and Node's errors.
const buf = Buffer.alloc(16);
console.log(buf.writeUInt8(255, 0), buf.writeUInt16LE(0x1234, 1), buf.writeUInt16BE(0x1234, 3), buf.writeUInt32LE(0xdeadbeef, 5), buf.writeInt32BE(-2, 9), buf.writeInt8(-1, 13), buf.writeInt16LE(-300, 14));
console.log(buf);
console.log(buf.readUInt8(0), buf.readUInt16LE(1), buf.readUInt16BE(3), buf.readUInt32LE(5).toString(16), buf.readInt32BE(9), buf.readInt8(13), buf.readInt16LE(14), buf.readUint16BE(1), buf.readUInt32BE(5));
const f = Buffer.alloc(12);
console.log(f.writeFloatLE(1.5, 0), f.writeDoubleBE(Math.PI, 4), f, f.readFloatLE(0), f.readDoubleBE(4), f.readFloatBE(0), f.readDoubleLE(4));
const big = Buffer.alloc(16);
console.log(big.writeBigUInt64LE(2n ** 64n - 1n, 0), big.writeBigInt64BE(-5n, 8), big, big.readBigUInt64LE(0), big.readBigInt64BE(8), big.readBigUint64BE(8), big.readBigInt64LE(0));
const v = Buffer.alloc(6);
console.log(v.writeUIntBE(0x123456, 0, 3), v.writeIntLE(-2, 3, 3), v, v.readUIntBE(0, 3).toString(16), v.readIntLE(3, 3), v.readUIntLE(0, 6), v.readIntBE(0, 6));
function attempt(label, fn) {
  try {
    console.log(label, fn());
  } catch (e) {
    console.log(label, `${e.name} [${e.code}]: ${e.message}`);
  }
}
attempt('read past end', () => Buffer.alloc(2).readUInt16LE(1));
attempt('read small', () => Buffer.alloc(1).readUInt32LE(0));
attempt('offset float', () => Buffer.alloc(4).readUInt8(1.5));
attempt('offset string', () => Buffer.alloc(4).readUInt8('1'));
attempt('write range', () => Buffer.alloc(4).writeUInt8(256));
attempt('write int16 range', () => Buffer.alloc(4).writeInt16LE(40000));
attempt('write u32 range', () => Buffer.alloc(4).writeUInt32LE(-1));
attempt('write big range', () => Buffer.alloc(8).writeBigInt64LE(2n ** 63n));
attempt('write big type', () => Buffer.alloc(8).writeBigUInt64LE(1));
attempt('byteLength 7', () => Buffer.alloc(8).readUIntLE(0, 7));
attempt('alloc negative', () => Buffer.alloc(-1));
attempt('alloc string', () => Buffer.alloc('5'));
attempt('from number', () => Buffer.from(5));
attempt('from null', () => Buffer.from(null));
attempt('unknown encoding', () => Buffer.from('x', 'klingon'));
attempt('toString encoding', () => Buffer.from('x').toString('klingon'));
attempt('concat bad', () => Buffer.concat([Buffer.from('a'), 'b']));
attempt('concat not array', () => Buffer.concat('ab'));
attempt('compare bad', () => Buffer.compare(Buffer.from('a'), 'a'));
attempt('equals bad', () => Buffer.from('a').equals('a'));
attempt('fill bad hex', () => Buffer.alloc(2).fill('zz', 'hex'));
attempt('write bad offset', () => Buffer.alloc(2).write('a', 5));
attempt('swap16 odd', () => Buffer.alloc(3).swap16());
attempt('byteLength number', () => Buffer.byteLength(5));
attempt('indexOf object', () => Buffer.from('a').indexOf({}));
attempt('copy bad target', () => Buffer.from('a').copy('x'));
attempt('from arraybuffer offset', () => Buffer.from(new ArrayBuffer(2), 3));
attempt('typed index', () => { const b = Buffer.alloc(2); b[0] = 300; b[5] = 1; return [b[0], b[5], Object.keys(b)]; });

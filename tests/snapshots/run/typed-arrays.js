// Typed arrays, ArrayBuffer and DataView as node prints them (ES2024 features node 20 also has).
const bytes = new Uint8Array([1, 2, 3]);
console.log(bytes);
console.log(new Int16Array(0));
console.log(new Float64Array([1.5, -0, NaN, Infinity]));
console.log(new BigInt64Array([1n, -2n]));
console.log(new Uint8ClampedArray([300, -5, 1.5]));
console.log(new Uint16Array(12).map((_, i) => i * 1000));
console.log(bytes.buffer);
console.log(new DataView(new ArrayBuffer(4), 1));
console.log({ nested: { view: new Int8Array([-1, 1]) } });
class Bytes extends Uint8Array {}
const withKey = new Bytes(2);
withKey.tag = 'x';
console.log(withKey, new Uint8Array(120), Object.create(Uint8Array.prototype));

// Views share their buffer; DataView chooses the byte order.
const buffer = new ArrayBuffer(8);
const view = new DataView(buffer);
view.setUint32(0, 0xdeadbeef);
view.setFloat32(4, 1.5, true);
console.log(Array.from(new Uint8Array(buffer), (b) => b.toString(16)).join(' '));
console.log(new Uint32Array(buffer, 0, 1)[0].toString(16), view.getUint32(0, true).toString(16));

// Methods, species and iteration.
const numbers = Float32Array.from([5, 1, 4, 2, 3]);
console.log(numbers.sort().join(), numbers.subarray(1, 3).join(), numbers.slice(-2).join());
console.log(numbers.filter((x) => x % 2).join(), numbers.reduce((a, b) => a + b), [...numbers.entries()].length);
console.log(numbers.toReversed().join(), numbers.with(0, 9).join(), numbers.findLast((x) => x < 4));
console.log(new Bytes(2).map((x) => x + 1) instanceof Bytes, Bytes.BYTES_PER_ELEMENT);
const target = new Uint8Array(6);
target.set([9, 8], 1);
target.set(new Uint16Array([0x1ff, 2]), 3);
console.log(target.join(), Object.keys(target).length, 10 in target, JSON.stringify(new Uint8Array([7])));

// Resizable buffers and length-tracking views.
const rab = new ArrayBuffer(4, { maxByteLength: 16 });
const tracking = new Uint8Array(rab);
const fixed = new Uint8Array(rab, 0, 4);
rab.resize(8);
console.log(tracking.length, fixed.length, rab.byteLength, rab.resizable, rab.maxByteLength);
rab.resize(2);
console.log(tracking.length, fixed.length, fixed.byteOffset);
try {
  fixed.fill(1);
} catch (e) {
  console.log(e.constructor.name);
}

// Atomics on a SharedArrayBuffer.
const shared = new Int32Array(new SharedArrayBuffer(8));
console.log(Atomics.add(shared, 0, 5), Atomics.compareExchange(shared, 0, 5, 7), Atomics.load(shared, 0));
console.log(Atomics.wait(shared, 1, 1), Atomics.wait(shared, 1, 0, 0), Atomics.notify(shared, 1));
console.log(Object.prototype.toString.call(new Float32Array(1)), ArrayBuffer.isView(view), typeof BigInt(7));

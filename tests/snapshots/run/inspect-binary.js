// portable: stdout matches node
// util.inspect of binary data: typed arrays, ArrayBuffer, SharedArrayBuffer, DataView, Buffer.
const util = require('util');
const show = (label, v, opts) => console.log(label + ':', opts ? util.inspect(v, opts) : util.inspect(v));

show('u8', new Uint8Array([1, 2, 3]));
show('empty', new Uint8Array(0));
show('i8', new Int8Array([-128, 127, 0]));
show('u8c', new Uint8ClampedArray([0, 255, 300]));
show('i16', new Int16Array([-1, 2]));
show('u16', new Uint16Array([65535, 1]));
show('i32', new Int32Array([-2147483648, 5]));
show('u32', new Uint32Array([4294967295]));
show('f32', new Float32Array([-0, NaN, 1.5, 0.1, Infinity, -Infinity]));
show('f64', new Float64Array([-0, NaN, 0.1, 1e21, 5e-324]));
show('i64', new BigInt64Array([1n, -2n, 9223372036854775807n]));
show('u64', new BigUint64Array([1n, 2n, 18446744073709551615n]));
show('long', new Uint8Array(150));
show('long101', new Float64Array(101).fill(1.25));
show('grouped', new Uint16Array(30).map((_, i) => i * 37));
show('grouped-f', new Float64Array(20).map((_, i) => i / 3));
show('grouped-big', new BigInt64Array(12).map((_, i) => BigInt(i) * 1000n));
show('medium', new Int32Array([100000, 200000, 300000, 400000, 500000, 600000, 700000]));
class Bytes extends Uint8Array {}
show('subclass', new Bytes(2));
class Empty extends Float32Array {}
show('subclass-empty', new Empty(0));
const extra = new Uint8Array([1, 2]);
extra.name = 'x';
extra[Symbol('s')] = 1;
show('extra', extra);
const extraEmpty = new Uint8Array(0);
extraEmpty.foo = 'bar';
show('extra-empty', extraEmpty);
const nullProto = new Uint8Array([7, 8]);
Object.setPrototypeOf(nullProto, null);
show('null-proto', nullProto);
const nullProto0 = new Int16Array(0);
Object.setPrototypeOf(nullProto0, null);
show('null-proto-empty', nullProto0);
show('sub-view', new Uint8Array(new Uint8Array([1, 2, 3, 4, 5]).buffer, 1, 3));

show('ab', new Uint8Array([1, 2]).buffer);
show('ab-empty', new ArrayBuffer(0));
show('ab-long', new ArrayBuffer(60));
const detached = new ArrayBuffer(8);
const onDetached = new Uint8Array(detached);
const dvDetached = new DataView(detached);
// node 20 has no ArrayBuffer.prototype.transfer; structuredClone's transfer list detaches there.
if (typeof detached.transfer === 'function') detached.transfer();
else structuredClone(detached, { transfer: [detached] });
show('ab-detached', detached);
show('ta-detached', onDetached);
show('sab', new SharedArrayBuffer(3));
const abExtra = new ArrayBuffer(1);
abExtra.tag = 1;
show('ab-extra', abExtra);
class MyBuffer extends ArrayBuffer {}
show('ab-sub', new MyBuffer(2));

const dv = new DataView(new Uint8Array([1, 2, 3, 4]).buffer, 1, 2);
show('dv', dv);
show('dv-full', new DataView(new ArrayBuffer(2)));
show('dv-sab', new DataView(new SharedArrayBuffer(1)));

show('in-array', [new Uint8Array([1]), new ArrayBuffer(1)]);
show('in-object', { a: new Int8Array([1, -1]), b: { c: { d: new Uint8Array(2) } } });
show('at-depth', { a: { b: { c: { d: new Uint8Array(2), e: new ArrayBuffer(1), f: new DataView(new ArrayBuffer(1)) } } } });
show('nested-ab', { x: { y: new DataView(new ArrayBuffer(3)) } });
show('dv-depth0', new DataView(new ArrayBuffer(1)), { depth: 0 });
show('ta-depth0', [new Uint8Array([1, 2])], { depth: 0 });
show('ta-depth-1', new Uint8Array([1, 2]), { depth: -1 });
show('many-in-array', [new Uint8Array(10), new Uint8Array(10), new Uint8Array(10)]);
show('long-in-obj', { data: new Float64Array(26).map((_, i) => i * 1.5) });
const circ = new Uint8Array(1);
circ.self = circ;
show('circular', circ);

show('maxArrayLength', new Uint8Array(10), { maxArrayLength: 3 });
show('maxArrayLength0', new Uint8Array(2), { maxArrayLength: 0 });
show('ab-maxArrayLength', new ArrayBuffer(10), { maxArrayLength: 4 });
show('hidden', new Uint8Array([1, 2]), { showHidden: true });
show('hidden-f64', new Float64Array(1), { showHidden: true });
show('hidden-ab', new ArrayBuffer(2), { showHidden: true });
show('hidden-dv', new DataView(new ArrayBuffer(2)), { showHidden: true });
show('breakLength', new Uint8Array(12), { breakLength: 20 });
show('compact-false', new Uint8Array([1, 2]), { compact: false });
show('compact-false-long', new Uint8Array(8), { compact: false });
show('depth-null', { a: { b: { c: { d: new Uint8Array(1) } } } }, { depth: null });
show('grouped-extra', Object.assign(new Uint8Array(7), { k: 1 }));
show('hidden-long', new Uint8Array(8), { showHidden: true });

show('buffer', Buffer.from([1, 2, 255]));
show('buffer-empty', Buffer.alloc(0));
show('buffer-long', Buffer.alloc(60));
show('buffer-in-array', [Buffer.from('hi'), 1]);
show('buffer-in-object', { b: Buffer.from('abc') });
show('buffer-deep', { a: { b: { c: { d: Buffer.from('x') } } } });
show('buffer-past-depth', { a: { b: { c: Buffer.from('x') } } });
const withProps = Buffer.from([1]);
withProps.tag = 'a';
show('buffer-props', withProps);
const emptyWithProps = Buffer.alloc(0);
emptyWithProps.n = 2;
show('buffer-empty-props', emptyWithProps);
show('buffer-maxArrayLength', Buffer.alloc(3), { maxArrayLength: 1 });
console.log(new Uint8Array([1, 2]), Buffer.from('ab'), new ArrayBuffer(1));
console.log('%o', new Uint8Array([1]));
console.log('%O', new Int8Array([3]));
console.log([new Uint8Array(3)].toString(), String(new Uint8Array([4, 5])));

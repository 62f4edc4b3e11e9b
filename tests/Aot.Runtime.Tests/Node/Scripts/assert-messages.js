
const cases = [
  () => assert.strictEqual(1, 2), () => assert.strictEqual('a', 'b'), () => assert.strictEqual('hello world', 'hello there'),
  () => assert.strictEqual(1, '1'), () => assert.strictEqual({ a: 1 }, { a: 1 }), () => assert.equal(1, 2), () => assert.notEqual(1, 1),
  () => assert.notStrictEqual(1, 1), () => assert.notStrictEqual('aaaaaaaaaaaaaaaaaa', 'aaaaaaaaaaaaaaaaaa'), () => assert.deepEqual({ a: 1 }, { a: 2 }), () => assert.deepStrictEqual({ a: 1 }, { a: 2 }),
  () => assert.deepStrictEqual([1, 2, 3], [1, 2, 4]), () => assert(0, 'custom msg'), () => assert.ok(),
  () => assert.fail(), () => assert.fail('boom'), () => assert.throws(() => {}), () => assert.throws(() => { throw new Error('x'); }, /y/),
  () => assert.throws(() => { throw new TypeError('x'); }, RangeError), () => assert.throws(() => { throw new Error('abc'); }, { message: 'abd' }),
  () => assert.doesNotThrow(() => { throw new Error('oops'); }), () => assert.match('abc', /x/), () => assert.doesNotMatch('abc', /b/),
  () => assert.strictEqual(1, 2, 'my message'), () => assert.strictEqual(1, 2, new TypeError('own error')), () => assert.ifError(new Error('e')), () => assert.ifError(null),
  () => assert.notDeepStrictEqual({ a: 1 }, { a: 1 }), () => assert.strictEqual(NaN, NaN), () => assert.deepStrictEqual(new Map([[1, 2]]), new Map([[1, 2]])),
  () => assert.strictEqual(true, false), () => assert.strictEqual(null, undefined), () => assert.strictEqual([1], [1]),
  () => assert.ok(typeof 123 === 'string')
];
for (const f of cases) {
  try { f(); console.log('ok'); } catch (e) {
    console.log(JSON.stringify([e.name, e.code, e.message, e.operator, e.generatedMessage, typeof e.actual, typeof e.expected]));
  }
}
const e = new assert.AssertionError({ actual: 1, expected: 2, operator: 'strictEqual' });
console.log(e.message, Object.keys(e), e instanceof Error, assert.AssertionError.name, assert.strict.strictEqual === assert.strictEqual, typeof assert.strict);
assert.rejects(Promise.reject(new Error('r')), /r/).then(() => console.log('rejects ok'));
assert.rejects(Promise.resolve(1)).catch((e) => console.log('rejects failed', e.message));
assert.doesNotReject(Promise.resolve(1)).then(() => console.log('doesNotReject ok'));
for (const f of [() => assert.deepStrictEqual({ a: 1, b: [1, 2] }, { a: 1, b: [1, 3] }, 'with message'), () => assert.strict.equal(1, '1'),
  () => assert.deepStrictEqual({ x: { y: { z: 1 } }, list: [1, 2, 3, 4, 5, 6, 7, 8] }, { x: { y: { z: 2 } }, list: [1, 2, 3, 4, 5, 6, 7, 8] }),
  () => assert.throws(() => { throw new Error('x'); }, (e) => e.message === 'y'), () => assert.throws('nope'),
  () => assert.deepEqual([1, 2], ['1', '2']), () => assert.notDeepEqual([1], ['1']), () => assert.strictEqual('a'.repeat(30), 'a'.repeat(29) + 'b')]) {
  try { f(); console.log('ok'); } catch (e) { console.log(JSON.stringify([e.name, e.code, e.message, e.operator, e.generatedMessage])); }
}
try { assert.strictEqual(1, 2); } catch (e) { console.log(e.stack.split('\n')[0], String(e)); }

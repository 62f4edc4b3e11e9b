// Map/Set insertion order under mutation, WeakMap, and Date in UTC (compared with node's output).
const m = new Map([['b', 2], ['a', 1], [NaN, 'nan'], [0, 'zero']]);
m.set(-0, 'minus zero').set('c', 3);
console.log(m.size, m.get(NaN), m.get(0), [...m.keys()].map(String).join(','));
const visited = [];
for (const [k] of m) {
  visited.push(String(k));
  if (k === 'b') { m.delete('a'); m.set('d', 4); }
}
console.log(visited.join(','));
const s = new Set();
for (let i = 0; i < 50; i++) s.add(i % 7);
const it = s.values();
it.next();
for (let i = 0; i < 5; i++) s.delete(i);
s.add(100);
console.log([...it].join(','), s.has(6), s.size);
const wm = new WeakMap();
const key = {};
wm.set(key, 'held');
console.log(wm.get(key), wm.has({}), new WeakSet([key]).has(key));
console.log(Object.prototype.toString.call(m), Object.prototype.toString.call(m[Symbol.iterator]()), Object.prototype.toString.call(new Set().values()));

const d = new Date(Date.UTC(2024, 1, 29, 23, 59, 58, 765));
console.log(d.toISOString(), d.toUTCString(), d.getTime(), JSON.stringify(d));
d.setUTCMonth(12);
console.log(d.toISOString(), d.getUTCDay());
d.setUTCHours(48, -1);
console.log(d.toISOString());
console.log(new Date(NaN).getTime(), String(new Date(NaN)), Date.UTC(2000, 0), Date.parse('2000-01-01T00:00:00Z'), Date.parse('Sat, 01 Jan 2000 00:00:00 GMT'));
console.log(new Date(8.64e15).toISOString(), new Date(-8.64e15).toISOString(), new Date(8.64e15 + 1).getTime());
try { new Date(NaN).toISOString(); } catch (e) { console.log(e.name, e.message); }
console.log([1, [2, [3, [4]]]].flat(Infinity).join(), [3, 1, 2].toSorted().join(), [1, 2, 3].with(0, 9).join(), [1, 2, 3, 4].findLast((x) => x % 2));
console.log(JSON.stringify(Object.fromEntries(m)), Object.entries({ x: 1, y: [2] }).length);

// Number formatting and JSON round trips, printed as strings (compared with node's output).
const numbers = [0, -0, 1e21, 123.456, 0.1 + 0.2, 5e-324, -1234567.891, 2 ** 53, NaN, -Infinity];
for (const n of numbers) {
  console.log([String(n), n.toFixed(2), n.toExponential(3), n.toPrecision(5), n.toString(16), n.toLocaleString()].join(' | '));
}
console.log([+'0x1F', Number('  12  '), Number('1e3'), Number('.5'), Number('5.'), Number('0b11'), Number('12px')].join());
console.log([parseInt('  0x1F'), parseInt('123abc', 8), parseFloat('-.5e-3x'), parseFloat('Infinityx')].join());

const data = { name: 'aot', list: [1, 'two', true, null, undefined, { nested: [] }], date: new Date(Date.UTC(2024, 0, 2)), text: 'quote " backslash \\ tab \t lone \ud800' };
const text = JSON.stringify(data);
console.log(text);
console.log(JSON.stringify(data, null, 2));
console.log(JSON.stringify(data, ['name', 'list']));
console.log(JSON.stringify(JSON.parse(text, (key, value) => (typeof value === 'number' ? value * 10 : value))));
const seen = [];
JSON.parse('{"a":{"b":[1,2]},"c":3}', function (key, value) { seen.push(key === '' ? '(root)' : key); return value; });
console.log(seen.join(' '));
for (const bad of ['{"a":1,}', '[1, 2', 'tru', '"\\x"', '01']) {
  try { JSON.parse(bad); } catch (e) { console.log(e.name); }
}
const cyclic = { child: { list: [] } };
cyclic.child.list.push(cyclic);
try { JSON.stringify(cyclic); } catch (e) { console.log(e.message); }

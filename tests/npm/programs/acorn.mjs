import * as acorn from 'acorn';
const ast = acorn.parse('const f = async (a, ...b) => { for await (const x of y) await z; }; class A extends B { #p = 1; static { } }', { ecmaVersion: 'latest', sourceType: 'module', allowAwaitOutsideFunction: true });
const counts = {};
(function walk(node) {
  if (!node || typeof node.type !== 'string') return;
  counts[node.type] = (counts[node.type] ?? 0) + 1;
  for (const key of Object.keys(node)) {
    const v = node[key];
    if (Array.isArray(v)) v.forEach(walk); else if (v && typeof v === 'object') walk(v);
  }
})(ast);
console.log(counts);
try { acorn.parse('let = ;', { ecmaVersion: 2020 }); } catch (e) { console.log(e.name, e.message, e.pos); }
console.log([...acorn.tokenizer('a + 1 /* c */ "s"', { ecmaVersion: 2020 })].map((t) => t.type.label).join(' '));

import yaml from 'js-yaml';
const doc = yaml.load(`
name: aot
version: 1.0
tags: [js, "c#", native]
nested:
  when: 2024-01-02
  multi: |
    line one
    line two
  anchors: &a { x: 1 }
  ref: *a
`);
console.log(JSON.stringify(doc, null, 2));
console.log(yaml.dump({ list: [1, 'two', { three: 3 }], empty: null, text: 'a: b' }));
try { yaml.load('a: [1, 2'); } catch (e) { console.log(e.name, e.reason); }

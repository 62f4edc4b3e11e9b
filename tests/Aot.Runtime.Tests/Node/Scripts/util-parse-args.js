const { parseArgs } = util;
const options = { verbose: { type: 'boolean', short: 'v' }, file: { type: 'string', short: 'f' }, tag: { type: 'string', multiple: true, short: 't' }, level: { type: 'string', default: 'info' }, color: { type: 'boolean', default: true } };
const cases = [
  ['-v', '--file', 'a.txt', '-t', 'x', '--tag=y'], ['-vf', 'b.txt'], ['-fvalue'], ['--file=-dash'], ['--', '-v', 'pos'],
  ['--verbose=yes'], ['--file'], ['--unknown'], ['pos'], ['-x'], ['-f', '-v'], ['--level', 'debug', '--no-color'],
];
for (const args of cases) {
  try {
    const r = parseArgs({ args, options });
    console.log(JSON.stringify(args), JSON.stringify(r.values), JSON.stringify(r.positionals), Object.getPrototypeOf(r.values) === null);
  } catch (e) { console.log(JSON.stringify(args), e.code, e.message); }
}
for (const args of [['--unknown', 'x', '--u2=5', '-ab'], ['pos', '-v']]) {
  const r = parseArgs({ args, options, strict: false });
  console.log(JSON.stringify(r.values), JSON.stringify(r.positionals));
}
const r = parseArgs({ args: ['-v', 'p', '--', 'q'], options, allowPositionals: true, tokens: true });
console.log(JSON.stringify(r.tokens));
for (const bad of [{ x: { type: 'number' } }, { x: { type: 'string', short: 'xy' } }, { x: { type: 'boolean', default: 'no' } }]) {
  try { parseArgs({ args: [], options: bad }); } catch (e) { console.log(e.code, e.message); }
}

import minimist from 'minimist';
const argv = minimist(['-x', '3', '-y4', '--name=foo', '--no-color', '-abc', 'rest', '--', '--not-a-flag'], {
  string: ['name'], boolean: ['color'], alias: { v: 'verbose' }, default: { verbose: false },
});
console.log(JSON.stringify(argv));

// portable: stdout matches node
// The sync forms: spawnSync results, execSync / execFileSync output and their errors.
const { spawnSync, execSync, execFileSync } = require('child_process');

const r = spawnSync('sh', ['-c', 'echo out; echo err >&2; exit 4']);
console.log(Object.keys(r), r.status, r.signal, r.stdout.toString(), r.stderr.toString(), r.output[0], typeof r.pid);
const s = spawnSync('cat', [], { input: 'piped input\n', encoding: 'utf8' });
console.log(JSON.stringify(s.stdout), s.status, s.output);
const k = spawnSync('sh', ['-c', 'kill -TERM $$']);
console.log('signal', k.status, k.signal);
const t = spawnSync('sleep', ['5'], { timeout: 50 });
console.log('timeout', t.error.code, t.error.message, t.status, t.signal);
const m = spawnSync('no-such-program-aot', ['a', 'b']);
console.log('missing', Object.keys(m), m.error.code, m.error.message, m.error.path, m.error.spawnargs, m.status, m.pid, m.output);
console.log(execSync('echo "$((1 + 2))"').toString().trim());
console.log(JSON.stringify(execSync('printf "%s" "$PWD"', { cwd: '/', encoding: 'utf8' })));
console.log(JSON.stringify(execFileSync('printf', ['%s-%s', 'a', 'b'], { encoding: 'utf8' })));
console.log(JSON.stringify(execSync('cat', { input: 'from input' }).toString()));
try {
  execSync('echo failing >&2; exit 3', { stdio: 'pipe' });
} catch (e) {
  console.log('execSync error:', JSON.stringify(e.message), e.status, e.signal, JSON.stringify(e.stderr.toString()), Object.keys(e));
}
try {
  execFileSync('no-such-program-aot', ['z']);
} catch (e) {
  console.log('execFileSync error:', e.message, e.code, e.errno, e.syscall, e.status, e.stdout);
}
try {
  execFileSync('sh', ['-c', 'exit 9'], { stdio: 'pipe' });
} catch (e) {
  console.log('exit 9:', e.message, e.status);
}
const inherited = spawnSync('echo', ['inherited output'], { stdio: 'inherit' });
console.log('inherit', inherited.stdout, inherited.output, inherited.status);

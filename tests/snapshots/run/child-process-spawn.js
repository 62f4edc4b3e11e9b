// portable: stdout matches node
// child_process.spawn: pipes in both directions, exit codes, signals, 'spawn'/'exit'/'close' order.
const { spawn } = require('child_process');

function run(label, file, args, options, feed) {
  return new Promise((resolve) => {
    const child = spawn(file, args, options);
    const events = [];
    let out = '', err = '';
    child.on('spawn', () => events.push('spawn'));
    if (child.stdout) child.stdout.on('data', (d) => { out += d; });
    if (child.stderr) child.stderr.on('data', (d) => { err += d; });
    child.on('exit', (code, signal) => events.push(`exit ${code} ${signal}`));
    child.on('close', (code, signal) => {
      events.push(`close ${code} ${signal}`);
      console.log(label, events.join(', '), JSON.stringify(out), JSON.stringify(err), child.exitCode, child.signalCode);
      resolve();
    });
    if (feed) feed(child);
  });
}

(async () => {
  await run('echo', 'echo', ['hello', 'world']);
  await run('exit code', 'sh', ['-c', 'echo out; echo err >&2; exit 7']);
  await run('stdin', 'cat', [], {}, (c) => { c.stdin.write('line 1\n'); c.stdin.end('line 2\n'); });
  await run('wc', 'wc', ['-c'], {}, (c) => { c.stdin.end(Buffer.from('12345')); });
  await run('kill', 'sleep', ['10'], {}, (c) => console.log('kill returned', c.kill(), c.killed));
  await run('SIGKILL', 'sleep', ['10'], {}, (c) => c.kill('SIGKILL'));
  await run('self signal', 'sh', ['-c', 'kill -INT $$']);
  await run('shell', 'echo $((6 * 7)) | tr 4 X', [], { shell: true });
  await run('cwd', 'pwd', [], { cwd: '/tmp' });
  await run('env', 'sh', ['-c', 'echo "$GREETING"'], { env: { GREETING: 'hi from env', PATH: process.env.PATH } });
  await run('argv0', 'sh', ['-c', 'echo $0'], { argv0: 'custom-name' });
  await run('stdio ignore', 'sh', ['-c', 'echo gone; echo gone >&2'], { stdio: 'ignore' });
  await run('stdio array', 'sh', ['-c', 'echo to-stdout; echo to-stderr >&2'], { stdio: ['ignore', 'pipe', 'ignore'] });
  await run('timeout', 'sleep', ['5'], { timeout: 50 });
  await run('killSignal', 'sleep', ['5'], { timeout: 50, killSignal: 'SIGKILL' });
})();

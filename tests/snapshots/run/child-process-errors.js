// portable: stdout matches node
// child_process errors: a missing program, 'error' then 'close', and Node's error properties.
const { spawn, execFile, exec } = require('child_process');

const child = spawn('no-such-program-aot', ['--flag']);
console.log('pid', child.pid, 'stdout', child.stdout !== null, 'stdin', child.stdin !== null);
child.on('spawn', () => console.log('spawned?'));
child.on('error', (err) => {
  console.log('error:', err.message);
  console.log({ errno: err.errno, code: err.code, syscall: err.syscall, path: err.path, spawnargs: err.spawnargs });
  console.log('exitCode at error', child.exitCode);
});
child.on('exit', () => console.log('no exit event'));
child.on('close', (code, signal) => {
  console.log('close', code, signal);
  execFile('no-such-program-aot', ['x'], (err, stdout, stderr) => {
    console.log('execFile:', err.message, err.code, err.cmd, JSON.stringify(stdout), JSON.stringify(stderr));
    exec('no-such-program-aot 2>/dev/null', (err2, stdout2) => {
      console.log('exec:', err2.message.trim(), err2.code, err2.killed, err2.signal, err2.cmd, JSON.stringify(stdout2));
      try {
        spawn('');
      } catch (e) {
        console.log(e.name, e.code, e.message);
      }
      try {
        spawn('echo', 'not-an-array');
      } catch (e) {
        console.log(e.name, e.code, e.message);
      }
      try {
        spawn('echo', [], { stdio: 'sideways' });
      } catch (e) {
        console.log(e.name, e.code, e.message);
      }
      const c = spawn('sleep', ['1']);
      try {
        c.kill('SIGNOPE');
      } catch (e) {
        console.log(e.name, e.code, e.message);
      }
      c.kill();
    });
  });
});

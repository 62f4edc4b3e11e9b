// portable: stdout matches node
// process basics that do not depend on the machine.
console.log(Array.isArray(process.argv), process.argv.length >= 2, process.argv[1].endsWith('process-basics.js'));
console.log(typeof process.version, typeof process.versions.node, process.platform, typeof process.arch);
console.log(typeof process.pid, typeof process.ppid, process.pid !== process.ppid);
process.env.AOT_SNAPSHOT_VAR = 42;
console.log(process.env.AOT_SNAPSHOT_VAR, typeof process.env.AOT_SNAPSHOT_VAR, 'AOT_SNAPSHOT_VAR' in process.env);
console.log(Object.keys(process.env).includes('AOT_SNAPSHOT_VAR'));
delete process.env.AOT_SNAPSHOT_VAR;
console.log(process.env.AOT_SNAPSHOT_VAR, 'AOT_SNAPSHOT_VAR' in process.env);
const [s, ns] = process.hrtime();
console.log(typeof s, typeof ns, typeof process.hrtime.bigint(), process.hrtime([s, ns])[0] >= 0);
console.log(process.uptime() >= 0, process.memoryUsage().rss > 1e6, typeof process.memoryUsage.rss());
console.log(process.stdout.write('stdout.write returns '), process.stdout.fd, process.stderr.fd);
const dir = process.cwd();
process.chdir('..');
console.log(process.cwd() !== dir);
process.chdir(dir);
try { process.chdir('/nonexistent-dir'); } catch (e) { console.log(e.code, e.syscall); }
try { process.nextTick(5); } catch (e) { console.log(e.code, e.message); }
process.nextTick((a, b) => console.log('nextTick args', a, b), 1, 2);
console.log(typeof process.on, process.listenerCount('exit'), process.exitCode);
process.on('beforeExit', (code) => console.log('beforeExit', code));
process.once('exit', (code) => console.log('exit', code, process.exitCode));
process.exitCode = 3;

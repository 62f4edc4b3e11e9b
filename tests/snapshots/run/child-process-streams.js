// portable: stdout matches node
// Child stdio as streams: setEncoding, pipe into process.stdout, async iteration, stdin piping,
// util.promisify(exec), stdio 'inherit', and fork running this file as the child.
const { spawn, exec, execFile, fork } = require('child_process');
const util = require('util');

if (process.argv[2] === 'child') {
  console.log('forked child says hi, args:', process.argv.slice(3).join(' '));
  process.exitCode = 3;
  return;
}

function closed(child) {
  return new Promise((resolve) => child.on('close', (code, signal) => resolve([code, signal])));
}

(async () => {
  const a = spawn('printf', ['caf\\303\\251 ok']);
  a.stdout.setEncoding('utf8');
  const chunks = [];
  a.stdout.on('data', (c) => chunks.push(typeof c));
  let text = '';
  a.stdout.on('data', (c) => { text += c; });
  console.log('setEncoding', await closed(a), chunks.every((t) => t === 'string'), text, a.stdout.readableEncoding);

  const b = spawn('echo', ['piped to process.stdout']);
  b.stdout.pipe(process.stdout);
  console.log('pipe', await closed(b));

  const c = spawn('sh', ['-c', 'printf "a\\nb\\nc\\n"']);
  let lines = '';
  for await (const chunk of c.stdout) lines += chunk;
  console.log('async iteration', JSON.stringify(lines));

  const producer = spawn('printf', ['3\\n1\\n2\\n']);
  const sorter = spawn('sort');
  producer.stdout.pipe(sorter.stdin);
  let sorted = '';
  sorter.stdout.on('data', (d) => { sorted += d; });
  console.log('producer | sort', await closed(sorter), JSON.stringify(sorted));

  const execAsync = util.promisify(exec);
  const { stdout, stderr } = await execAsync('echo promised; echo warn >&2');
  console.log('promisify exec', JSON.stringify(stdout), JSON.stringify(stderr));
  try {
    await execAsync('exit 5');
  } catch (e) {
    console.log('promisify rejects', e.code, JSON.stringify(e.stdout), e.message.split('\n')[0]);
  }
  const ef = await util.promisify(execFile)('printf', ['%s', 'file']);
  console.log('promisify execFile', ef);

  await new Promise((resolve) => execFile('printf', ['%s', 'buffers'], { encoding: 'buffer' }, (err, out) => {
    console.log('encoding buffer', err, Buffer.isBuffer(out), out.toString());
    resolve();
  }));

  const inherit = spawn('echo', ['inherited stdout'], { stdio: 'inherit' });
  console.log('inherit stdio', inherit.stdout, inherit.stdio, await closed(inherit));

  const forked = fork(__filename, ['child', 'one', 'two']);
  console.log('fork', await closed(forked));
  const silent = fork(__filename, ['child', 'silent'], { silent: true });
  let said = '';
  silent.stdout.on('data', (d) => { said += d; });
  console.log('fork silent', await closed(silent), JSON.stringify(said));
})();

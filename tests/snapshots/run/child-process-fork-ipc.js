// portable: stdout matches node
// fork with its IPC channel: messages both ways (JSON values), 'disconnect', exit and close order.
const { fork } = require('child_process');

if (process.argv[2] === 'child') {
  console.log('child connected', process.connected, typeof process.send, process.env.NODE_CHANNEL_FD);
  process.on('message', (message) => {
    if (message === 'bye') {
      process.send({ last: true }, () => process.disconnect());
      return;
    }
    process.send({ echo: message, doubled: typeof message.n === 'number' ? message.n * 2 : null });
  });
  process.send('ready');
  return;
}
if (process.argv[2] === 'quiet-child') return;

const child = fork(__filename, ['child']);
const events = [];
console.log('parent connected', child.connected, typeof child.send);
child.on('message', (message) => {
  console.log('parent got', JSON.stringify(message));
  if (message === 'ready') {
    child.send({ n: 21 });
    child.send([1, 'two', { three: 3 }, null]);
    child.send('bye');
  }
});
child.on('disconnect', () => events.push(`disconnect connected=${child.connected}`));
child.on('exit', (code, signal) => events.push(`exit ${code} ${signal}`));
child.on('close', (code) => {
  // 'exit' and 'disconnect' race (the child's exit and its end of the channel); both precede 'close'.
  console.log(events.sort().join(', '), `then close ${code}`);
  const quiet = fork(__filename, ['quiet-child'], { silent: true });
  quiet.on('exit', (code) => console.log('a child without message listeners exits on its own:', code));
});

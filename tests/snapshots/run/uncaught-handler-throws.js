// portable: stdout matches node
// A throw inside the 'uncaughtException' handler is fatal: exit code 7.
process.on('exit', (code) => console.log('exit', code));
process.on('uncaughtException', () => {
  throw new Error('handler failed');
});
throw new Error('first');

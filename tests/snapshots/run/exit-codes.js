// portable: stdout matches node
// process.exit() inside a timer: 'exit' listeners run, nothing after it runs, the code is kept.
process.on('exit', (code) => {
  console.log('exit listener', code, process.exitCode);
});
process.on('beforeExit', () => console.log('beforeExit is not emitted after process.exit()'));
setTimeout(() => {
  console.log('in timer');
  process.exitCode = 2;
  process.exit(5);
  console.log('not reached');
}, 1);
setTimeout(() => console.log('never runs'), 50);

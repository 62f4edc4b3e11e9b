// portable: stdout matches node
// process.exitCode decides the exit code when the loop ends; 'beforeExit' can schedule more work.
let rounds = 0;
process.on('beforeExit', (code) => {
  console.log('beforeExit', code, rounds);
  if (rounds++ < 2) setTimeout(() => console.log('more work', rounds), 1);
});
process.on('exit', (code) => console.log('exit', code));
process.exitCode = 9;

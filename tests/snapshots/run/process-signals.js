// portable: stdout matches node
// A listener for a signal replaces its default action; the program goes on; process.kill sends it.
process.on('SIGTERM', (name, number) => {
  console.log('got', name, number);
  process.exitCode = 3;
});
const ignored = () => console.log('never');
process.on('SIGINT', ignored);
process.off('SIGINT', ignored);
setTimeout(() => process.kill(process.pid, 'SIGTERM'), 20);
setTimeout(() => console.log('the loop continues after the signal'), 300);

// portable: stdout matches node
// process.on('uncaughtException') handles a throw; the loop goes on; exit code 0.
process.on('uncaughtException', (error, origin) => {
  console.log('caught:', error.message, origin);
});
setTimeout(() => {
  console.log('timer still runs');
  throw new Error('from a timer');
}, 1);
setTimeout(() => console.log('and the next timer too'), 5);
throw new Error('from the main script');

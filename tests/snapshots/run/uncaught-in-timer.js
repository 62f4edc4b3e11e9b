// portable: stdout matches node
// An uncaught exception in a timer callback: 'exit' runs with code 1, then the report on stderr.
process.on('exit', (code) => console.log('exit event', code));
setTimeout(function tick() {
  console.log('in timer');
  null.property;
}, 1);

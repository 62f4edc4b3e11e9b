// portable: stdout matches node
// A rejection with a non-error reason: Node's UnhandledPromiseRejection error, exit code 1.
process.on('exit', (code) => console.log('exit', code));
Promise.reject(42);

// portable: stdout matches node
// process.on('unhandledRejection') receives (reason, promise) and the process goes on.
process.on('unhandledRejection', (reason, promise) => {
  console.log('unhandled:', reason instanceof Error ? reason.message : reason, promise instanceof Promise);
});
Promise.reject(new Error('first'));
Promise.reject('second');
const handledLater = Promise.reject(3);
setTimeout(() => handledLater.catch(() => console.log('caught late')), 1);
setTimeout(() => console.log('still running'), 2);

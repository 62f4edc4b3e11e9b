// portable: stdout matches node
// A rejection handled later in the same job-queue drain is fine; one still unhandled after the
// drain ends the process: "Uncaught (in promise)" plus the stack on stderr, exit code 1.
const late = Promise.reject(new Error('handled later'));
Promise.resolve().then(() => late.catch(e => console.log('caught', e.message)));
async function fail() {
  await null;
  throw new TypeError('async failure');
}
fail();
console.log('end of script');

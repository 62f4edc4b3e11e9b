// portable: stdout matches node
// node:timers/promises is exposed through require only once modules land; until then the same
// behaviour is checked through the timer globals in promise form.
const sleep = (ms, v) => new Promise((resolve) => setTimeout(resolve, ms, v));
async function main() {
  console.log('start');
  console.log('slept', await sleep(5, 'value'));
  const order = [];
  await Promise.all([sleep(10).then(() => order.push(10)), sleep(1).then(() => order.push(1)), sleep(5).then(() => order.push(5))]);
  console.log('order', order);
  await new Promise((resolve) => setImmediate(resolve));
  console.log('after immediate');
}
main().then(() => console.log('done'));

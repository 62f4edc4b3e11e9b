console.log('slow: start');
await null;
console.log('slow: after first await');
export const value = await Promise.resolve('slow value');
console.log('slow: done');

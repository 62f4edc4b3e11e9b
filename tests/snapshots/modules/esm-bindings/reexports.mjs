export * from './counter.mjs';
export * as counterNs from './counter.mjs';
export { default as renamed } from './counter.mjs';

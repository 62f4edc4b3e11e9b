import { even } from './cycle-even.mjs';
export function odd(n) { return n === 0 ? false : even(n - 1); }

import { odd } from './cycle-odd.mjs';
export function even(n) { return n === 0 ? true : odd(n - 1); }

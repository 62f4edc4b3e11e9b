const e = new RangeError('thrown while evaluating'); globalThis.firstError = e; throw e;

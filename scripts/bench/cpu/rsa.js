// rsa.js: RSA encryption and decryption with a 1024-bit key, on big natural numbers held as
// little-endian arrays of 28-bit digits (no BigInt). Products of two digits (56 bits) exceed a
// double's 53-bit mantissa, so digit products are formed from 14-bit halves. Modular
// exponentiation uses Montgomery multiplication (CIOS form) with a fixed 4-bit window.
// Every message is encrypted with e = 65537, decrypted with d and compared with the original.
// Written for the Aot benchmark suite; deterministic and self-checking.
'use strict';

const BITS = 28;
const BASE = 268435456; // 2^28
const MASK = 0xfffffff;
const HALF = 0x3fff;    // 14 bits

// The key (generated once for this benchmark).
const N_HEX =
  'ba2c244a5c69ff26fdefbe1d17268c2ce5888d2b00e3856f489a2370c226da7ba11eaa99f7e516a7d4bb47acc4a9f2bfb112173fdf0f5dbd17d4e1bc49c4e608dab1ad5f99c9cd53539955b2df19bcd994eba81f64e9c1ac27fa886649cd91c307eecce898a50de8326fa788ac5c2e03e4509b9e7033e948accb0a639da97137';
const E_HEX = '010001';
const D_HEX =
  '681ef9e8f0c883601e5370033b085f0b591046cb8f42b044edd8ef0b483a8ca4ea16899974f015fca5585c9cbe9cc1dbfdbf3d6b866844a7d5e5449e96af5d6b0fd014babf700ce7d2a0622bfd19a8d6fe24bd272c54c99d14078cc8226a53fdd9e3dfa0b65f1438c679029a3c975777f2ef5eb9e4774ac4e1d23d64b081ff39';

class Rng {
  constructor(seed) {
    this.state = seed;
  }
  // Park-Miller minimal standard generator; products stay below 2^46, exact in doubles.
  next() {
    this.state = (this.state * 16807) % 2147483647;
    return this.state;
  }
  digit() {
    return ((this.next() & 0x3fff) << 14) | (this.next() & 0x3fff);
  }
}

function hexValue(code) {
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 97 && code <= 102) return code - 87;
  if (code >= 65 && code <= 70) return code - 55;
  throw new Error('rsa: bad hex digit ' + code);
}

// Hex string -> digit array of exactly `size` digits (or as many as needed when size is 0).
function fromHex(hex, size) {
  const digits = [];
  let acc = 0;
  let bits = 0;
  for (let i = hex.length - 1; i >= 0; i--) {
    acc |= hexValue(hex.charCodeAt(i)) << bits;
    bits += 4;
    if (bits === BITS) {
      digits.push(acc);
      acc = 0;
      bits = 0;
    }
  }
  if (bits > 0) digits.push(acc);
  while (digits.length > 1 && digits[digits.length - 1] === 0) digits.pop();
  while (digits.length < size) digits.push(0);
  return digits;
}

function compare(a, b) {
  for (let i = Math.max(a.length, b.length) - 1; i >= 0; i--) {
    const x = i < a.length ? a[i] : 0;
    const y = i < b.length ? b[i] : 0;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

// a -= b in place (requires a >= b).
function subtractInPlace(a, b) {
  let borrow = 0;
  for (let i = 0; i < a.length; i++) {
    let v = a[i] - (i < b.length ? b[i] : 0) - borrow;
    if (v < 0) {
      v += BASE;
      borrow = 1;
    } else {
      borrow = 0;
    }
    a[i] = v;
  }
  if (borrow !== 0) throw new Error('rsa: negative result');
}

// Low 28 bits of a * b, for digits a and b.
function mulLow(a, b) {
  return ((a * (b & HALF)) % BASE + ((a * (b >>> 14)) % 16384) * 16384) % BASE;
}

class Montgomery {
  constructor(modulus) {
    this.n = modulus;
    const k = modulus.length;
    this.k = k;
    // n' = -n^-1 mod 2^28 by Newton's iteration (each step doubles the correct low bits).
    const n0 = modulus[0];
    let inv = 1;
    for (let i = 0; i < 5; i++) inv = mulLow(inv, (2 - mulLow(n0, inv) + BASE) % BASE);
    if (mulLow(inv, n0) !== 1) throw new Error('rsa: modulus is even');
    this.nPrime = (BASE - inv) % BASE;
    // R^2 mod n with R = 2^(28k), by doubling 1 and reducing.
    const x = [1];
    for (let i = 0; i < k; i++) x.push(0);
    for (let i = 0; i < 2 * BITS * k; i++) {
      let carry = 0;
      for (let j = 0; j <= k; j++) {
        const v = x[j] * 2 + carry;
        x[j] = v & MASK;
        carry = v >>> BITS;
      }
      if (compare(x, modulus) >= 0) subtractInPlace(x, modulus);
    }
    x.pop();
    this.r2 = x;
    this.one = [1];
    for (let i = 1; i < k; i++) this.one.push(0);
    this.t = [];
    for (let i = 0; i < k + 2; i++) this.t.push(0);
    this.multiplications = 0;
  }

  // a * b * R^-1 mod n, for a, b < n of k digits; returns a new array of k digits.
  mul(a, b) {
    this.multiplications++;
    const k = this.k;
    const n = this.n;
    const t = this.t;
    for (let i = 0; i < k + 2; i++) t[i] = 0;
    for (let i = 0; i < k; i++) {
      // t += a[i] * b
      const x = a[i];
      const xl = x & HALF;
      const xh = x >>> 14;
      let carry = 0;
      for (let j = 0; j < k; j++) {
        const y = b[j];
        const yl = y & HALF;
        const yh = y >>> 14;
        const mid = xh * yl + yh * xl;
        const lo = xl * yl + ((mid & HALF) << 14) + t[j] + carry;
        carry = (lo >>> BITS) + (mid >>> 14) + xh * yh;
        t[j] = lo & MASK;
      }
      let s = t[k] + carry;
      t[k] = s & MASK;
      t[k + 1] += s >>> BITS;
      // t = (t + m * n) / 2^28, with m chosen so that the low digit becomes zero.
      const m = mulLow(t[0], this.nPrime);
      const ml = m & HALF;
      const mh = m >>> 14;
      carry = 0;
      for (let j = 0; j < k; j++) {
        const y = n[j];
        const yl = y & HALF;
        const yh = y >>> 14;
        const mid = mh * yl + yh * ml;
        const lo = ml * yl + ((mid & HALF) << 14) + t[j] + carry;
        carry = (lo >>> BITS) + (mid >>> 14) + mh * yh;
        if (j > 0) t[j - 1] = lo & MASK;
        else if ((lo & MASK) !== 0) throw new Error('rsa: Montgomery reduction failed');
      }
      s = t[k] + carry;
      t[k - 1] = s & MASK;
      s = t[k + 1] + (s >>> BITS);
      t[k] = s;
      t[k + 1] = 0;
    }
    const r = [];
    for (let i = 0; i < k; i++) r.push(t[i]);
    if (t[k] !== 0 || compare(r, n) >= 0) {
      r.push(t[k]);
      subtractInPlace(r, n);
      r.pop();
    }
    return r;
  }

  // base^exp mod n (base < n; exp a digit array), with a fixed 4-bit window.
  pow(base, exp) {
    const table = [this.mul(this.one, this.r2), this.mul(base, this.r2)];
    for (let i = 2; i < 16; i++) table.push(this.mul(table[i - 1], table[1]));
    let acc = table[0];
    for (let i = exp.length - 1; i >= 0; i--) {
      const digit = exp[i];
      for (let shift = BITS - 4; shift >= 0; shift -= 4) {
        acc = this.mul(acc, acc);
        acc = this.mul(acc, acc);
        acc = this.mul(acc, acc);
        acc = this.mul(acc, acc);
        const w = (digit >>> shift) & 15;
        if (w !== 0) acc = this.mul(acc, table[w]);
      }
    }
    return this.mul(acc, this.one);
  }
}

const modulus = fromHex(N_HEX, 0);
const e = fromHex(E_HEX, 0);
const d = fromHex(D_HEX, 0);
const mont = new Montgomery(modulus);
const k = modulus.length;
const rng = new Rng(20240601);

const MESSAGES = 30;
let checksum = 0;
for (let i = 0; i < MESSAGES; i++) {
  const message = [];
  for (let j = 0; j < k; j++) message.push(rng.digit());
  message[k - 1] = rng.next() % modulus[k - 1]; // keep the message below the modulus
  const cipher = mont.pow(message, e);
  const plain = mont.pow(cipher, d);
  if (compare(plain, message) !== 0) throw new Error('rsa: decryption of message ' + i + ' differs from the original');
  for (let j = 0; j < k; j++) checksum = (checksum * 31 + cipher[j]) % 1000000007;
}
checksum = (checksum + mont.multiplications) % 1000000007;
const EXPECTED = 853033930;
if (checksum !== EXPECTED) throw new Error(`rsa: checksum ${checksum}, expected ${EXPECTED}`);
console.log('rsa: checksum ok');

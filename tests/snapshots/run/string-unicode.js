// String case mapping, normalization and well-formedness beyond ASCII.
console.log('straße'.toUpperCase(), 'ΣΊΣΥΦΟΣ'.toLowerCase(), 'İstanbul'.toLowerCase().length);
console.log('ﬁ'.toUpperCase(), 'ǅ'.toLowerCase(), 'ǆ'.toUpperCase(), '𐐀'.toLowerCase() === '𐐨');
const composed = 'é', decomposed = 'e\u0301';
console.log(composed === decomposed, composed === decomposed.normalize(), composed.normalize('NFD').length);
console.log('ﬁ'.normalize('NFKC'), '①'.normalize('NFKD'), '한'.normalize('NFD').length);
try { 'x'.normalize('nfc'); } catch (e) { console.log(e.name, e.message); }
console.log('ab\uD800'.isWellFormed(), 'ab'.isWellFormed(), 'a\uDC00b'.toWellFormed() === 'a\uFFFDb');
console.log('ß'.toLocaleUpperCase(), 'Σ'.toLocaleLowerCase());

const s = "\uD800"; // escapes may name lone surrogates

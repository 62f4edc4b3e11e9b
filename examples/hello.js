#!/usr/bin/env aot
// A tiny script: `aot check examples/hello.js` parses it; `aot examples/hello.js` runs it
// (once the interpreter lands).
const greet = (name = "world") => `hello, ${name}!`;
console.log(greet(process.argv[2]));

#!/usr/bin/env aot
// A tiny script: `aot examples/hello.js` runs it; `aot check examples/hello.js` only parses it.
const greet = (name = "world") => `hello, ${name}!`;
const languages = ["JavaScript", "C#"];
console.log(greet());
console.log(greet("aot"), { written: languages, startsIn: "milliseconds" });

#!/usr/bin/env aot
console.log("a shebang script");

if (process.argv.length < 3) return console.log("usage");

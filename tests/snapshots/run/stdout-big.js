// portable: stdout matches node
// Many writes (the 64 KB case is tests/Aot.Runtime.Tests/Running/OutputStreamTests) through console.log and process.stdout.write arrive complete and in order.
let total = 0;
for (let i = 0; i < 1000; i++) {
  const line = 'line ' + i + ' ' + 'x'.repeat(i % 20);
  if (i % 2) console.log(line); else process.stdout.write(line + '\n');
  total += line.length + 1;
}
console.log('bytes', total);

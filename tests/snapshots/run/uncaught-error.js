// portable: stdout matches node
// An uncaught exception: stdout so far, then "Uncaught" and the stack on stderr, exit code 1.
console.log('before');
function parse(text) {
  if (text.length === 0) throw new SyntaxError('empty input');
  return text;
}
function main() {
  parse('ok');
  parse('');
}
main();
console.log('never printed');

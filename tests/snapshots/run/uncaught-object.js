// portable: stdout matches node
// Throwing a non-error object: Node prints it inspected after the source line and caret.
console.log('before');
throw { code: 42, reason: 'not an Error' };

// portable: stdout matches node
// Throwing a non-error value.
throw 'plain string';

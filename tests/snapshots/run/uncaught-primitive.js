// Throwing a non-error value.
throw 'plain string';

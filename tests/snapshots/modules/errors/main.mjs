// Loader errors carry Node's codes; a SyntaxError in an imported module names its file:line:col.
const show = (e) => console.log(e.constructor.name, e.code ?? '-', e.message.split('\n')[0].replaceAll(import.meta.dirname, '.'));
await import('./missing.mjs').catch(show);
await import('missing-package').catch(show);
await import('./data.json').catch(show);
await import('./data.json', { with: { type: 'css' } }).catch(show);
console.log((await import('./data.json', { with: { type: 'json' } })).default);
await import('./no-such-export.mjs').catch(show);
await import('./throws.mjs').catch(show);
await import('./throws.mjs').catch((e) => console.log('same error object again:', e === globalThis.firstError));
await import('node:not-a-builtin').catch(show);
await import('./syntax-error.mjs');

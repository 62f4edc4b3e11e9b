const b = Buffer.from('héllo wörld');
console.log(b.length, b[0], b[1], b.toString('hex'), b.toString('base64'), b.toString('latin1').length, b.toString('utf8', 0, 5));
console.log(Buffer.byteLength('€'), Buffer.isBuffer(b), Buffer.isBuffer('x'), Buffer.isEncoding('UTF-8'), Buffer.isEncoding('nope'));
console.log(Buffer.concat([Buffer.from('ab'), Buffer.from('cd')]).toString(), Buffer.alloc(3, 'ab').toString(), Buffer.alloc(2).toString('hex'));
console.log(JSON.stringify(Buffer.from([1, 2, 300])), Buffer.from('aGVsbG8', 'base64').toString(), Buffer.from('68656c6c6f', 'hex').toString());
const c = Buffer.alloc(4); c[0] = 65; c[1] = 321; c[9] = 1; console.log(c.toString('hex'), c[9]);
console.log(b.slice(1, 3).toString('hex'), b.indexOf('l'), b.includes('wö'), b.equals(Buffer.from('héllo wörld')), Buffer.compare(Buffer.from('a'), Buffer.from('b')));
const w = Buffer.alloc(6); console.log(w.write('hey', 1), w.toString('hex'));
try { Buffer.from('x', 'nope') } catch (e) { console.log(e.code, e.message) }
console.log(Buffer.from('-_-_', 'base64url').toString('hex'), Buffer.from('\u00ff\u0100', 'latin1').toString('hex'), Buffer.from('hi', 'utf16le').toString('hex'));
console.log(util.inspect(Buffer.from('hi')), util.inspect(Buffer.alloc(51)), Buffer.from('x')[util.inspect.custom]());

const { StringDecoder } = string_decoder;
const d = new StringDecoder('utf8');
const euro = Buffer.from('€');
console.log(JSON.stringify([d.write(Buffer.from([euro[0]])), d.write(Buffer.from([euro[1]])), d.write(Buffer.from([euro[2], 0x41])), d.end()]));
const d2 = new StringDecoder('utf8');
console.log(JSON.stringify([d2.write(Buffer.from([0xe2, 0x82])), d2.end()]), new StringDecoder().encoding, new StringDecoder('ucs2').encoding);
const d3 = new StringDecoder('base64');
console.log(JSON.stringify([d3.write(Buffer.from('ab')), d3.write(Buffer.from('cd')), d3.end()]));
try { new StringDecoder('nope'); } catch (e) { console.log(e.code, e.message); }
console.log(typeof os.EOL, os.EOL === '\n', os.platform(), os.type(), os.endianness(), typeof os.release(), os.devNull);
console.log(os.cpus().length > 0, typeof os.cpus()[0].model, Object.keys(os.cpus()[0].times).join(), os.totalmem() > os.freemem(), os.freemem() > 0);
console.log(os.tmpdir().startsWith('/'), os.homedir().startsWith('/'), typeof os.hostname(), Object.keys(os.userInfo()).join());
console.log(os.constants.signals.SIGINT, os.constants.signals.SIGTERM, os.constants.errno.ENOENT, os.constants.priority.PRIORITY_HIGH, os.availableParallelism() > 0, os.loadavg().length);
console.log(tty.isatty(-1), tty.isatty(99), tty.isatty('x'), tty.isatty(1.5), typeof tty.WriteStream, typeof tty.ReadStream);
console.log(tty.WriteStream.prototype.getColorDepth({}), tty.WriteStream.prototype.getColorDepth({ TERM: 'xterm-256color' }), tty.WriteStream.prototype.getColorDepth({ COLORTERM: 'truecolor' }),
  tty.WriteStream.prototype.getColorDepth({ FORCE_COLOR: '3' }), tty.WriteStream.prototype.getColorDepth({ TERM: 'dumb' }), tty.WriteStream.prototype.getColorDepth({ TERM: 'screen' }),
  tty.WriteStream.prototype.hasColors(256, { TERM: 'xterm-256color' }), tty.WriteStream.prototype.hasColors({ TERM: 'vt100' }));

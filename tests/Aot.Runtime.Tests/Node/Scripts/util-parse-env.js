const text = [
  '# comment', 'BASIC=basic', 'export EXPORTED=yes', 'EMPTY=', 'SPACED =  spaced value  ', "SINGLE='single # not comment'",
  'DOUBLE="double\\nnewline"', 'BACKTICK=`back tick`', 'INLINE=value # comment', 'MULTI="line1', 'line2"', 'EQUALS=a=b=c',
  'QUOTE_IN="say \'hi\'"', '  INDENTED=ok', 'NOVALUE', 'DUP=1', 'DUP=2', 'UNTERMINATED="oops', 'AFTER=after',
].join('\n');
console.log(JSON.stringify(util.parseEnv(text)));
console.log(JSON.stringify(util.parseEnv('A=1\r\nB=2\r\n')), JSON.stringify(util.parseEnv('')));
const m = util.getSystemErrorMap();
console.log(m instanceof Map, JSON.stringify(m.get(-2)), JSON.stringify(m.get(-13)), m.size > 50);

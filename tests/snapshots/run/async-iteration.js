// Async generators and for await: the request queue, yield awaiting, return(), yield*, sync sources.
function JSONs(o){ return "{" + Object.keys(o).map(k => k + ":" + o[k]).join(",") + "}"; }
async function* ag() { console.log('ag start'); const x = yield 1; console.log('ag got', x); yield Promise.resolve(2); try { yield 3; } finally { console.log('ag finally'); } return 'r'; }
(async () => {
  for await (const v of ag()) console.log('for await', v);
  for await (const v of [1, Promise.resolve(2), 3]) console.log('sync src', v);
  const it = ag();
  console.log(JSONs(await it.next()));
  console.log(JSONs(await it.next('X')));
  console.log(JSONs(await it.next()));
  console.log(JSONs(await it.return('early')));
  console.log(JSONs(await it.next()));
  async function* del() { const r = yield* ag(); console.log('del got', r); }
  for await (const v of del()) { console.log('del', v); }
  const it3 = ag(); const ps = [it3.next(), it3.next(), it3.next(), it3.next(), it3.next()];
  for (const p of ps) console.log(JSONs(await p));
  for await (const v of ag()) { console.log('break at', v); break; }
})().catch(e => console.log('err', e));

const EventEmitter = events;
const log = [];
const e = new EventEmitter();
e.on('newListener', (t, l) => log.push('new ' + String(t) + ' ' + l.name));
function a(x) { log.push('a ' + x + ' ' + (this === e)); }
function b(x) { log.push('b ' + x); }
e.on('x', a);
e.prependListener('x', b);
e.once('x', function c(x) { log.push('c ' + x); });
log.push(e.emit('x', 1), e.emit('x', 2), e.emit('nothing'));
log.push(e.listenerCount('x'), e.listeners('x').map(f => f.name).join(), e.eventNames().join());
e.prependOnceListener('x', function d() { log.push('d'); });
log.push(e.rawListeners('x').length, e.rawListeners('x')[0].name, e.listeners('x')[0].name);
e.on('removeListener', (t, l) => log.push('removed ' + t + ' ' + l.name));
e.off('x', a);
e.removeAllListeners('x');
log.push(e.listenerCount('x'), e.eventNames().join());
e.removeAllListeners();
log.push(e.eventNames().length, e._eventsCount);
try { e.emit('error', new TypeError('boom')); } catch (err) { log.push('threw ' + err.message); }
try { e.emit('error', 'str'); } catch (err) { log.push(err.message + ' ' + err.code + ' ' + err.context); }
try { e.on('y', null); } catch (err) { log.push(err.code + ': ' + err.message); }
e.on('error', (er) => log.push('handled ' + er));
log.push(e.emit('error', 'fine'));
log.push(EventEmitter.defaultMaxListeners, e.getMaxListeners(), e.setMaxListeners(1) === e, e.getMaxListeners());
log.push(EventEmitter.EventEmitter === EventEmitter, typeof EventEmitter.once, EventEmitter.listenerCount(e, 'error'));
class Sub extends EventEmitter { constructor() { super(); this.name = 'sub'; } }
const s = new Sub();
s.on('ping', function () { log.push('ping ' + this.name); });
s.emit('ping');
function Old() { EventEmitter.call(this); }
Object.setPrototypeOf(Old.prototype, EventEmitter.prototype);
const o = new Old();
o.on('z', (...args) => log.push('z ' + args.join('|')));
o.emit('z', 1, 2, 3);
log.push(Object.keys(new EventEmitter()).join());
const sym = Symbol('s');
o.on(sym, () => {});
log.push(o.eventNames().map(String).join());
try { e.setMaxListeners(-1) } catch (err) { log.push(err.code + ': ' + err.message); }
EventEmitter.once(o, 'ready').then(v => log.push('once ' + v.join()));
EventEmitter.once(o, 'fail').catch(er => log.push('rejected ' + er.message));
o.emit('ready', 'a', 'b');
o.emit('error', new Error('bad'));
let p = Promise.resolve(); for (let i = 0; i < 8; i++) p = p.then(() => {}); p.then(() => console.log(JSON.stringify(log)));

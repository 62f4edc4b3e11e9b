// Proxy and Reflect seen through the engine's paths: property access, `in`, delete, for-in,
// spread/rest, JSON, Array methods, calls and `new`, invariants, revocation, deep recursion.
// Output is plain strings so it matches node line for line.
const log = [];
const traps = ['get', 'set', 'has', 'deleteProperty', 'ownKeys', 'getOwnPropertyDescriptor', 'defineProperty',
  'isExtensible', 'preventExtensions', 'apply', 'construct'];
function logging(target) {
  const handler = {};
  for (const name of traps) {
    handler[name] = function (t, key, ...rest) {
      log.push(name + (typeof key === 'string' ? ' ' + key : ''));
      return Reflect[name](t, key, ...rest);
    };
  }
  return new Proxy(target, handler);
}
function show(label, value) {
  console.log(label + ': ' + value + (log.length ? '  [' + log.join(', ') + ']' : ''));
  log.length = 0;
}

const p = logging({ a: 1, b: 2 });
show('get', p.a);
show('get again (no inline cache)', p.a + p.a);
p.c = 3;
show('set', p.c);
show('in', 'a' in p);
show('delete', delete p.c);
const keys = [];
for (const k in p) keys.push(k);
show('for-in', keys.join());
show('Object.keys', Object.keys(p).join());
show('entries', JSON.stringify(Object.entries(p)));
show('spread', JSON.stringify({ ...p }));
const { a, ...rest } = p;
show('rest', a + ' ' + JSON.stringify(rest));
show('JSON.stringify', JSON.stringify(p));
show('assign', JSON.stringify(Object.assign({}, p)));

const arr = logging([1, 2, 3]);
show('Array.isArray', Array.isArray(arr));
show('map', arr.map((x) => x * 2).join());
show('concat', [0].concat(arr).join());
show('JSON array', JSON.stringify(arr));

const fn = new Proxy(function add(x, y) { return x + y; }, {
  apply(target, self, args) { return 'applied ' + target(...args); },
  construct(target, args) { return { built: args.length }; },
});
show('typeof callable proxy', typeof fn);
show('call', fn(1, 2));
show('construct', JSON.stringify(new fn(1, 2, 3)));
class Base {}
const PBase = new Proxy(Base, {});
show('instanceof', (new PBase() instanceof Base) + ' ' + (new Base() instanceof PBase));

const frozen = Object.freeze({ x: 1 });
for (const [label, handler, action] of [
  ['get lies about frozen x', { get: () => 2 }, (q) => q.x],
  ['has hides frozen x', { has: () => false }, (q) => 'x' in q],
  ['ownKeys omits x', { ownKeys: () => [] }, (q) => Object.keys(q)],
  ['trap not callable', { get: 1 }, (q) => q.x],
]) {
  try { action(new Proxy(frozen, handler)); show(label, 'no error'); } catch (e) { show(label, e.constructor.name); }
}

const { proxy, revoke } = Proxy.revocable({}, {});
revoke();
try { proxy.x; } catch (e) { show('revoked get', e.constructor.name); }
try { Array.isArray(proxy); show('revoked isArray', 'no error'); } catch (e) { show('revoked isArray', e.constructor.name); }
show('typeof revoked', typeof proxy);

let deep = {};
for (let i = 0; i < 100000; i++) deep = new Proxy(deep, {});
try { deep.x; show('deep chain', 'no error'); } catch (e) { show('deep chain', e instanceof RangeError); }
const self = new Proxy({}, { get(t, k) { return self[k]; } });
try { self.x; } catch (e) { show('recursive trap', e instanceof RangeError); }

show('Reflect.ownKeys', Reflect.ownKeys({ b: 1, 2: 0, a: 1, 1: 0 }).join());
show('Reflect.apply', Reflect.apply(Math.max, null, [3, 9, 4]));
show('Reflect.construct new.target', Reflect.construct(function () { return this; }, [], Base) instanceof Base);
show('Reflect.defineProperty frozen', Reflect.defineProperty(frozen, 'y', { value: 1 }));
show('Reflect.getOwnPropertyDescriptor', JSON.stringify(Reflect.getOwnPropertyDescriptor(frozen, 'x')));
show('Reflect.has', Reflect.has(Object.create({ inherited: 1 }), 'inherited'));
show('Reflect.setPrototypeOf cycle', Reflect.setPrototypeOf(Base.prototype, new Base()));
show('Object.prototype immutable', Reflect.setPrototypeOf(Object.prototype, {}));

class MyArray extends Array {}
const mine = MyArray.from([1, 2, 3]);
show('species map', mine.map((x) => x) instanceof MyArray);
show('species filter', mine.filter(Boolean) instanceof MyArray);
show('species slice', mine.slice(1).constructor.name);
show('Array.of on a constructor', Array.of.call(MyArray, 1, 2) instanceof MyArray);

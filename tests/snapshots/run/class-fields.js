// Class fields, private members, static blocks and tagged templates (output matches node).
let counter = 0;
const key = 'dyn';
class Counter {
  #count = 0;
  static instances = 0;
  static #secret = 'hidden';
  label = `counter ${++counter}`;
  [key + 'amic'] = () => this.label;
  onTick = function () {};
  #fmt = () => {};
  static { Counter.ready = true; var local = 1; this.blockThis = this === Counter && local; }

  increment() { this.#count++; this.#log('inc'); return this; }
  #log(what) { Counter.last = `${what}:${this.#count}`; }
  get #doubled() { return this.#count * 2; }
  set #doubled(v) { this.#count = v / 2; }
  get value() { return this.#doubled; }
  set value(v) { this.#doubled = v; }
  names() { return [this.onTick.name, this.#fmt.name, this.#log.name]; }
  static isCounter(o) { return #count in o; }
  static reveal() { return Counter.#secret; }
  constructor() { Counter.instances++; }
}

const a = new Counter().increment().increment();
console.log(a.value, Counter.last, a.label, a.dynamic(), a.names());
a.value = 10;
console.log(a.value, Counter.isCounter(a), Counter.isCounter({}), Counter.instances);
console.log(Counter.ready, Counter.blockThis, Counter.reveal());
console.log(Object.keys(a), JSON.stringify(a), Object.getOwnPropertyNames(Counter).sort());

// Private names are per class evaluation; errors name the member.
const make = () => class { #x = 1; static read(o) { return o.#x; } };
const A = make(), B = make();
try { A.read(new B()); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
try { Counter.prototype.increment.call({}); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
try { Counter.isCounter(1); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }

// Derived classes: fields appear after super() returns; arrows see the new this.
class Base { constructor() { this.fromBase = typeof this.extra; } }
class Derived extends Base {
  extra = 'field';
  seen = this.fromBase;
  constructor() { const init = () => super(); init(); this.after = this.extra; }
}
console.log(new Derived());

// A field added twice through a constructor that returns another object.
class Stamp { constructor(o) { return o; } }
class Stamped extends Stamp { #mark = 'm'; static has(o) { return #mark in o; } }
const target = {};
new Stamped(target);
console.log(Stamped.has(target));
try { new Stamped(target); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }

// Tagged templates: one frozen strings array per site, raw strings, member tags keep `this`.
function tag(strings, ...values) { return { strings, values }; }
const sites = [];
for (let i = 0; i < 2; i++) sites.push(tag`x${i}y`);
console.log(sites[0].strings === sites[1].strings, Object.isFrozen(sites[0].strings), sites[1].values);
console.log(tag`a\n${1}\u{41}`.strings.raw, tag`\unicode`.strings[0], String.raw`C:\temp\${'x'}`);
const logger = { prefix: '>', log(strings, ...v) { return this.prefix + strings.join('_') + v.join(','); } };
console.log(logger.log`one${2}three${4}`);

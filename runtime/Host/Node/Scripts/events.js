// node:events — EventEmitter, as documented at https://nodejs.org/api/events.html (our own code).
// A function-style constructor (not a class) so that `EventEmitter.call(this)` and util.inherits
// work as they do in Node. Listeners are stored like Node's: one function, or an array once a
// second listener is added, in a null-prototype `_events` object (inspection output matches).
(function (natives) {
  'use strict';

  const kCapture = Symbol('kCapture');
  const kShapeMode = Symbol('shapeMode');
  const kErrorMonitor = Symbol('events.errorMonitor');
  const kRejection = Symbol.for('nodejs.rejection');
  const apply = Function.prototype.call.bind(Function.prototype.apply);
  const ownKeys = (o) => Object.getOwnPropertyNames(o).concat(Object.getOwnPropertySymbols(o));
  let defaultMaxListeners = 10;

  function checkListener(listener) {
    if (typeof listener !== 'function') throw natives.invalidArgType('listener', 'of type function', listener);
  }

  function outOfRange(name, range, value) {
    return natives.nodeError('RangeError', 'ERR_OUT_OF_RANGE',
      'The value of "' + name + '" is out of range. It must be ' + range + '. Received ' + natives.inspect(value));
  }

  function EventEmitter(opts) {
    EventEmitter.init.call(this, opts);
  }

  EventEmitter.prototype._events = undefined;
  EventEmitter.prototype._eventsCount = 0;
  EventEmitter.prototype._maxListeners = undefined;
  Object.defineProperty(EventEmitter.prototype, kCapture, { value: false, writable: true, enumerable: false });
  Object.defineProperty(EventEmitter.prototype, kShapeMode, { value: false, writable: true, enumerable: false });

  EventEmitter.init = function init(opts) {
    if (this._events === undefined || this._events === Object.getPrototypeOf(this)._events) {
      this._events = Object.create(null);
      this._eventsCount = 0;
      this[kShapeMode] = false;
    } else {
      this[kShapeMode] = true;
    }
    this._maxListeners = this._maxListeners || undefined;
    if (opts != null && opts.captureRejections) {
      if (typeof opts.captureRejections !== 'boolean')
        throw natives.invalidArgType('options.captureRejections', 'of type boolean', opts.captureRejections);
      this[kCapture] = Boolean(opts.captureRejections);
    } else {
      this[kCapture] = EventEmitter.prototype[kCapture];
    }
  };

  function getMaxListeners(that) {
    return that._maxListeners === undefined ? defaultMaxListeners : that._maxListeners;
  }

  function validateCount(n, name) {
    if (typeof n !== 'number') throw natives.invalidArgType(name, 'of type number', n);
    if (n < 0 || n !== n) throw outOfRange(name, '>= 0', n);
  }

  EventEmitter.prototype.setMaxListeners = function setMaxListeners(n) {
    validateCount(n, 'setMaxListeners');
    this._maxListeners = n;
    return this;
  };

  EventEmitter.prototype.getMaxListeners = function getMaxListeners_() {
    return getMaxListeners(this);
  };

  function unhandledError(er) {
    let text;
    try { text = natives.inspect(er); } catch (e) { text = er; }
    const err = natives.nodeError('Error', 'ERR_UNHANDLED_ERROR', 'Unhandled error. (' + text + ')');
    err.context = er;
    return err;
  }

  EventEmitter.prototype.emit = function emit(type, ...args) {
    let doError = type === 'error';
    const events = this._events;
    if (events !== undefined) {
      if (doError && events[kErrorMonitor] !== undefined) this.emit(kErrorMonitor, ...args);
      doError = doError && events.error === undefined;
    } else if (!doError) {
      return false;
    }
    if (doError) {
      const er = args.length > 0 ? args[0] : undefined;
      if (er instanceof Error) throw er;
      throw unhandledError(er);
    }
    const handler = events[type];
    if (handler === undefined) return false;
    if (typeof handler === 'function') {
      const result = apply(handler, this, args);
      if (result !== undefined && result !== null && this[kCapture]) addCatch(this, result, type, args);
    } else {
      const listeners = handler.slice();
      for (let i = 0; i < listeners.length; ++i) {
        const result = apply(listeners[i], this, args);
        if (result !== undefined && result !== null && this[kCapture]) addCatch(this, result, type, args);
      }
    }
    return true;
  };

  // captureRejections: a rejected promise returned by a listener becomes an 'error' event.
  function addCatch(that, promise, type, args) {
    const then = promise.then;
    if (typeof then !== 'function') return;
    then.call(promise, undefined, function (err) {
      Promise.resolve().then(() => {
        if (typeof that[kRejection] === 'function') that[kRejection](err, type, ...args);
        else that.emit('error', err);
      });
    });
  }

  function addListener(target, type, listener, prepend) {
    checkListener(listener);
    let events = target._events;
    let existing;
    if (events === undefined) {
      events = target._events = Object.create(null);
      target._eventsCount = 0;
    } else {
      if (events.newListener !== undefined) {
        target.emit('newListener', type, listener.listener ? listener.listener : listener);
        events = target._events;
      }
      existing = events[type];
    }
    if (existing === undefined) {
      events[type] = listener;
      ++target._eventsCount;
    } else {
      if (typeof existing === 'function') {
        existing = events[type] = prepend ? [listener, existing] : [existing, listener];
      } else if (prepend) {
        existing.unshift(listener);
      } else {
        existing.push(listener);
      }
      const m = getMaxListeners(target);
      if (m > 0 && existing.length > m && !existing.warned) {
        existing.warned = true;
        const w = new Error('Possible EventEmitter memory leak detected. ' + existing.length + ' ' + String(type) +
          ' listeners added to ' + natives.inspect(target, { depth: -1 }) + '. MaxListeners is ' + m +
          '. Use emitter.setMaxListeners() to increase limit');
        w.name = 'MaxListenersExceededWarning';
        w.emitter = target;
        w.type = type;
        w.count = existing.length;
        emitWarning(w);
      }
    }
    return target;
  }

  function emitWarning(w) {
    const process = globalThis.process;
    if (process && typeof process.emitWarning === 'function') { process.emitWarning(w); return; }
    natives.writeStderr('(node:' + natives.pid() + ') ' + w.name + ': ' + w.message +
      '\n(Use `node --trace-warnings ...` to show where the warning was created)\n');
  }

  EventEmitter.prototype.addListener = function addListener_(type, listener) {
    return addListener(this, type, listener, false);
  };
  EventEmitter.prototype.on = EventEmitter.prototype.addListener;
  EventEmitter.prototype.prependListener = function prependListener(type, listener) {
    return addListener(this, type, listener, true);
  };

  function onceWrapper() {
    if (!this.fired) {
      this.target.removeListener(this.type, this.wrapFn);
      this.fired = true;
      if (arguments.length === 0) return this.listener.call(this.target);
      return this.listener.apply(this.target, arguments);
    }
  }

  function onceWrap(target, type, listener) {
    const state = { fired: false, wrapFn: undefined, target, type, listener };
    const wrapped = onceWrapper.bind(state);
    wrapped.listener = listener;
    state.wrapFn = wrapped;
    return wrapped;
  }

  EventEmitter.prototype.once = function once(type, listener) {
    checkListener(listener);
    this.on(type, onceWrap(this, type, listener));
    return this;
  };

  EventEmitter.prototype.prependOnceListener = function prependOnceListener(type, listener) {
    checkListener(listener);
    this.prependListener(type, onceWrap(this, type, listener));
    return this;
  };

  EventEmitter.prototype.removeListener = function removeListener(type, listener) {
    checkListener(listener);
    const events = this._events;
    if (events === undefined) return this;
    const list = events[type];
    if (list === undefined) return this;
    if (list === listener || list.listener === listener) {
      this._eventsCount -= 1;
      if (this[kShapeMode]) {
        events[type] = undefined;
      } else if (this._eventsCount === 0) {
        this._events = Object.create(null);
      } else {
        delete events[type];
        if (events.removeListener) this.emit('removeListener', type, list.listener || listener);
      }
    } else if (typeof list !== 'function') {
      let position = -1;
      for (let i = list.length - 1; i >= 0; i--) {
        if (list[i] === listener || list[i].listener === listener) {
          position = i;
          break;
        }
      }
      if (position < 0) return this;
      if (position === 0) list.shift();
      else list.splice(position, 1);
      if (list.length === 1) events[type] = list[0];
      if (events.removeListener !== undefined) this.emit('removeListener', type, listener);
    }
    return this;
  };
  EventEmitter.prototype.off = EventEmitter.prototype.removeListener;

  EventEmitter.prototype.removeAllListeners = function removeAllListeners(type) {
    const events = this._events;
    if (events === undefined) return this;
    if (events.removeListener === undefined) {
      if (arguments.length === 0) {
        this._events = Object.create(null);
        this._eventsCount = 0;
      } else if (events[type] !== undefined) {
        if (--this._eventsCount === 0) this._events = Object.create(null);
        else delete events[type];
      }
      this[kShapeMode] = false;
      return this;
    }
    if (arguments.length === 0) {
      for (const key of ownKeys(events)) {
        if (key === 'removeListener') continue;
        this.removeAllListeners(key);
      }
      this.removeAllListeners('removeListener');
      this._events = Object.create(null);
      this._eventsCount = 0;
      this[kShapeMode] = false;
      return this;
    }
    const listeners = events[type];
    if (typeof listeners === 'function') {
      this.removeListener(type, listeners);
    } else if (listeners !== undefined) {
      for (let i = listeners.length - 1; i >= 0; i--) this.removeListener(type, listeners[i]);
    }
    return this;
  };

  function listeners(target, type, unwrap) {
    const events = target._events;
    if (events === undefined) return [];
    const listener = events[type];
    if (listener === undefined) return [];
    if (typeof listener === 'function') return unwrap ? [listener.listener || listener] : [listener];
    return unwrap ? listener.map((l) => l.listener || l) : listener.slice();
  }

  EventEmitter.prototype.listeners = function listeners_(type) { return listeners(this, type, true); };
  EventEmitter.prototype.rawListeners = function rawListeners(type) { return listeners(this, type, false); };

  function listenerCount(type, listener) {
    const events = this._events;
    if (events !== undefined) {
      const evlistener = events[type];
      if (typeof evlistener === 'function') {
        if (listener != null) return listener === evlistener || listener === evlistener.listener ? 1 : 0;
        return 1;
      } else if (evlistener !== undefined) {
        if (listener != null) {
          let matching = 0;
          for (let i = 0, l = evlistener.length; i < l; i++) {
            if (evlistener[i] === listener || evlistener[i].listener === listener) matching++;
          }
          return matching;
        }
        return evlistener.length;
      }
    }
    return 0;
  }
  EventEmitter.prototype.listenerCount = listenerCount;

  EventEmitter.prototype.eventNames = function eventNames() {
    return this._eventsCount > 0 ? ownKeys(this._events) : [];
  };

  // ------------------------------------------------------------------ statics

  EventEmitter.once = async function once(emitter, name, options) {
    return new Promise((resolve, reject) => {
      const errorListener = (err) => {
        emitter.removeListener(name, resolver);
        reject(err);
      };
      const resolver = (...args) => {
        if (typeof emitter.removeListener === 'function') emitter.removeListener('error', errorListener);
        resolve(args);
      };
      if (typeof emitter.once === 'function') emitter.once(name, resolver);
      else if (typeof emitter.addEventListener === 'function') emitter.addEventListener(name, resolver, { once: true });
      else throw natives.invalidArgType('emitter', 'an instance of EventEmitter or EventTarget', emitter);
      if (name !== 'error' && typeof emitter.once === 'function') emitter.once('error', errorListener);
    });
  };

  // events.on(emitter, name): an async iterator over the event's argument arrays.
  EventEmitter.on = function on(emitter, event) {
    const unconsumedEvents = [];
    const unconsumedPromises = [];
    let error = null;
    let finished = false;
    const eventHandler = (...args) => {
      const pending = unconsumedPromises.shift();
      if (pending) pending.resolve({ value: args, done: false });
      else unconsumedEvents.push(args);
    };
    const errorHandler = (err) => {
      finished = true;
      const pending = unconsumedPromises.shift();
      if (pending) pending.reject(err);
      else error = err;
      iterator.return();
    };
    const iterator = Object.setPrototypeOf({
      next() {
        const value = unconsumedEvents.shift();
        if (value) return Promise.resolve({ value, done: false });
        if (error) {
          const p = Promise.reject(error);
          error = null;
          return p;
        }
        if (finished) return Promise.resolve({ value: undefined, done: true });
        return new Promise((resolve, reject) => unconsumedPromises.push({ resolve, reject }));
      },
      return() {
        emitter.removeListener(event, eventHandler);
        emitter.removeListener('error', errorHandler);
        finished = true;
        for (const promise of unconsumedPromises) promise.resolve({ value: undefined, done: true });
        unconsumedPromises.length = 0;
        return Promise.resolve({ value: undefined, done: true });
      },
      throw(err) {
        error = err;
        emitter.removeListener(event, eventHandler);
        emitter.removeListener('error', errorHandler);
      },
      [Symbol.asyncIterator]() { return this; },
    }, Object.getPrototypeOf(Object.getPrototypeOf(async function* () {}).prototype));
    emitter.on(event, eventHandler);
    if (event !== 'error') emitter.on('error', errorHandler);
    return iterator;
  };

  EventEmitter.getEventListeners = function getEventListeners(emitter, type) {
    if (typeof emitter.listeners === 'function') return emitter.listeners(type);
    return [];
  };

  EventEmitter.getMaxListeners = function getMaxListeners_(emitter) {
    if (typeof emitter.getMaxListeners === 'function') return getMaxListeners(emitter);
    throw natives.invalidArgType('emitter', 'an instance of EventEmitter or EventTarget', emitter);
  };

  EventEmitter.setMaxListeners = function setMaxListeners(n = defaultMaxListeners, ...eventTargets) {
    validateCount(n, 'n');
    if (eventTargets.length === 0) {
      defaultMaxListeners = n;
    } else {
      for (const target of eventTargets) {
        if (typeof target.setMaxListeners === 'function') target.setMaxListeners(n);
        else throw natives.invalidArgType('eventTargets', 'an instance of EventEmitter or EventTarget', target);
      }
    }
  };

  EventEmitter.listenerCount = function (emitter, type) {
    if (typeof emitter.listenerCount === 'function') return emitter.listenerCount(type);
    return listenerCount.call(emitter, type);
  };

  EventEmitter.EventEmitter = EventEmitter;
  EventEmitter.usingDomains = false;
  EventEmitter.captureRejectionSymbol = kRejection;
  let captureRejections = false;
  Object.defineProperty(EventEmitter, 'captureRejections', {
    get() { return captureRejections; },
    set(value) {
      if (typeof value !== 'boolean') throw natives.invalidArgType('EventEmitter.captureRejections', 'of type boolean', value);
      captureRejections = value;
      EventEmitter.prototype[kCapture] = value;
    },
    enumerable: true,
  });
  EventEmitter.errorMonitor = kErrorMonitor;
  Object.defineProperty(EventEmitter, 'defaultMaxListeners', {
    enumerable: true,
    get() { return defaultMaxListeners; },
    set(arg) {
      if (typeof arg !== 'number' || arg < 0 || arg !== arg) throw outOfRange('defaultMaxListeners', 'a non-negative number', arg);
      defaultMaxListeners = arg;
    },
  });
  return EventEmitter;
});

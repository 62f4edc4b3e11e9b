// fork's IPC channel, our own code: send/disconnect/connected and 'message'/'disconnect' events on a
// ChildProcess (parent side) or on process (child side), over a Unix socket carrying one JSON text
// per line (Node's default 'json' serialization). No handles are passed (sendHandle is ignored).
(function (natives) {
  'use strict';

  const { StringDecoder } = natives.require('string_decoder');
  const nextTick = (fn, ...args) => globalThis.process.nextTick(fn, ...args);

  function setupChannel(target, pipe) {
    const decoder = new StringDecoder('utf8');
    let pending = '';
    target.connected = true;
    target.channel = {
      ref() { pipe.ref(); },
      unref() { pipe.unref(); },
    };

    function disconnect() {
      if (!target.connected) return;
      target.connected = false;
      target.channel = null;
      pipe.close();
      nextTick(() => target.emit('disconnect'));
    }

    pipe.readStart((chunk) => {
      if (chunk === null) {
        disconnect();
        return;
      }
      pending += decoder.write(chunk);
      let newline;
      while (target.connected && (newline = pending.indexOf('\n')) >= 0) {
        const line = pending.slice(0, newline);
        pending = pending.slice(newline + 1);
        let message;
        try {
          message = JSON.parse(line);
        } catch {
          continue;
        }
        target.emit('message', message, undefined);
      }
    });

    target.send = function send(message, handle, options, callback) {
      if (typeof handle === 'function') {
        callback = handle;
      } else if (typeof options === 'function') {
        callback = options;
      }
      if (message === undefined) {
        throw natives.nodeError('TypeError', 'ERR_MISSING_ARGS', 'The "message" argument must be specified');
      }
      if (typeof message !== 'string' && typeof message !== 'object' && typeof message !== 'number' && typeof message !== 'boolean') {
        throw natives.invalidArgType('message', 'one of type string, object, number, or boolean', message);
      }
      if (!target.connected) {
        const err = natives.nodeError('Error', 'ERR_IPC_CHANNEL_CLOSED', 'Channel closed');
        if (typeof callback === 'function') nextTick(callback, err);
        else nextTick(() => target.emit('error', err));
        return false;
      }
      pipe.write(`${JSON.stringify(message)}\n`, 'utf8', (status) => {
        if (typeof callback === 'function') callback(status < 0 ? natives.nodeError('Error', natives.errnoName(status), `write ${natives.errnoName(status)}`) : null);
      });
      return true;
    };

    target.disconnect = function () {
      if (!target.connected) {
        target.emit('error', natives.nodeError('Error', 'ERR_IPC_DISCONNECTED', 'IPC channel is already disconnected'));
        return;
      }
      disconnect();
    };
  }

  return { setupChannel };
});

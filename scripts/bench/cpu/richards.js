// richards.js: simulation of a small operating-system kernel, in the manner of Martin Richards'
// scheduler benchmark. Six tasks (an idle task, a worker, two packet handlers and two devices)
// exchange packets through per-task queues under a priority scheduler that holds, suspends
// and releases them. Written for the Aot benchmark suite; deterministic and self-checking.
'use strict';

const TASK_IDLE = 0;
const TASK_WORKER = 1;
const TASK_HANDLER_A = 2;
const TASK_HANDLER_B = 3;
const TASK_DEVICE_A = 4;
const TASK_DEVICE_B = 5;
const TASK_COUNT = 6;

const PACKET_DEVICE = 0;
const PACKET_WORK = 1;
const PAYLOAD_SIZE = 4;

// Task state bits.
const HAS_PACKET = 1; // a packet is waiting in the task's queue
const WAITING = 2;    // the task waits for a packet before it can run
const HELD = 4;       // the task was held and may not run until released

class Packet {
  constructor(next, owner, kind) {
    this.next = next;
    this.owner = owner;
    this.kind = kind;
    this.count = 0;
    this.payload = [];
    for (let i = 0; i < PAYLOAD_SIZE; i++) this.payload.push(0);
  }
}

// Appends `packet` to the end of `queue` (a linked list of packets) and returns the new head.
function enqueue(packet, queue) {
  packet.next = null;
  if (queue === null) return packet;
  let tail = queue;
  while (tail.next !== null) tail = tail.next;
  tail.next = packet;
  return queue;
}

class Task {
  constructor(kernel, id, priority, queue) {
    this.kernel = kernel;
    this.id = id;
    this.priority = priority;
    this.queue = queue;
    this.state = queue === null ? WAITING : WAITING | HAS_PACKET;
    this.link = null;
  }

  get runnable() {
    // Runnable when not held and either has a packet or is not waiting for one.
    return (this.state & HELD) === 0 && this.state !== WAITING;
  }

  // Runs one step; returns the task the scheduler continues with.
  dispatch() {
    let packet = null;
    if (this.state === (WAITING | HAS_PACKET)) {
      packet = this.queue;
      this.queue = packet.next;
      this.state = this.queue === null ? 0 : HAS_PACKET;
    }
    return this.step(packet);
  }

  // Delivers `packet` to this task; returns the task that should run next.
  deliver(packet, current) {
    if (this.queue === null) {
      this.queue = packet;
      this.state |= HAS_PACKET;
      if (this.priority > current.priority) return this;
    } else {
      this.queue = enqueue(packet, this.queue);
    }
    return current;
  }
}

class IdleTask extends Task {
  constructor(kernel, id, priority, queue, rounds) {
    super(kernel, id, priority, queue);
    this.bits = 1;
    this.rounds = rounds;
  }
  step(packet) {
    const k = this.kernel;
    if (--this.rounds === 0) return k.hold();
    // A 16-bit feedback shift register decides which device to wake.
    if ((this.bits & 1) === 0) {
      this.bits = this.bits >> 1;
      return k.release(TASK_DEVICE_A);
    }
    this.bits = (this.bits >> 1) ^ 0xd008;
    return k.release(TASK_DEVICE_B);
  }
}

class WorkerTask extends Task {
  constructor(kernel, id, priority, queue) {
    super(kernel, id, priority, queue);
    this.target = TASK_HANDLER_A;
    this.letter = 0;
  }
  step(packet) {
    const k = this.kernel;
    if (packet === null) return k.wait();
    this.target = this.target === TASK_HANDLER_A ? TASK_HANDLER_B : TASK_HANDLER_A;
    packet.owner = this.target;
    packet.count = 0;
    for (let i = 0; i < PAYLOAD_SIZE; i++) {
      this.letter++;
      if (this.letter > 26) this.letter = 1;
      packet.payload[i] = this.letter;
    }
    return k.send(packet);
  }
}

class HandlerTask extends Task {
  constructor(kernel, id, priority, queue) {
    super(kernel, id, priority, queue);
    this.work = null;    // work packets waiting to be split into characters
    this.devices = null; // device packets available to carry characters
  }
  step(packet) {
    const k = this.kernel;
    if (packet !== null) {
      if (packet.kind === PACKET_WORK) this.work = enqueue(packet, this.work);
      else this.devices = enqueue(packet, this.devices);
    }
    const work = this.work;
    if (work !== null) {
      const index = work.count;
      if (index < PAYLOAD_SIZE) {
        const device = this.devices;
        if (device !== null) {
          this.devices = device.next;
          device.count = work.payload[index];
          work.count = index + 1;
          return k.send(device);
        }
      } else {
        this.work = work.next;
        return k.send(work);
      }
    }
    return k.wait();
  }
}

class DeviceTask extends Task {
  constructor(kernel, id, priority, queue) {
    super(kernel, id, priority, queue);
    this.pending = null;
  }
  step(packet) {
    const k = this.kernel;
    if (packet === null) {
      const p = this.pending;
      if (p === null) return k.wait();
      this.pending = null;
      return k.send(p);
    }
    this.pending = packet;
    k.output += packet.count;
    return k.hold();
  }
}

class Kernel {
  constructor() {
    this.tasks = [];
    for (let i = 0; i < TASK_COUNT; i++) this.tasks.push(null);
    this.first = null;
    this.current = null;
    this.sends = 0;
    this.holds = 0;
    this.output = 0;
  }

  add(task) {
    task.link = this.first;
    this.first = task;
    this.tasks[task.id] = task;
  }

  run() {
    let t = this.first;
    while (t !== null) {
      if (t.runnable) {
        this.current = t;
        t = t.dispatch();
      } else {
        t = t.link;
      }
    }
  }

  hold() {
    this.holds++;
    this.current.state |= HELD;
    return this.current.link;
  }

  wait() {
    this.current.state |= WAITING;
    return this.current;
  }

  release(id) {
    const t = this.tasks[id];
    t.state &= ~HELD;
    return t.priority > this.current.priority ? t : this.current;
  }

  send(packet) {
    const to = this.tasks[packet.owner];
    this.sends++;
    packet.next = null;
    packet.owner = this.current.id;
    return to.deliver(packet, this.current);
  }
}

function simulate(rounds) {
  const k = new Kernel();
  k.add(new IdleTask(k, TASK_IDLE, 0, null, rounds));

  let q = new Packet(null, TASK_WORKER, PACKET_WORK);
  q = new Packet(q, TASK_WORKER, PACKET_WORK);
  k.add(new WorkerTask(k, TASK_WORKER, 1000, q));

  q = new Packet(null, TASK_DEVICE_A, PACKET_DEVICE);
  q = new Packet(q, TASK_DEVICE_A, PACKET_DEVICE);
  q = new Packet(q, TASK_DEVICE_A, PACKET_DEVICE);
  k.add(new HandlerTask(k, TASK_HANDLER_A, 2000, q));

  q = new Packet(null, TASK_DEVICE_B, PACKET_DEVICE);
  q = new Packet(q, TASK_DEVICE_B, PACKET_DEVICE);
  q = new Packet(q, TASK_DEVICE_B, PACKET_DEVICE);
  k.add(new HandlerTask(k, TASK_HANDLER_B, 3000, q));

  k.add(new DeviceTask(k, TASK_DEVICE_A, 4000, null));
  k.add(new DeviceTask(k, TASK_DEVICE_B, 5000, null));

  // The idle task starts running; the others start waiting, with or without packets.
  k.tasks[TASK_IDLE].state = 0;
  k.run();
  return k;
}

const ITERATIONS = 4500;
const ROUNDS = 1000;
let checksum = 0;
for (let i = 0; i < ITERATIONS; i++) {
  const k = simulate(ROUNDS);
  checksum = (checksum * 31 + k.sends * 7 + k.holds * 3 + k.output) % 1000000007;
}
const EXPECTED = 656015621;
if (checksum !== EXPECTED) throw new Error(`richards: checksum ${checksum}, expected ${EXPECTED}`);
console.log('richards: checksum ok');

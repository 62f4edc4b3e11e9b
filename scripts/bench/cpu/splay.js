// splay.js: a top-down splay tree (Sleator and Tarjan) under a steady stream of inserts,
// lookups and removals. Each node's value is a freshly built payload: a small tree of objects,
// arrays and strings, so the benchmark also stresses allocation and garbage collection of
// mid-lived data, as the classic splay benchmark does.
// Written for the Aot benchmark suite; deterministic and self-checking.
'use strict';

class Rng {
  constructor(seed) {
    this.state = seed;
  }
  // Park-Miller minimal standard generator; products stay below 2^46, exact in doubles.
  next() {
    this.state = (this.state * 16807) % 2147483647;
    return this.state;
  }
}

class Node {
  constructor(key, value) {
    this.key = key;
    this.value = value;
    this.left = null;
    this.right = null;
  }
}

class SplayTree {
  constructor() {
    this.root = null;
    this.size = 0;
  }

  // Moves the node with `key`, or the last node on the search path, to the root.
  splay(key) {
    if (this.root === null) return;
    const header = new Node(0, null);
    let left = header;
    let right = header;
    let t = this.root;
    for (;;) {
      if (key < t.key) {
        if (t.left === null) break;
        if (key < t.left.key) {
          const y = t.left; // rotate right
          t.left = y.right;
          y.right = t;
          t = y;
          if (t.left === null) break;
        }
        right.left = t; // link right
        right = t;
        t = t.left;
      } else if (key > t.key) {
        if (t.right === null) break;
        if (key > t.right.key) {
          const y = t.right; // rotate left
          t.right = y.left;
          y.left = t;
          t = y;
          if (t.right === null) break;
        }
        left.right = t; // link left
        left = t;
        t = t.right;
      } else {
        break;
      }
    }
    left.right = t.left; // assemble
    right.left = t.right;
    t.left = header.right;
    t.right = header.left;
    this.root = t;
  }

  // Inserts key -> value; returns false (and changes nothing) when the key is present.
  insert(key, value) {
    if (this.root === null) {
      this.root = new Node(key, value);
      this.size = 1;
      return true;
    }
    this.splay(key);
    const r = this.root;
    if (r.key === key) return false;
    const node = new Node(key, value);
    if (key > r.key) {
      node.left = r;
      node.right = r.right;
      r.right = null;
    } else {
      node.right = r;
      node.left = r.left;
      r.left = null;
    }
    this.root = node;
    this.size++;
    return true;
  }

  find(key) {
    if (this.root === null) return null;
    this.splay(key);
    return this.root.key === key ? this.root : null;
  }

  remove(key) {
    if (this.root === null) return null;
    this.splay(key);
    const r = this.root;
    if (r.key !== key) return null;
    if (r.left === null) {
      this.root = r.right;
    } else {
      const right = r.right;
      this.root = r.left;
      this.splay(key); // the largest key of the left subtree comes to the root
      this.root.right = right;
    }
    this.size--;
    return r;
  }

  // The node with the greatest key below `key`, or null.
  greatestBelow(key) {
    if (this.root === null) return null;
    this.splay(key);
    if (this.root.key < key) return this.root;
    let t = this.root.left;
    if (t === null) return null;
    while (t.right !== null) t = t.right;
    return t;
  }

  // Visits the keys in order; returns the number of nodes and checks that keys ascend.
  walk() {
    let count = 0;
    let previous = -1;
    const stack = [];
    let t = this.root;
    while (t !== null || stack.length > 0) {
      while (t !== null) {
        stack.push(t);
        t = t.left;
      }
      t = stack.pop();
      if (t.key <= previous) throw new Error('splay: keys out of order');
      previous = t.key;
      count++;
      t = t.right;
    }
    return count;
  }
}

// A payload: a binary tree of the given depth whose leaves hold an array and a string.
function payload(depth, tag) {
  if (depth === 0) return { array: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], text: 'leaf ' + tag, tag: tag };
  return { left: payload(depth - 1, tag), right: payload(depth - 1, tag + 1), tag: tag };
}

function payloadWeight(p) {
  if (p.left === undefined) return p.array.length + p.text.length + p.tag;
  return payloadWeight(p.left) + payloadWeight(p.right) + 1;
}

const TREE_SIZE = 4000;
const ROUNDS = 60;
const CHANGES_PER_ROUND = 1000;
const PAYLOAD_DEPTH = 4;
const KEY_RANGE = 1000000;

const rng = new Rng(4242);
const tree = new SplayTree();
let checksum = 0;

function newKey() {
  for (;;) {
    const key = rng.next() % KEY_RANGE;
    if (tree.find(key) === null) return key;
  }
}

for (let i = 0; i < TREE_SIZE; i++) {
  const key = newKey();
  tree.insert(key, payload(PAYLOAD_DEPTH, key % 100));
}
for (let round = 0; round < ROUNDS; round++) {
  for (let i = 0; i < CHANGES_PER_ROUND; i++) {
    // Insert a fresh key, then remove the one just below it (or the new one when none is),
    // which keeps the size constant and moves the working set through the key range.
    const key = newKey();
    if (!tree.insert(key, payload(PAYLOAD_DEPTH, key % 100))) throw new Error('splay: insert failed');
    const below = tree.greatestBelow(key);
    const victim = below !== null ? below.key : key;
    const removed = tree.remove(victim);
    if (removed === null || removed.key !== victim) throw new Error('splay: remove failed');
    checksum = (checksum * 31 + (victim % 1000) + payloadWeight(removed.value)) % 1000000007;
    // A few lookups of keys that may or may not be present.
    for (let j = 0; j < 4; j++) {
      const probe = rng.next() % KEY_RANGE;
      if (tree.find(probe) !== null) checksum = (checksum + probe) % 1000000007;
    }
  }
  if (tree.size !== TREE_SIZE) throw new Error('splay: size is ' + tree.size);
  if (tree.walk() !== TREE_SIZE) throw new Error('splay: walk disagrees with size');
}
const EXPECTED = 95202066;
if (checksum !== EXPECTED) throw new Error(`splay: checksum ${checksum}, expected ${EXPECTED}`);
console.log('splay: checksum ok');

// deltablue.js: an incremental one-way constraint solver in the manner of DeltaBlue
// (Freeman-Benson, Maloney and Borning). Constraints have strengths; adding or removing one
// re-plans only the affected part of the graph, walking strengths to decide which constraint
// determines each variable, and a plan (a topologically ordered list of constraints) is then
// executed to propagate values. The classic chain and projection tests drive it.
// Written for the Aot benchmark suite; deterministic and self-checking.
'use strict';

// --- strengths -------------------------------------------------------------------------------
// Lower numbers are stronger; REQUIRED can never be left unsatisfied.
const REQUIRED = 0;
const STRONG_PREFERRED = 1;
const PREFERRED = 2;
const STRONG_DEFAULT = 3;
const NORMAL = 4;
const WEAK_DEFAULT = 5;
const WEAKEST = 6;

const stronger = (a, b) => a < b;
const weaker = (a, b) => a > b;
const weakestOf = (a, b) => (a > b ? a : b);
const nextWeaker = (s) => (s === REQUIRED ? WEAKEST : s + 1);

// Directions of a binary constraint.
const NONE = 0;
const FORWARD = 1;
const BACKWARD = 2;

let marks = 0;
const newMark = () => ++marks;

// Checked failures of the solver's invariants.
function fail(message) {
  throw new Error('deltablue: ' + message);
}

// --- variables -------------------------------------------------------------------------------
class Variable {
  constructor(name, value) {
    this.name = name;
    this.value = value;
    this.constraints = [];
    this.determinedBy = null;
    this.mark = 0;
    this.walkStrength = WEAKEST;
    this.stay = true;
  }
  addConstraint(c) {
    this.constraints.push(c);
  }
  removeConstraint(c) {
    const kept = [];
    for (let i = 0; i < this.constraints.length; i++) {
      if (this.constraints[i] !== c) kept.push(this.constraints[i]);
    }
    this.constraints = kept;
    if (this.determinedBy === c) this.determinedBy = null;
  }
}

// --- constraints -----------------------------------------------------------------------------
class Constraint {
  constructor(strength) {
    this.strength = strength;
  }

  // Adds the constraint to the graph and re-plans around it.
  install(planner) {
    this.attach();
    planner.add(this);
  }

  uninstall(planner) {
    if (this.isSatisfied()) planner.remove(this);
    this.detach();
  }

  // Tries to satisfy the constraint (choosing a method to run); returns the variable whose
  // previous determining constraint is now overridden, or null.
  satisfy(mark, planner) {
    this.chooseMethod(mark);
    if (!this.isSatisfied()) {
      if (this.strength === REQUIRED) fail('could not satisfy a required constraint');
      return null;
    }
    this.markInputs(mark);
    const out = this.output();
    const overridden = out.determinedBy;
    if (overridden !== null) overridden.markUnsatisfied();
    out.determinedBy = this;
    if (!planner.propagateFrom(this, mark)) fail('cycle encountered');
    out.mark = mark;
    return overridden;
  }

  isInput() {
    return false;
  }
}

class UnaryConstraint extends Constraint {
  constructor(variable, strength, planner) {
    super(strength);
    this.variable = variable;
    this.satisfied = false;
    this.install(planner);
  }
  attach() {
    this.variable.addConstraint(this);
  }
  detach() {
    this.variable.removeConstraint(this);
  }
  chooseMethod(mark) {
    this.satisfied = this.variable.mark !== mark && stronger(this.strength, this.variable.walkStrength);
  }
  isSatisfied() {
    return this.satisfied;
  }
  markInputs(mark) {}
  output() {
    return this.variable;
  }
  recalculate() {
    this.variable.walkStrength = this.strength;
    this.variable.stay = !this.isInput();
    if (this.variable.stay) this.execute();
  }
  markUnsatisfied() {
    this.satisfied = false;
  }
  inputsKnown(mark) {
    return true;
  }
}

// Keeps a variable's value (weakly) where it is.
class StayConstraint extends UnaryConstraint {
  execute() {}
}

// Marks a variable as changed by the outside world (an "edit").
class EditConstraint extends UnaryConstraint {
  isInput() {
    return true;
  }
  execute() {}
}

class BinaryConstraint extends Constraint {
  constructor(a, b, strength, planner) {
    super(strength);
    this.a = a;
    this.b = b;
    this.direction = NONE;
  }
  attach() {
    this.a.addConstraint(this);
    this.b.addConstraint(this);
  }
  detach() {
    this.a.removeConstraint(this);
    this.b.removeConstraint(this);
  }
  chooseMethod(mark) {
    const a = this.a;
    const b = this.b;
    if (a.mark === mark) {
      this.direction = b.mark !== mark && stronger(this.strength, b.walkStrength) ? FORWARD : NONE;
    } else if (b.mark === mark) {
      this.direction = a.mark !== mark && stronger(this.strength, a.walkStrength) ? BACKWARD : NONE;
    } else if (weaker(a.walkStrength, b.walkStrength)) {
      // Overwrite the weaker side if this constraint is stronger than it.
      this.direction = stronger(this.strength, a.walkStrength) ? BACKWARD : NONE;
    } else {
      this.direction = stronger(this.strength, b.walkStrength) ? FORWARD : BACKWARD;
    }
  }
  isSatisfied() {
    return this.direction !== NONE;
  }
  markInputs(mark) {
    this.input().mark = mark;
  }
  input() {
    return this.direction === FORWARD ? this.a : this.b;
  }
  output() {
    return this.direction === FORWARD ? this.b : this.a;
  }
  recalculate() {
    const i = this.input();
    const o = this.output();
    o.walkStrength = weakestOf(this.strength, i.walkStrength);
    o.stay = i.stay;
    if (o.stay) this.execute();
  }
  markUnsatisfied() {
    this.direction = NONE;
  }
  inputsKnown(mark) {
    const i = this.input();
    return i.mark === mark || i.stay || i.determinedBy === null;
  }
}

// b = a (forward) or a = b (backward).
class EqualityConstraint extends BinaryConstraint {
  constructor(a, b, strength, planner) {
    super(a, b, strength, planner);
    this.install(planner);
  }
  execute() {
    this.output().value = this.input().value;
  }
}

// b = a * scale + offset (forward) or a = (b - offset) / scale (backward).
class ScaleConstraint extends BinaryConstraint {
  constructor(a, scale, offset, b, strength, planner) {
    super(a, b, strength, planner);
    this.scale = scale;
    this.offset = offset;
    this.install(planner);
  }
  attach() {
    super.attach();
    this.scale.addConstraint(this);
    this.offset.addConstraint(this);
  }
  detach() {
    super.detach();
    this.scale.removeConstraint(this);
    this.offset.removeConstraint(this);
  }
  markInputs(mark) {
    super.markInputs(mark);
    this.scale.mark = mark;
    this.offset.mark = mark;
  }
  execute() {
    if (this.direction === FORWARD) {
      this.b.value = this.a.value * this.scale.value + this.offset.value;
    } else {
      this.a.value = (this.b.value - this.offset.value) / this.scale.value;
    }
  }
  recalculate() {
    const i = this.input();
    const o = this.output();
    o.walkStrength = weakestOf(this.strength, i.walkStrength);
    o.stay = i.stay && this.scale.stay && this.offset.stay;
    if (o.stay) this.execute();
  }
}

// --- plans -----------------------------------------------------------------------------------
class Plan {
  constructor() {
    this.steps = [];
  }
  execute() {
    const steps = this.steps;
    for (let i = 0; i < steps.length; i++) steps[i].execute();
  }
}

// --- the planner -----------------------------------------------------------------------------
class Planner {
  constructor() {
    this.added = 0;
    this.removed = 0;
  }

  // Satisfies `c` and, while that overrides weaker constraints, re-satisfies those.
  add(c) {
    this.added++;
    const mark = newMark();
    let overridden = c.satisfy(mark, this);
    while (overridden !== null) overridden = overridden.satisfy(mark, this);
  }

  // Removes `c`, then re-satisfies the constraints that depended on it, strongest first.
  remove(c) {
    this.removed++;
    const out = c.output();
    c.markUnsatisfied();
    c.detach();
    const unsatisfied = this.propagateRemoval(out);
    let strength = REQUIRED;
    do {
      for (let i = 0; i < unsatisfied.length; i++) {
        const u = unsatisfied[i];
        if (u.strength === strength) this.add(u);
      }
      strength = nextWeaker(strength);
    } while (strength !== WEAKEST);
  }

  // Recomputes walk strengths from `c` (just satisfied) downstream; returns false when that
  // reaches a variable marked in this pass again, i.e. on a cycle.
  propagateFrom(c, mark) {
    const todo = [c];
    while (todo.length > 0) {
      const d = todo.pop();
      const out = d.output();
      if (out.mark === mark) return false;
      d.recalculate();
      const cs = out.constraints;
      const determining = out.determinedBy;
      for (let i = 0; i < cs.length; i++) {
        const next = cs[i];
        if (next !== determining && next.isSatisfied()) todo.push(next);
      }
    }
    return true;
  }

  // Marks everything downstream of `v` as no longer determined; returns the constraints that
  // became unsatisfied.
  propagateRemoval(v) {
    const unsatisfied = [];
    v.determinedBy = null;
    v.walkStrength = WEAKEST;
    v.stay = true;
    const todo = [v];
    while (todo.length > 0) {
      const w = todo.pop();
      const cs = w.constraints;
      for (let i = 0; i < cs.length; i++) {
        const c = cs[i];
        if (!c.isSatisfied()) unsatisfied.push(c);
      }
      const determining = w.determinedBy;
      for (let i = 0; i < cs.length; i++) {
        const c = cs[i];
        if (c !== determining && c.isSatisfied()) {
          c.recalculate();
          todo.push(c.output());
        }
      }
    }
    return unsatisfied;
  }

  // A plan that re-executes everything downstream of the given input constraints.
  planFrom(sources) {
    const mark = newMark();
    const plan = new Plan();
    const todo = sources.slice();
    while (todo.length > 0) {
      const c = todo.pop();
      const out = c.output();
      if (out.mark !== mark && c.inputsKnown(mark)) {
        plan.steps.push(c);
        out.mark = mark;
        const cs = out.constraints;
        for (let i = 0; i < cs.length; i++) {
          const next = cs[i];
          if (next !== c && next.isSatisfied()) todo.push(next);
        }
      }
    }
    return plan;
  }

  planForEdits(constraints) {
    const sources = [];
    for (let i = 0; i < constraints.length; i++) {
      const c = constraints[i];
      if (c.isInput() && c.isSatisfied()) sources.push(c);
    }
    return this.planFrom(sources);
  }

  // Rebinds `v` through an edit constraint to each value in turn and propagates.
  edit(v, strength, values) {
    const e = new EditConstraint(v, strength, this);
    const plan = this.planForEdits([e]);
    for (let i = 0; i < values.length; i++) {
      v.value = values[i];
      plan.execute();
    }
    e.uninstall(this);
  }
}

// --- tests -----------------------------------------------------------------------------------
// A chain v0 = v1 = ... = vn of required equalities; editing the head must change the tail.
function chainTest(n) {
  const planner = new Planner();
  let first = null;
  let last = null;
  let prev = null;
  for (let i = 0; i <= n; i++) {
    const v = new Variable('v' + i, 0);
    if (prev !== null) new EqualityConstraint(prev, v, REQUIRED, planner);
    if (i === 0) first = v;
    if (i === n) last = v;
    prev = v;
  }
  new StayConstraint(last, STRONG_DEFAULT, planner);
  const edit = new EditConstraint(first, PREFERRED, planner);
  const plan = planner.planForEdits([edit]);
  let sum = 0;
  for (let i = 0; i < 100; i++) {
    first.value = i;
    plan.execute();
    if (last.value !== i) fail(`chain test: last is ${last.value}, expected ${i}`);
    sum += last.value;
  }
  edit.uninstall(planner);
  return sum + planner.added + planner.removed;
}

// n source variables projected to n destinations through dst = src * scale + offset;
// editing either side must keep the other consistent.
function projectionTest(n) {
  const planner = new Planner();
  const scale = new Variable('scale', 10);
  const offset = new Variable('offset', 1000);
  let src = null;
  let dst = null;
  const dests = [];
  for (let i = 0; i < n; i++) {
    src = new Variable('src' + i, i);
    dst = new Variable('dst' + i, i);
    dests.push(dst);
    new StayConstraint(src, NORMAL, planner);
    new ScaleConstraint(src, scale, offset, dst, REQUIRED, planner);
  }
  let sum = 0;
  planner.edit(src, PREFERRED, [17]);
  if (dst.value !== 1170) fail('projection test 1: dst is ' + dst.value);
  planner.edit(dst, PREFERRED, [1050]);
  if (src.value !== 5) fail('projection test 2: src is ' + src.value);
  planner.edit(scale, PREFERRED, [5]);
  for (let i = 0; i < n - 1; i++) {
    if (dests[i].value !== i * 5 + 1000) fail('projection test 3: dest ' + i + ' is ' + dests[i].value);
    sum += dests[i].value;
  }
  planner.edit(offset, PREFERRED, [2000]);
  for (let i = 0; i < n - 1; i++) {
    if (dests[i].value !== i * 5 + 2000) fail('projection test 4: dest ' + i + ' is ' + dests[i].value);
    sum += dests[i].value;
  }
  return sum + planner.added + planner.removed;
}

const ITERATIONS = 4000;
let checksum = 0;
for (let i = 0; i < ITERATIONS; i++) {
  checksum = (checksum * 31 + chainTest(100)) % 1000000007;
  checksum = (checksum * 31 + projectionTest(100)) % 1000000007;
}
const EXPECTED = 846361831;
if (checksum !== EXPECTED) throw new Error(`deltablue: checksum ${checksum}, expected ${EXPECTED}`);
console.log('deltablue: checksum ok');

// navier-stokes.js: a 2D incompressible fluid solver after Jos Stam's "stable fluids" method.
// Each step adds sources, diffuses and advects the velocity field, projects it to be
// mass-conserving (a Poisson solve by Gauss-Seidel relaxation), then diffuses and advects a
// density field through it. Grids are plain arrays of numbers indexed by (i, j).
// Written for the Aot benchmark suite; deterministic and self-checking.
'use strict';

class Fluid {
  constructor(n, dt, diffusion, viscosity) {
    this.n = n;
    this.dt = dt;
    this.diffusion = diffusion;
    this.viscosity = viscosity;
    this.rowSize = n + 2;
    const size = (n + 2) * (n + 2);
    this.u = Fluid.grid(size);
    this.v = Fluid.grid(size);
    this.uPrev = Fluid.grid(size);
    this.vPrev = Fluid.grid(size);
    this.dens = Fluid.grid(size);
    this.densPrev = Fluid.grid(size);
    this.relaxations = 20;
  }

  static grid(size) {
    const a = [];
    for (let i = 0; i < size; i++) a.push(0);
    return a;
  }

  at(i, j) {
    return i + this.rowSize * j;
  }

  addSource(x, s) {
    const dt = this.dt;
    for (let i = 0; i < x.length; i++) x[i] += dt * s[i];
  }

  // Boundary conditions: walls reflect the normal velocity component (b = 1 for u, 2 for v).
  setBoundary(b, x) {
    const n = this.n;
    const w = this.rowSize;
    for (let i = 1; i <= n; i++) {
      x[i] = b === 2 ? -x[i + w] : x[i + w];
      x[i + (n + 1) * w] = b === 2 ? -x[i + n * w] : x[i + n * w];
      x[i * w] = b === 1 ? -x[1 + i * w] : x[1 + i * w];
      x[n + 1 + i * w] = b === 1 ? -x[n + i * w] : x[n + i * w];
    }
    x[0] = 0.5 * (x[1] + x[w]);
    x[(n + 1) * w] = 0.5 * (x[1 + (n + 1) * w] + x[n * w]);
    x[n + 1] = 0.5 * (x[n] + x[n + 1 + w]);
    x[n + 1 + (n + 1) * w] = 0.5 * (x[n + (n + 1) * w] + x[n + 1 + n * w]);
  }

  // Gauss-Seidel relaxation of x = (x0 + a * (sum of neighbours)) / c.
  linearSolve(b, x, x0, a, c) {
    const n = this.n;
    const w = this.rowSize;
    const inv = 1 / c;
    for (let k = 0; k < this.relaxations; k++) {
      for (let j = 1; j <= n; j++) {
        let idx = j * w + 1;
        let left = x[idx - 1];
        for (let i = 1; i <= n; i++, idx++) {
          left = x[idx] = (x0[idx] + a * (left + x[idx + 1] + x[idx - w] + x[idx + w])) * inv;
        }
      }
      this.setBoundary(b, x);
    }
  }

  diffuse(b, x, x0, rate) {
    const a = this.dt * rate * this.n * this.n;
    this.linearSolve(b, x, x0, a, 1 + 4 * a);
  }

  // Semi-Lagrangian advection: trace each cell back along the velocity and interpolate.
  advect(b, d, d0, u, v) {
    const n = this.n;
    const w = this.rowSize;
    const dt0 = this.dt * n;
    for (let j = 1; j <= n; j++) {
      for (let i = 1; i <= n; i++) {
        const idx = i + j * w;
        let x = i - dt0 * u[idx];
        let y = j - dt0 * v[idx];
        if (x < 0.5) x = 0.5;
        if (x > n + 0.5) x = n + 0.5;
        if (y < 0.5) y = 0.5;
        if (y > n + 0.5) y = n + 0.5;
        const i0 = Math.floor(x);
        const j0 = Math.floor(y);
        const s1 = x - i0;
        const s0 = 1 - s1;
        const t1 = y - j0;
        const t0 = 1 - t1;
        const r0 = j0 * w;
        const r1 = r0 + w;
        d[idx] = s0 * (t0 * d0[i0 + r0] + t1 * d0[i0 + r1]) + s1 * (t0 * d0[i0 + 1 + r0] + t1 * d0[i0 + 1 + r1]);
      }
    }
    this.setBoundary(b, d);
  }

  // Makes the velocity field divergence-free; p and div are scratch grids.
  project(u, v, p, div) {
    const n = this.n;
    const w = this.rowSize;
    const h = -0.5 / n;
    for (let j = 1; j <= n; j++) {
      for (let i = 1; i <= n; i++) {
        const idx = i + j * w;
        div[idx] = h * (u[idx + 1] - u[idx - 1] + v[idx + w] - v[idx - w]);
        p[idx] = 0;
      }
    }
    this.setBoundary(0, div);
    this.setBoundary(0, p);
    this.linearSolve(0, p, div, 1, 4);
    const k = 0.5 * n;
    for (let j = 1; j <= n; j++) {
      for (let i = 1; i <= n; i++) {
        const idx = i + j * w;
        u[idx] -= k * (p[idx + 1] - p[idx - 1]);
        v[idx] -= k * (p[idx + w] - p[idx - w]);
      }
    }
    this.setBoundary(1, u);
    this.setBoundary(2, v);
  }

  velocityStep() {
    let u = this.u, v = this.v, u0 = this.uPrev, v0 = this.vPrev;
    this.addSource(u, u0);
    this.addSource(v, v0);
    this.diffuse(1, u0, u, this.viscosity);
    this.diffuse(2, v0, v, this.viscosity);
    this.project(u0, v0, u, v);
    this.advect(1, u, u0, u0, v0);
    this.advect(2, v, v0, u0, v0);
    this.project(u, v, u0, v0);
  }

  densityStep() {
    this.addSource(this.dens, this.densPrev);
    this.diffuse(0, this.densPrev, this.dens, this.diffusion);
    this.advect(0, this.dens, this.densPrev, this.u, this.v);
  }

  // Clears the source grids, then injects density and a swirling push for this frame.
  inject(frame) {
    const n = this.n;
    const d = this.densPrev, u = this.uPrev, v = this.vPrev;
    for (let i = 0; i < d.length; i++) d[i] = u[i] = v[i] = 0;
    const c = Math.floor(n / 2);
    const r = Math.floor(n / 8);
    for (let j = c - r; j <= c + r; j++) {
      for (let i = c - r; i <= c + r; i++) {
        const idx = this.at(i, j);
        d[idx] = 40;
        const phase = (frame % 16) / 16 - 0.5;
        u[idx] = 3 * (j - c) / r * phase;
        v[idx] = -3 * (i - c) / r * phase + 1.5;
      }
    }
  }

  step(frame) {
    this.inject(frame);
    this.velocityStep();
    this.densityStep();
  }
}

const N = 96;
const FRAMES = 80;
const fluid = new Fluid(N, 0.1, 0.0001, 0.0001);
let checksum = 0;
for (let f = 0; f < FRAMES; f++) {
  fluid.step(f);
  let total = 0;
  let swirl = 0;
  for (let j = 1; j <= N; j++) {
    for (let i = 1; i <= N; i++) {
      const idx = fluid.at(i, j);
      total += fluid.dens[idx];
      swirl += Math.abs(fluid.u[idx]) + Math.abs(fluid.v[idx]);
    }
  }
  // Rounded to 6 significant digits so that the check tolerates last-bit differences.
  checksum = (checksum * 31 + Math.round(total * 10) + Math.round(swirl * 100)) % 1000000007;
}
const EXPECTED = 901638014;
if (checksum !== EXPECTED) throw new Error(`navier-stokes: checksum ${checksum}, expected ${EXPECTED}`);
console.log('navier-stokes: checksum ok');

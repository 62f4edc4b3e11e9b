// raytrace.js: a small recursive ray tracer. Vectors are immutable objects (so the work is
// dominated by allocation and property access, as in the classic ray-tracing benchmark),
// shapes are spheres and checkered planes with materials, the scene is lit by point lights
// with shadows, diffuse and specular terms, and reflections up to a fixed depth. The image is
// rendered into an in-memory pixel array and reduced to a checksum.
// Written for the Aot benchmark suite; deterministic and self-checking.
'use strict';

class Vec {
  constructor(x, y, z) {
    this.x = x;
    this.y = y;
    this.z = z;
  }
  add(v) {
    return new Vec(this.x + v.x, this.y + v.y, this.z + v.z);
  }
  sub(v) {
    return new Vec(this.x - v.x, this.y - v.y, this.z - v.z);
  }
  scale(k) {
    return new Vec(this.x * k, this.y * k, this.z * k);
  }
  dot(v) {
    return this.x * v.x + this.y * v.y + this.z * v.z;
  }
  cross(v) {
    return new Vec(this.y * v.z - this.z * v.y, this.z * v.x - this.x * v.z, this.x * v.y - this.y * v.x);
  }
  get length() {
    return Math.sqrt(this.dot(this));
  }
  norm() {
    const len = this.length;
    return len === 0 ? this : this.scale(1 / len);
  }
}

class Color {
  constructor(r, g, b) {
    this.r = r;
    this.g = g;
    this.b = b;
  }
  add(c) {
    return new Color(this.r + c.r, this.g + c.g, this.b + c.b);
  }
  mul(c) {
    return new Color(this.r * c.r, this.g * c.g, this.b * c.b);
  }
  scale(k) {
    return new Color(this.r * k, this.g * k, this.b * k);
  }
  clamp() {
    const f = (v) => (v < 0 ? 0 : v > 1 ? 1 : v);
    return new Color(f(this.r), f(this.g), f(this.b));
  }
}

const BLACK = new Color(0, 0, 0);
const WHITE = new Color(1, 1, 1);
const BACKGROUND = new Color(0.1, 0.12, 0.2);

class Ray {
  constructor(origin, dir) {
    this.origin = origin;
    this.dir = dir;
  }
  at(t) {
    return this.origin.add(this.dir.scale(t));
  }
}

class Material {
  constructor(color, diffuse, specular, shininess, reflect) {
    this.color = color;
    this.diffuse = diffuse;
    this.specular = specular;
    this.shininess = shininess;
    this.reflect = reflect;
  }
  colorAt(point) {
    return this.color;
  }
}

class Checker extends Material {
  constructor(even, odd, size, diffuse, specular, shininess, reflect) {
    super(even, diffuse, specular, shininess, reflect);
    this.odd = odd;
    this.size = size;
  }
  colorAt(point) {
    const ix = Math.floor(point.x / this.size);
    const iz = Math.floor(point.z / this.size);
    return ((ix + iz) & 1) === 0 ? this.color : this.odd;
  }
}

class Hit {
  constructor(shape, t) {
    this.shape = shape;
    this.t = t;
  }
}

class Sphere {
  constructor(center, radius, material) {
    this.center = center;
    this.radius2 = radius * radius;
    this.material = material;
  }
  intersect(ray) {
    const oc = ray.origin.sub(this.center);
    const b = oc.dot(ray.dir);
    const c = oc.dot(oc) - this.radius2;
    const disc = b * b - c;
    if (disc < 0) return null;
    const root = Math.sqrt(disc);
    let t = -b - root;
    if (t < 1e-6) t = -b + root;
    return t < 1e-6 ? null : new Hit(this, t);
  }
  normalAt(point) {
    return point.sub(this.center).norm();
  }
}

class Plane {
  constructor(normal, offset, material) {
    this.normal = normal.norm();
    this.offset = offset;
    this.material = material;
  }
  intersect(ray) {
    const denom = this.normal.dot(ray.dir);
    if (denom > -1e-9 && denom < 1e-9) return null;
    const t = -(this.normal.dot(ray.origin) + this.offset) / denom;
    return t < 1e-6 ? null : new Hit(this, t);
  }
  normalAt(point) {
    return this.normal;
  }
}

class Light {
  constructor(position, color) {
    this.position = position;
    this.color = color;
  }
}

class Camera {
  constructor(eye, target, up, fov) {
    this.eye = eye;
    this.forward = target.sub(eye).norm();
    this.right = this.forward.cross(up).norm();
    this.up = this.right.cross(this.forward);
    this.scale = fov;
  }
  rayThrough(u, v) {
    const dir = this.forward.add(this.right.scale(u * this.scale)).add(this.up.scale(v * this.scale));
    return new Ray(this.eye, dir.norm());
  }
}

const MAX_DEPTH = 4;

class Scene {
  constructor(shapes, lights, camera) {
    this.shapes = shapes;
    this.lights = lights;
    this.camera = camera;
    this.rays = 0;
  }

  nearest(ray) {
    let best = null;
    const shapes = this.shapes;
    for (let i = 0; i < shapes.length; i++) {
      const hit = shapes[i].intersect(ray);
      if (hit !== null && (best === null || hit.t < best.t)) best = hit;
    }
    return best;
  }

  shadowed(point, toLight, distance) {
    const ray = new Ray(point, toLight);
    const shapes = this.shapes;
    for (let i = 0; i < shapes.length; i++) {
      const hit = shapes[i].intersect(ray);
      if (hit !== null && hit.t < distance) return true;
    }
    return false;
  }

  trace(ray, depth) {
    this.rays++;
    const hit = this.nearest(ray);
    if (hit === null) return BACKGROUND;
    const point = ray.at(hit.t);
    const shape = hit.shape;
    const m = shape.material;
    const normal = shape.normalAt(point);
    const base = m.colorAt(point);
    const reflected = ray.dir.sub(normal.scale(2 * normal.dot(ray.dir)));
    const lifted = point.add(normal.scale(1e-4));
    let color = base.scale(0.08);
    for (let i = 0; i < this.lights.length; i++) {
      const light = this.lights[i];
      const delta = light.position.sub(lifted);
      const distance = delta.length;
      const toLight = delta.scale(1 / distance);
      if (this.shadowed(lifted, toLight, distance)) continue;
      const lambert = normal.dot(toLight);
      if (lambert > 0) color = color.add(base.mul(light.color).scale(lambert * m.diffuse));
      const spec = reflected.dot(toLight);
      if (spec > 0 && m.specular > 0) {
        // shininess is a power of two: square repeatedly instead of calling Math.pow
        let p = spec;
        for (let s = 1; s < m.shininess; s *= 2) p = p * p;
        color = color.add(light.color.scale(p * m.specular));
      }
    }
    if (depth < MAX_DEPTH && m.reflect > 0) {
      const bounce = this.trace(new Ray(lifted, reflected.norm()), depth + 1);
      color = color.add(bounce.scale(m.reflect));
    }
    return color;
  }

  render(width, height) {
    const pixels = [];
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        const u = (2 * (x + 0.5)) / width - 1;
        const v = 1 - (2 * (y + 0.5)) / height;
        const c = this.trace(this.camera.rayThrough(u, (v * height) / width), 0).clamp();
        pixels.push(Math.floor(c.r * 255), Math.floor(c.g * 255), Math.floor(c.b * 255));
      }
    }
    return pixels;
  }
}

function buildScene(frame) {
  const shapes = [];
  const shiny = (r, g, b) => new Material(new Color(r, g, b), 0.7, 0.5, 32, 0.3);
  const matte = (r, g, b) => new Material(new Color(r, g, b), 0.9, 0.1, 4, 0.05);
  shapes.push(new Plane(new Vec(0, 1, 0), 1, new Checker(WHITE, new Color(0.05, 0.05, 0.05), 1, 0.8, 0.2, 8, 0.25)));
  shapes.push(new Sphere(new Vec(0, 0, 0), 1, shiny(0.9, 0.2, 0.2)));
  shapes.push(new Sphere(new Vec(-2.2, -0.3, 1.2), 0.7, matte(0.2, 0.8, 0.3)));
  shapes.push(new Sphere(new Vec(2.1, -0.4, 0.8), 0.6, shiny(0.3, 0.4, 0.95)));
  shapes.push(new Sphere(new Vec(0.6, -0.75, 2.0), 0.25, new Material(WHITE, 0.3, 0.9, 64, 0.6)));
  for (let i = 0; i < 6; i++) {
    const a = i * 1.0471975511965976 + frame * 0.05;
    // positions from a rotation by a fixed angle, computed with sums of products only
    const x = 3.5 * (1 - (a * a) / 2 + (a * a * a * a) / 24 - (a * a * a * a * a * a) / 720);
    const z = 3.5 * (a - (a * a * a) / 6 + (a * a * a * a * a) / 120);
    shapes.push(new Sphere(new Vec(x * 0.1, -0.8, -2 - i * 0.5 + z * 0.05), 0.2, matte(0.9, 0.8 - i * 0.1, 0.2 + i * 0.1)));
  }
  const lights = [new Light(new Vec(-5, 6, 5), new Color(0.8, 0.8, 0.8)), new Light(new Vec(4, 3, 6), new Color(0.4, 0.35, 0.3))];
  const camera = new Camera(new Vec(0.4 * frame, 1.6, 6), new Vec(0, -0.2, 0), new Vec(0, 1, 0), 0.6);
  return new Scene(shapes, lights, camera);
}

const FRAMES = 64;
const WIDTH = 96;
const HEIGHT = 72;
let checksum = 0;
let rays = 0;
for (let f = 0; f < FRAMES; f++) {
  const scene = buildScene(f);
  const pixels = scene.render(WIDTH, HEIGHT);
  if (pixels.length !== WIDTH * HEIGHT * 3) throw new Error('raytrace: wrong pixel count ' + pixels.length);
  for (let i = 0; i < pixels.length; i++) checksum = (checksum * 31 + pixels[i]) % 1000000007;
  rays += scene.rays;
}
checksum = (checksum + rays) % 1000000007;
const EXPECTED = 950245742;
if (checksum !== EXPECTED) throw new Error(`raytrace: checksum ${checksum}, expected ${EXPECTED}`);
console.log('raytrace: checksum ok');

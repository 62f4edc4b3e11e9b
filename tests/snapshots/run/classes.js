// Classes: constructors, methods, accessors, static methods, extends/super, instanceof.
class Shape {
  constructor(name) { this.name = name; }
  area() { return 0; }
  describe() { return `${this.name} with area ${this.area().toFixed ? this.area() : this.area()}`; }
  static create(kind, size) { return kind === 'square' ? new Square(size) : new Circle(size); }
}
class Square extends Shape {
  constructor(side) { super('square'); this.side = side; }
  area() { return this.side * this.side; }
  get perimeter() { return 4 * this.side; }
}
class Circle extends Shape {
  constructor(r) { super('circle'); this.r = r; }
  area() { return Math.round(Math.PI * this.r * this.r); }
}
const shapes = [Shape.create('square', 3), Shape.create('circle', 2)];
for (const s of shapes) console.log(s.name, s.area(), s instanceof Shape, s instanceof Square);
console.log(shapes[0].perimeter, Object.getPrototypeOf(Square) === Shape);
console.log(shapes[0]);
class NotCallable {}
try { NotCallable(); } catch (e) { console.log(e.message); }

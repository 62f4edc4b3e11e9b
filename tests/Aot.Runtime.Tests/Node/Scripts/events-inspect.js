const e = new events();
console.log(e);
class Foo extends events {}
console.log(new Foo());

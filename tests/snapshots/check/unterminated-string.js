let greeting = "hello;
console.log(greeting);

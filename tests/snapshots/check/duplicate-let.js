let count = 1;
function bump() { return count + 1; }
let count = 2;

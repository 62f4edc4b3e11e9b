const semver = require('semver');
const Range = require('semver/classes/range');
console.log(semver.valid('1.2.3'), semver.valid('a.b.c'), semver.clean('  =v1.2.3   '));
console.log(semver.satisfies('1.2.3', '1.x || >=2.5.0 || 5.0.0 - 7.2.3'), semver.gt('1.2.3', '9.8.7'));
console.log(semver.rsort(['1.10.0', '1.2.0', '1.2.0-rc.1', '0.9.9']).join(' '));
console.log(new Range('~1.2').set.map((c) => c.map(String).join(' ')), semver.compare('2.0.0', '2.0.0-alpha'));

import semver from 'semver';
import { satisfies, Range } from 'semver';
console.log(semver.valid('1.2.3'), semver.valid('a.b.c'), semver.clean('  =v1.2.3   '));
console.log(satisfies('1.2.3', '1.x || >=2.5.0 || 5.0.0 - 7.2.3'), semver.gt('1.2.3', '9.8.7'));
console.log(semver.inc('1.2.3', 'prerelease', 'beta'), semver.inc('1.2.3-beta.1', 'prerelease'));
console.log(semver.sort(['1.10.0', '1.2.0', '1.2.0-rc.1', '0.9.9']).join(' '));
console.log(semver.coerce('v3.4 is here').version, semver.minVersion('>=1.4.0 <2').version);
console.log(new Range('^1.2.3').range, semver.diff('1.2.3', '1.3.0'), semver.major('4.5.6'));

// Regex-heavy text scan (issue 4 benchmark): generates a ~5 MB web-server style log deterministically, then
// tokenizes it with several global regexes, matchAll with named groups, replace with a callback, split and test.
'use strict';

let seed = 42;
const rnd = (n) => { seed = (seed * 1664525 + 1013904223) >>> 0; return seed % n; };
const pick = (a) => a[rnd(a.length)];
const methods = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH'];
const paths = ['/api/users', '/api/orders', '/static/app.js', '/index.html', '/api/items/search', '/login', '/cart'];
const agents = ['Mozilla/5.0 (X11; Linux x86_64)', 'curl/8.4.0', 'Go-http-client/1.1', 'Mozilla/5.0 (Macintosh)'];
const words = ['alpha', 'beta', 'gamma', 'delta', 'error', 'warning', 'timeout', 'user', 'cache', 'miss', 'hit'];

const lines = [];
let size = 0;
while (size < 5 * 1024 * 1024) {
  const ip = `${rnd(256)}.${rnd(256)}.${rnd(256)}.${rnd(256)}`;
  const ts = `2024-0${1 + rnd(9)}-1${rnd(10)}T${10 + rnd(14)}:${10 + rnd(50)}:${10 + rnd(50)}.${100 + rnd(900)}Z`;
  const q = rnd(3) === 0 ? `?id=${rnd(100000)}&q=${pick(words)}` : '';
  const line = `${ip} - - [${ts}] "${pick(methods)} ${pick(paths)}${q} HTTP/1.1" ${pick([200, 200, 200, 301, 404, 500])} ${rnd(50000)} ` +
    `"${pick(agents)}" msg="${pick(words)} ${pick(words)} ${pick(words)}" user=${pick(words)}${rnd(1000)}@example.com`;
  lines.push(line);
  size += line.length + 1;
}
const text = lines.join('\n');

let checksum = 0;

// 1. Global exec loops.
const ipRe = /\b(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\b/g;
let m;
while ((m = ipRe.exec(text)) !== null) checksum += +m[4];

// 2. matchAll with named groups.
const reqRe = /"(?<method>GET|POST|PUT|DELETE|PATCH) (?<path>[^ ?"]+)(?:\?(?<query>[^ "]*))? HTTP\/1\.[01]" (?<status>\d{3}) (?<bytes>\d+)/g;
const byStatus = Object.create(null);
for (const r of text.matchAll(reqRe)) {
  byStatus[r.groups.status] = (byStatus[r.groups.status] || 0) + +r.groups.bytes;
  if (r.groups.query) checksum += r.groups.query.length;
}

// 3. replace with a callback (redact e-mails) and a string replacement with $ patterns.
const redacted = text.replace(/([a-z]+)(\d+)@([a-z.]+)/g, (all, name, num, host) => name[0] + '***' + num.length + '@' + host);
checksum += redacted.length;
const swapped = text.replace(/\[(\d{4})-(\d{2})-(\d{2})T/g, '[$3/$2/$1 ');
checksum += swapped.length;

// 4. Case-insensitive and multiline scans, split, test, search.
checksum += (text.match(/^\d+\.\d+\.\d+\.\d+ - - \[[^\]]*\] "POST/gm) || []).length;
checksum += (text.match(/ERROR|TIMEOUT/gi) || []).length;
const fields = lines.slice(0, 20000).map((l) => l.split(/\s+/).length);
for (const n of fields) checksum += n;
let slow = 0;
for (let i = 0; i < lines.length; i += 3) if (/" 5\d\d /.test(lines[i])) slow++;
checksum += slow + text.search(/user=delta999@/);

// 5. Sticky tokenizer over a slice.
const tokRe = /\s*(?:(\d+(?:\.\d+)?)|([A-Za-z_][\w-]*)|("(?:[^"\\]|\\.)*")|(\S))/y;
const slice = text.slice(0, 1024 * 1024);
let tokens = 0;
tokRe.lastIndex = 0;
while (tokRe.lastIndex < slice.length && tokRe.exec(slice)) tokens++;
checksum += tokens;

const EXPECTED = 15522105;
if (text.length !== 5242888 || tokens !== 207738) throw new Error(`regex-scan: ${text.length} bytes, ${tokens} tokens`);
if (Object.keys(byStatus).sort().join(',') !== '200,301,404,500') throw new Error('regex-scan: statuses differ');
if (checksum !== EXPECTED) throw new Error(`regex-scan: checksum ${checksum}, expected ${EXPECTED}`);
console.log('regex-scan: checksum ok');

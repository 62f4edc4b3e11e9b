// Generates date-cases.jsonl: node's Date output under several time zones.
// Run: node generate-date-data.js > date-cases.jsonl   (it re-runs itself with TZ set per zone)
// Lines: ["format", zone, t, toString, toDateString, toTimeString, toUTCString, toISOString,
//          toLocaleString, toLocaleDateString, toLocaleTimeString, getTimezoneOffset]
//        ["local", zone, [y, m, d, h, mi, s, ms], time value or null]
//        ["utc", [y, m, d, h, mi, s, ms], time value or null]
//        ["parse", zone, string, time value or null]
'use strict';
const { execFileSync } = require('child_process');
const zones = ['America/New_York', 'Europe/Berlin', 'Asia/Kolkata', 'UTC', 'Australia/Lord_Howe', 'America/Sao_Paulo', 'Asia/Tehran', 'Pacific/Chatham', 'America/St_Johns'];
if (!process.env.GEN_ZONE) {
  let all = '';
  for (const z of zones) all += execFileSync(process.execPath, [__filename], { env: { ...process.env, TZ: z, GEN_ZONE: z }, maxBuffer: 1 << 28 }).toString();
  process.stdout.write(all);
  process.exit(0);
}
const zone = process.env.GEN_ZONE;
let seed = 4242 + zone.length * 7919;
function rnd() { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; }
function rint(n) { return Math.floor(rnd() * n); }
const out = [];
const emit = (...a) => out.push(JSON.stringify(a));
const nn = (x) => (Number.isNaN(x) ? null : x);
const times = [0, -1, 1, 8.64e15, -8.64e15, 1704207845000, -62198755200000, -62167219200000, 253402300799999, 253402300800000, -5364662400000, 951782400000, 2147483647000, 2147483648000, -2208988800000];
for (let i = 0; i < 60; i++) times.push(Math.round((rnd() * 2 - 1) * 8.64e15));
for (let i = 0; i < 100; i++) times.push(Math.round(Date.UTC(1850 + rint(250), 0, 1) + rnd() * 365.25 * 86400000));
for (let y = 1990; y < 2040; y += 7) for (let mo = 0; mo < 12; mo++) for (const h of [1, 12]) times.push(Date.UTC(y, mo, 1 + rint(28), h, rint(60), rint(60), rint(1000)));
// Around this zone's transitions in 2024: scan by hour.
let prev = new Date(Date.UTC(2024, 0, 1)).getTimezoneOffset();
for (let t = Date.UTC(2024, 0, 1); t < Date.UTC(2025, 0, 1); t += 3600000) {
  const o = new Date(t).getTimezoneOffset();
  if (o !== prev) { for (let d = -2; d <= 2; d++) times.push(t + d * 1800000 - 1); prev = o; }
}
for (const t of times) {
  const d = new Date(t);
  emit('format', zone, t, d.toString(), d.toDateString(), d.toTimeString(), d.toUTCString(), d.toISOString(),
    d.toLocaleString(), d.toLocaleDateString(), d.toLocaleTimeString(), d.getTimezoneOffset());
}
emit('format', zone, null, String(new Date(NaN)), new Date(NaN).toDateString(), new Date(NaN).toTimeString(), new Date(NaN).toUTCString(), null,
  new Date(NaN).toLocaleString(), new Date(NaN).toLocaleDateString(), new Date(NaN).toLocaleTimeString(), null);
// Local-time construction, including skipped and repeated local times.
const fields = [];
for (let i = 0; i < 200; i++) fields.push([1900 + rint(200), rint(12), 1 + rint(28), rint(24), rint(60), rint(60), rint(1000)]);
for (let i = 0; i < 60; i++) fields.push([rint(2) ? 2024 : 1999, rint(16) - 2, rint(40) - 5, rint(30) - 3, rint(130) - 5, rint(70), rint(2000) - 500]);
for (let i = 0; i < 24; i++) for (const [m, d] of [[2, 10], [2, 31], [3, 7], [10, 3], [9, 27], [8, 8], [3, 6], [1, 18], [8, 29], [3, 21], [8, 22]]) fields.push([2024, m, d, i, 30, 0, 0]);
fields.push([275760, 8, 13, 0, 0, 0, 0], [275760, 8, 13, 12, 0, 0, 0], [-271821, 3, 20, 0, 0, 0, 0], [-271821, 3, 19, 23, 0, 0, 0], [0, 0, 1, 0, 0, 0, 0], [-1, 0, 1, 0, 0, 0, 0], [1e6, 0, 1, 0, 0, 0, 0], [2024, 1e8, 1, 0, 0, 0, 0], [1800, 0, 1, 0, 0, 0, 0]);
for (const f of fields) emit('local', zone, f, nn(new Date(...f).getTime()));
if (zone === 'UTC') for (const f of fields) emit('utc', f, nn(Date.UTC(...f)));
// Date.parse.
const strs = ['2024-01-02', '2024-01-02T10:00', '2024-01-02T10:00:00Z', '2024-01-02T10:00:00.123+01:00', '2024-01-02T10:00:00.123-0530', '2024-01-02T24:00',
  '2024-01-02T24:00:00.000Z', '2024-01-02T24:00:01Z', '2024-01-02T24:01Z', '2024-13-01', '2024-02-30', '2024-02-31T00:00Z', '2024-00-10', '2024-01-32', '2024-01-02T25:00',
  '2024-01-02T10:60', '2024-01-02T10:00:60', '+002024-01-02', '-000000-01-01', '+000000-01-01T00:00Z', '-271821-04-20', '-271821-04-19T23:59:59.999Z', '+275760-09-13T00:00:00.000Z',
  '+275760-09-13T00:00:00.001Z', '2024', '2024-01', '2024-1-2', '2024-01-02T10:00:00.1Z', '2024-01-02T10:00:00.123456Z', '2024-01-02T10:00:00Z ', ' 2024-01-02', '2024-01-02 10:00',
  '2024-01-02t10:00z', '2024-01-02T10:00:00+01', '2024-01-02T10Z', 'Jan 2 2024', 'Jan 2, 2024', '2 Jan 2024', 'January 2, 2024 10:00:00 GMT+0100', 'Tue, 02 Jan 2024 10:00:00 GMT',
  'Tue Jan 02 2024 15:04:05 GMT+0100 (Central European Standard Time)', '2024/01/02', '2024/1/2 10:00', '1/2/2024', '1/2/2024, 3:04:05 PM', '01/02/24', '1/2/49', '1/2/50', '1/2/99', '1/2/100',
  'Jan 2', 'Jan 2024', '12:00', 'Jan 2 2024 12:00 AM', 'Jan 2 2024 12:00 PM', 'Jan 2 2024 13:00 PM', 'Jan 2 2024 10:00 EST', 'Jan 2 2024 10:00 PDT', 'Jan 2 2024 10:00 UTC+5', 'Jan 2 2024 10:00 GMT-08:00',
  'Jan 2 2024 10:00 Z', 'Jan 2 2024 10:00:00.5', 'Jan 2 2024 10:00 +0530', 'Jan 2 2024 10:00 (comment (nested)) GMT', 'Jan 2 2024 10:00 xyz', 'foo Jan 2 2024', 'foo2 Jan 2024', 'Thursday, January 1, 1970',
  '', ' ', 'abc', '2024-01-02T10:00:00.000Z extra', 'Sat, 01 Jan 0000 00:00:00 GMT', 'Mon, 01 Jan -0001 00:00:00 GMT', '-1-01-01', 'Dec 25, 1995 13:30 -0800', '1995-12-25T13:30:00.000-08:00',
  '12/25/1995 1:30:00 pm', 'Mon Dec 25 1995', '25 December 1995', 'December 25 1995 13:30:00 GMT+0000 (UTC)', '1995 Dec 25', 'Dec-25-1995', '25-Dec-1995', '1995-Dec-25', '6/31/2024', '2/29/2023',
  'Jan 2 2024 24:00', 'Jan 2 2024 24:00:01', '2024-03-10T02:30', '2024-11-03T01:30', '2024-03-31T02:30', '2024-10-27T02:30', 'Jan 2 2024 10:00 GMT+1', 'Jan 2 2024 10:00 GMT+123', 'Jan 2 2024 10:00 GMT+12345',
  '2024-01-02T10:00:00.000+24:00', '2024-01-02T10:00:00.000+23:59', 'T10:00', '10:00 Jan 2 2024', '2024-01-02 T10:00', '1970-01-01T00:00:00.000Z', '99999-01-01', '+099999-01-01', '2024-01-02T10:00:00,5Z'];
for (const s of strs) emit('parse', zone, s, nn(Date.parse(s)));
for (let i = 0; i < 40; i++) {
  const t = i < 15 ? Math.round((rnd() * 2 - 1) * 8.64e15) : Math.round(Date.UTC(1900, 0, 1) + rnd() * 200 * 365.25 * 86400000);
  const d = new Date(t);
  for (const s of [d.toString(), d.toUTCString(), d.toISOString(), d.toDateString(), d.toLocaleString(), d.toLocaleDateString()]) emit('parse', zone, s, nn(Date.parse(s)));
}
process.stdout.write(out.join('\n') + '\n');

// Machine-independent: the loopback IPv4 entry, and the shape of every entry.
const all = os.networkInterfaces();
const lo = (all.lo || []).find((e) => e.family === 'IPv4');
console.log(JSON.stringify(lo));
const entries = Object.keys(all).flatMap((name) => all[name]);
console.log(entries.every((e) => e.family === 'IPv4' || e.family === 'IPv6'),
  entries.filter((e) => e.family === 'IPv4').every((e) => Object.keys(e).join() === 'address,netmask,family,mac,internal,cidr'),
  entries.filter((e) => e.family === 'IPv6').every((e) => Object.keys(e).join() === 'address,netmask,family,mac,internal,cidr,scopeid' && typeof e.scopeid === 'number'),
  entries.every((e) => /^([0-9a-f]{2}:){5}[0-9a-f]{2}$/.test(e.mac) && e.cidr.startsWith(e.address + '/')));

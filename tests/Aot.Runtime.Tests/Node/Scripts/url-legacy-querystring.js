const show = (v) => console.log(JSON.stringify(v));
for (const input of ['http://user:pass@host.com:8080/p/a/t/h?query=string#hash', '/path/to?x=1&y=2', 'HTTP://Example.COM/A b', 'mailto:someone@x.com',
  'file:///etc/passwd', '//host/no-proto', 'http://[::1]:3000/x', 'javascript:alert(1)', 'http://x.com\\a\\b?c\\d', '  /trim?me  ', 'a/relative', 'http://host']) {
  const u = url.parse(input);
  show([u.protocol, u.slashes, u.auth, u.host, u.port, u.hostname, u.hash, u.search, u.query, u.pathname, u.path, u.href]);
}
const q = url.parse('/p?a=1&a=2&b=x+y', true);
show([q.query, q.search, Object.getPrototypeOf(q.query) === null]);
show(url.parse('//host/p', false, true).host);
show(url.format({ protocol: 'https', hostname: 'example.com', pathname: '/some/path', query: { page: 1, format: 'json' } }));
show(url.format({ protocol: 'http:', host: 'a.com:80', pathname: 'x#y', hash: 'frag', auth: 'u s:p' }));
show([url.resolve('/one/two/three', 'four'), url.resolve('http://example.com/', '/one'), url.resolve('http://example.com/one', '/two'), url.resolve('http://a.com/b/c', '../d?e#f')]);
show(querystring.parse('a=1&b=2&a=3&c&d=&e=x%20y+z&%zz=1&f=%E2%82%AC'));
show(querystring.stringify({ a: [1, 2], b: 'x y', c: true, d: null, e: undefined, f: {}, g: NaN, h: "é!*()'~", i: 'a&b=c' }));
show([querystring.escape('a b!/?'), querystring.unescape('%zz%20'), querystring.parse('a:1;b:2', ';', ':'), querystring.stringify({ a: 1, b: 2 }, ';', ':')]);
show(querystring.parse('a=1&a=2&a=3', null, null, { maxKeys: 2 }));

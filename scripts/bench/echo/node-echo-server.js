// The node side of the echo benchmark: `node node-echo-server.js <port>`.
// Echoes every chunk back as it arrives, with Nagle off, like server/Program.cs.
'use strict';
const net = require('node:net');
const port = Number(process.argv[2] || 7000);
net.createServer({ noDelay: true }, (socket) => {
  socket.on('data', (chunk) => socket.write(chunk));
  socket.on('error', () => socket.destroy());
}).listen(port, '127.0.0.1', () => console.log(`node echo server listening on ${port}`));

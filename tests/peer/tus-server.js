// The tus reference server (@tus/server with @tus/file-store) for the peer tests: serves
// /files/ on 127.0.0.1 with a free port and prints "listening on PORT".
'use strict';
const http = require('http');
const { Server } = require('@tus/server');
const { FileStore } = require('@tus/file-store');

const directory = process.argv[2];
const tus = new Server({ path: '/files', datastore: new FileStore({ directory }) });
const server = http.createServer((req, res) => tus.handle(req, res));
server.listen(0, '127.0.0.1', () => {
  console.log('listening on ' + server.address().port);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));

// `npm start` (after the build): the demo council portal on http://127.0.0.1:8000, or on `PORT`
// (`PORT=0` takes any free port; the address is printed either way).
import { createServer } from 'node:http';
import { portalHandler } from './portal-server.mjs';

const host = '127.0.0.1';
const requested = process.env.PORT ?? '8000';
const port = Number(requested);
if (!/^\d+$/.test(requested) || port > 65535) {
  console.error(`PORT must be a port number from 0 to 65535, not '${requested}': PORT=8010 npm start`);
  process.exit(2);
}

const server = createServer(portalHandler());

server.on('error', (error) => {
  if (error.code === 'EADDRINUSE') console.error(`port ${port} is in use: PORT=${port + 10} npm start`);
  else if (error.code === 'EACCES') console.error(`port ${port} needs more privileges than this user has: PORT=8000 npm start`);
  else console.error(`the demo portal could not start: ${error.message}`);
  process.exit(1);
});

server.listen(port, host, () => {
  console.log(`RHI demo portal: http://${host}:${server.address().port}`);
  console.log('Press Ctrl+C to stop.');
});

function stop(signal) {
  console.log(`\n${signal}: stopping the demo portal.`);
  server.close(() => process.exit(0));
  server.closeAllConnections();
}

process.once('SIGINT', () => stop('SIGINT'));
process.once('SIGTERM', () => stop('SIGTERM'));

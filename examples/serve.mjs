// `node examples/serve.mjs [--port 8080]`: serves the plain HTML, React and Vue examples on
// 127.0.0.1 under the strict Content-Security-Policy a council portal would send. Build first:
// `npm run build` (the toolkit) and `node examples/build-examples.mjs` (the React and Vue apps).
// `--port 0` takes any free port; the addresses are printed either way.
import { createReadStream } from 'node:fs';
import { createServer } from 'node:http';
import { assetFile, contentTypeOf } from './example-assets.mjs';

/** Nothing inline, no eval, nothing from another origin: the toolkit needs no exception. */
export const strictPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const portArgument = process.argv.indexOf('--port');
const requested = portArgument > 0 ? process.argv[portArgument + 1] : (process.env.PORT ?? '8080');
if (!/^\d+$/.test(requested ?? '') || Number(requested) > 65535) {
  console.error(`--port needs a port number from 0 to 65535, not '${requested}': node examples/serve.mjs --port 8080`);
  process.exit(2);
}

const server = createServer((request, response) => {
  const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
  if (pathname === '/') {
    response.writeHead(302, { Location: '/examples/plain-html/' }).end();
    return;
  }
  if (pathname === '/favicon.ico') {
    response.writeHead(204).end(); // no icon: keeps the browser's request out of the console
    return;
  }
  const file = request.method === 'GET' || request.method === 'HEAD' ? assetFile(pathname) : undefined;
  if (!file) {
    response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Security-Policy': strictPolicy });
    response.end(`Not found: ${pathname}\nNi chafwyd hyd i: ${pathname}\n`);
    return;
  }
  response.writeHead(200, {
    'Content-Type': contentTypeOf(file),
    'Content-Security-Policy': strictPolicy,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  if (request.method === 'HEAD') response.end();
  else createReadStream(file).pipe(response);
});

server.on('error', (error) => {
  console.error(error.code === 'EADDRINUSE' ? `port ${requested} is in use: node examples/serve.mjs --port ${Number(requested) + 1}` : `the examples server could not start: ${error.message}`);
  process.exit(1);
});

server.listen(Number(requested), '127.0.0.1', () => {
  const base = `http://127.0.0.1:${server.address().port}`;
  console.log(`Examples: ${base}/examples/plain-html/  ${base}/examples/react/  ${base}/examples/vue/`);
});

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    server.close(() => process.exit(0));
    server.closeAllConnections();
  });
}

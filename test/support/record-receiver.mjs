// A stand-in for a council's case system, for browser tests: receives interview records posted by
// a native <form method=post> and lets a test read back exactly what arrived.
const recordsPath = '/test-server/interview-records';
const lastRecordPath = '/test-server/last-record';
// A case system that is down (or whose session expired): every post is refused with a 503.
const unavailablePath = '/test-server/unavailable';

const receivedPage = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Received</title>
  </head>
  <body>
    <h1>Received</h1>
    <p>The interview record was received.</p>
  </body>
</html>
`;

const unavailablePage = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Service unavailable</title>
  </head>
  <body>
    <h1>Sorry, the service is unavailable</h1>
  </body>
</html>
`;

async function bodyText(request) {
  const chunks = [];
  for await (const chunk of request) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Dev-server middleware (koa). POST /test-server/interview-records takes a urlencoded form post and
 * keeps it in memory; GET /test-server/last-record answers `{ count, record }`, where `count` is the
 * number of posts received since the server started and `record` the last one
 * (`{ contentType, fields: [[name, value], …] }` in posted order) or null. POST /test-server/unavailable
 * answers 503, as a case system that is down or whose session expired.
 */
export function recordReceiver() {
  let count = 0;
  let record = null;
  return async function receiveRecords(context, next) {
    if (context.path === recordsPath && context.method === 'POST') {
      const contentType = context.get('content-type');
      if (!contentType.startsWith('application/x-www-form-urlencoded')) {
        context.status = 415;
        context.body = `${recordsPath} takes application/x-www-form-urlencoded posts, not '${contentType}'.`;
        return;
      }
      count += 1;
      record = { contentType, fields: [...new URLSearchParams(await bodyText(context.req))] };
      context.status = 200;
      context.type = 'html';
      context.body = receivedPage;
      return;
    }
    if (context.path === unavailablePath && context.method === 'POST') {
      await bodyText(context.req);
      context.status = 503;
      context.type = 'html';
      context.body = unavailablePage;
      return;
    }
    if (context.path === lastRecordPath && context.method === 'GET') {
      context.set('Cache-Control', 'no-store');
      context.type = 'json';
      context.body = JSON.stringify({ count, record });
      return;
    }
    await next();
  };
}

// The second upload sink: an ordinary Node HTTP server, as a provider's own front end or a
// developer's test server would be, in a process of its own. It reads every body through
// `req.on('data')` (Node's HTTP parser, a Buffer per chunk, the stream's events), counts the
// bytes, and answers the provider's documented success (sink-server.ts's successBody: AssemblyAI's
// raw `/v2/upload` gets `{upload_url}`, memories.ai's multipart `/serve/api/v2/upload` its
// `{code, data: {asset_id}}`, storage links an empty 200). Unlike the lean sink, it costs CPU per
// byte, as a real receiver does: on two cores, what the uploader spends per byte beyond curl
// then shows as lost throughput (issue 29).
//
//   node test/bench/node-http-sink.ts      # prints {"port":N}; exits when its stdin closes

import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { serveAsChild, startSink, successBody, type Sink } from './sink-server.ts';

export function startNodeHttpSink(): Promise<Sink> {
  return startSink(fileURLToPath(import.meta.url), 'Node http sink');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const server = createServer((req, res) => {
    let bytes = 0;
    req.on('data', (chunk: Buffer) => {
      bytes += chunk.length;
    });
    req.on('end', () => {
      const declared = Number(req.headers['content-length'] ?? Number.NaN);
      // A body that is not the length its head declared is a client bug: fail it loudly.
      if (bytes !== declared) {
        res.writeHead(400, { 'content-type': 'application/json' }).end(JSON.stringify({ error: `Got ${bytes} bytes of a declared ${declared}.` }));
        return;
      }
      const path = (req.url ?? '/').split('?')[0] ?? '/';
      const { status, body } = successBody(path, bytes, req.headers.host ?? '127.0.0.1');
      const json = typeof body === 'string' ? body : JSON.stringify(body);
      res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(json) }).end(json);
    });
  });
  // Node cuts a request that takes over 300 s by default; a slow round must be measured, not cut.
  server.requestTimeout = 0;
  serveAsChild(server);
}

// A lean upload sink for the benchmarks: reads each request's head, drops exactly
// Content-Length body bytes without looking at them, and answers the provider's documented
// success body. test/fixtures/provider-server.ts hashes and parses every byte (busboy), which
// costs as much CPU as the client being measured; this one costs next to nothing, so the CLI
// and curl are limited by themselves, not by the server. It runs in its own process
// (`node test/bench/sink-server.ts` prints {"port":N}) so it has its own core and event loop.
//
// Not a general HTTP server: no chunked bodies (both clients send Content-Length), no pipelining.
//
// Files over a provider's large-file threshold go to a storage link its ticket hands out
// (electron/core/sending/large-upload.ts): the sink answers memories.ai's and WaveSpeedAI's tickets with
// a link to itself (/storage/<id>) and takes the bytes there the same way (HeyGen's v3 direct
// upload too, whose `complete` answers "completed" at once).

import { createServer, type Socket } from 'node:net';
import { randomUUID } from 'node:crypto';
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

// A request head larger than this is not from either client under test.
const MAX_HEAD_BYTES = 64 * 1024;

/** The provider's documented success for a request to `path` that carried `bytes` (shared by both sinks). */
export function successBody(path: string, bytes: number, host: string): { status: number; body: object | string } {
  const id = randomUUID();
  if (path.startsWith('/storage/')) return { status: 200, body: '' };
  // HeyGen v3's direct upload (developers.heygen.com/reference/create-asset-upload): its last step.
  const completed = /^\/v3\/assets\/([^/]+)\/complete$/.exec(path);
  if (completed !== null) return { status: 200, body: { data: { asset_id: completed[1], url: `https://resource.heygen.ai/${completed[1] ?? ''}`, mime_type: 'video/mp4', size_bytes: bytes, status: 'completed' } } };
  switch (path) {
    case '/v3/assets/direct-uploads':
      return { status: 200, body: { data: { asset_id: id, upload_url: `http://${host}/storage/${id}`, upload_headers: {}, expires_in_seconds: 3600, status: 'pending_upload' } } };
    case '/serve/api/v2/upload/signed-url':
      return { status: 200, body: { code: 200, msg: 'success', data: { asset_id: `re_${id}`, signed_url: `http://${host}/storage/${id}`, expires_in: 93600 }, success: true, failed: false } };
    case '/api/v3/media/uploads':
      return { status: 200, body: { code: 200, message: 'success', data: { download_url: `https://d.wavespeed.ai/${id}.mp4`, upload: { method: 'PUT', url: `http://${host}/storage/${id}`, headers: {} } } } };
    case '/v2/upload':
      return { status: 200, body: { upload_url: `https://cdn.assemblyai.com/upload/${id}` } };
    case '/serve/api/v2/upload':
      return { status: 200, body: { code: 200, msg: 'success', data: { asset_id: `re_${id}` }, success: true, failed: false } };
    case '/api/v3/media/upload/binary':
      return { status: 200, body: { code: 200, message: 'success', data: { type: 'video', download_url: `https://d.wavespeed.ai/${id}.mp4`, filename: `${id}.mp4`, size: bytes } } };
    case '/v1/asset':
      return {
        status: 200,
        body: { code: 100, data: { id, name: id, file_type: 'video', folder_id: '', meta: null, created_ts: Math.floor(Date.now() / 1000), url: `https://resource.heygen.ai/${id}`, image_key: null }, msg: null, message: null },
      };
    default:
      return { status: 404, body: { error: `No route for ${path}` } };
  }
}

interface Head {
  readonly path: string;
  readonly host: string;
  readonly length: number;
  readonly close: boolean;
  readonly expectContinue: boolean;
  readonly chunked: boolean;
}

function parseHead(text: string): Head {
  const [requestLine = '', ...lines] = text.split('\r\n');
  const target = requestLine.split(' ')[1] ?? '/';
  const headers = new Map<string, string>();
  for (const line of lines) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim().toLowerCase());
  }
  return {
    path: target.split('?')[0] ?? '/',
    host: headers.get('host') ?? '127.0.0.1',
    length: Number(headers.get('content-length') ?? '0'),
    close: headers.get('connection') === 'close',
    expectContinue: headers.get('expect') === '100-continue',
    chunked: (headers.get('transfer-encoding') ?? '').includes('chunked'),
  };
}

function serve(socket: Socket): void {
  let head: Buffer = Buffer.alloc(0);
  let current: Head | undefined;
  let remaining = 0;

  const answer = (request: Head): void => {
    const { status, body } = successBody(request.path, request.length, request.host);
    const json = typeof body === 'string' ? body : JSON.stringify(body);
    socket.write(
      `HTTP/1.1 ${status} ${status === 200 ? 'OK' : 'Not Found'}\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(json)}\r\n` +
        `connection: ${request.close ? 'close' : 'keep-alive'}\r\n\r\n${json}`,
    );
    if (request.close) socket.end();
  };

  socket.on('data', (chunk: Buffer) => {
    let data = chunk;
    while (data.length > 0) {
      if (current !== undefined) {
        const take = Math.min(remaining, data.length);
        remaining -= take;
        data = data.subarray(take);
        if (remaining === 0) {
          answer(current);
          current = undefined;
        }
        continue;
      }
      head = head.length === 0 ? data : Buffer.concat([head, data]);
      const end = head.indexOf('\r\n\r\n');
      if (end < 0) {
        if (head.length > MAX_HEAD_BYTES) socket.destroy();
        return;
      }
      const request = parseHead(head.toString('latin1', 0, end));
      data = head.subarray(end + 4);
      head = Buffer.alloc(0);
      if (request.chunked) {
        socket.end('HTTP/1.1 411 Length Required\r\ncontent-length: 0\r\nconnection: close\r\n\r\n');
        return;
      }
      if (request.expectContinue) socket.write('HTTP/1.1 100 Continue\r\n\r\n');
      if (request.length === 0) answer(request);
      else {
        current = request;
        remaining = request.length;
      }
    }
  });
  socket.on('error', () => socket.destroy());
}

export interface Sink {
  /** Which sink, in words for the report. */
  readonly name: string;
  readonly baseUrl: string;
  stop(): Promise<void>;
}

/**
 * Starts a sink in a child process on 127.0.0.1 and a free port: this lean one, or another
 * script that prints {"port":N} the same way (node-http-sink.ts).
 */
export async function startSink(script = fileURLToPath(import.meta.url), name = 'lean sink'): Promise<Sink> {
  // The sink's stdin is a pipe from this process: when this process dies, however abruptly,
  // the pipe closes and the sink exits instead of lingering.
  const child: ChildProcess = spawn(process.execPath, [script], { stdio: ['pipe', 'pipe', 'inherit'] });
  const lines = createInterface({ input: child.stdout! });
  const port = await new Promise<number>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`The benchmark sink exited early (status ${code}).`)));
    lines.once('line', (line) => resolve((JSON.parse(line) as { port: number }).port));
  });
  return {
    name,
    baseUrl: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/**
 * A sink's own process (startSink spawns it): listens on a loopback port, tells it on stdout as
 * one JSON line, and ends with SIGTERM or when its parent's pipe closes.
 */
export function serveAsChild(server: { listen(port: number, host: string, ready: () => void): unknown; address(): unknown }): void {
  server.listen(0, '127.0.0.1', () => {
    const address = server.address();
    const port = typeof address === 'object' && address !== null && 'port' in address ? address.port : 0;
    process.stdout.write(`${JSON.stringify({ port })}\n`);
  });
  process.on('SIGTERM', () => process.exit(0));
  process.stdin.on('end', () => process.exit(0));
  process.stdin.resume();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) serveAsChild(createServer({ noDelay: true }, serve));

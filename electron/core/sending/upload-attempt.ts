// One HTTP attempt at sending a file: opens the file afresh, streams it with an exact
// Content-Length, watches for stalls, and reads the answer. Retries live one level up.

import { Readable } from 'node:stream';
import { request } from '../network/http-client.ts';
import type { MediaFormat } from '../../../shared/media-formats.ts';
import { fileSystemError, openRegularFile } from '../files/file-inspect.ts';
import { multipartFraming, type MultipartFraming } from './multipart-body.ts';
import { networkError } from '../network/network-errors.ts';
import { watchSend } from '../network/sleep-resume.ts';
import type { ProgressMeter } from './progress-meter.ts';
import { authHeaders, type ParsedAnswer, type ProviderAdapter } from '../providers/provider-adapter.ts';
import { answerBodyLimit, readAnswer, readCapped, type RawAnswer } from './response-reading.ts';
import { UploadError } from '../errors/upload-error.ts';

export interface Timeouts {
  /** To open a TCP/TLS connection. */
  readonly connectMs: number;
  /** With no byte leaving while the body is sent. */
  readonly stallMs: number;
  /**
   * For the provider's whole answer once the last byte left (it may still be storing the file).
   * A deadline, not an idle timer: undici's own timers start again at every byte that arrives,
   * so a server sending one byte every few minutes held an upload's slot for months.
   */
  readonly responseMs: number;
}

// 15 s covers a slow DNS + TLS hand-shake; 30 s without a byte leaving is a dead link, not a
// slow one; 5 min lets a provider finish storing a multi-gigabyte file before it answers.
export const DEFAULT_TIMEOUTS: Timeouts = { connectMs: 15_000, stallMs: 30_000, responseMs: 300_000 };

// 1 MiB reads keep the syscall and event-loop count low on gigabyte files; four of them are
// all the file data an upload holds at once (see the body generator for why four is safe).
const READ_CHUNK = 1024 * 1024;
const BUFFERS = 4;

/** The file being sent, and what watches it go: the same for every request that carries it. */
export interface FileInFlight {
  readonly path: string;
  readonly name: string;
  readonly stamp: { readonly size: number; readonly mtimeMs: number };
  readonly meter: ProgressMeter;
  readonly onBytes: () => void;
  readonly signal: AbortSignal | undefined;
  readonly timeouts: Timeouts;
}

/** One file, streamed as a request body: where to, how, and what watches it. */
export interface SendInput extends FileInFlight {
  readonly url: URL;
  readonly method: 'POST' | 'PUT';
  /** Every header but Content-Length, which is always the exact length. */
  readonly headers: Readonly<Record<string, string>>;
  /** The multipart framing around the file, or none for the raw file. */
  readonly framing: MultipartFraming | undefined;
  /** The provider's name, for error sentences. */
  readonly provider: string;
  /** Keys held, never to appear in an error's words. */
  readonly secrets: readonly string[];
}

/**
 * Sends the file, opened afresh, as the body of one request and reads the answer with a cap.
 * Both the provider's upload endpoint and a storage link a provider handed out go through here,
 * so both stream, watch for stalls, count progress and notice a file that changed.
 */
export async function sendFile(input: SendInput): Promise<RawAnswer> {
  const { stamp, provider } = input;
  const changed = (): UploadError => UploadError.of('FILE_CHANGED', provider, { file: input.name });

  const { handle } = await openRegularFile(input.path, provider, input.name);
  const controller = new AbortController();
  const abort = (reason: unknown): void => controller.abort(reason);
  const onUserAbort = (): void => abort(UploadError.of('CANCELLED', provider));
  // Counted as chunks are taken by the socket: waking from sleep asks whether any left since.
  let sentBytes = 0;
  const forgetSend = watchSend({
    sent: () => sentBytes,
    cut: () => abort(UploadError.of('NETWORK', provider, { detail: 'The connection was lost while the computer slept.' })),
  });
  if (input.signal?.aborted) onUserAbort();
  input.signal?.addEventListener('abort', onUserAbort, { once: true });
  // The body can be asked for more after the attempt is over (an early answer, a 503 before the
  // last byte was read): no timer may start then, or it would hold the process open.
  let over = false;
  let stallTimer: NodeJS.Timeout | undefined;
  // One timer for the whole send, pushed back at every chunk (refresh() re-arms it in place,
  // without a new timer object and two timer-list operations per chunk of every upload).
  const armStall = (): void => {
    if (over) return;
    if (stallTimer === undefined) stallTimer = setTimeout(() => abort(UploadError.of('TIMEOUT', provider, { detail: 'No data could be sent for a while.' })), input.timeouts.stallMs);
    else stallTimer.refresh();
  };
  // Sending keeps the stall timer: a file leaves at the pace the network allows, and each chunk
  // taken shows the link is alive (a reader must take 1 MiB per stallMs to keep it). The answer
  // is small and the provider's to give: it gets one deadline, set when the last byte has left.
  let answerTimer: NodeJS.Timeout | undefined;
  const startAnswerDeadline = (): void => {
    if (over) return;
    answerTimer ??= setTimeout(() => abort(UploadError.of('TIMEOUT', provider, { detail: 'The answer did not arrive in full in time.' })), input.timeouts.responseMs);
  };

  try {
    const before = await handle.stat();
    if (before.size !== stamp.size || before.mtimeMs !== stamp.mtimeMs) throw changed();

    const framing = input.framing;
    const length = stamp.size + (framing === undefined ? 0 : framing.head.length + framing.tail.length);
    const fileHandle = handle;

    const unchanged = async (): Promise<void> => {
      const now = await fileHandle.stat();
      if (now.size !== stamp.size || now.mtimeMs !== stamp.mtimeMs) throw changed();
    };

    async function* body(): AsyncGenerator<Buffer> {
      if (framing !== undefined) yield framing.head;
      // A few buffers, filled in turn, so gigabytes go out without a new allocation per chunk
      // (which cost dozens of full garbage collections per GiB and a third of the throughput).
      // Made as needed and no larger than the file: a 100 KB photo needs one 100 KB buffer.
      const buffers: Buffer[] = [];
      const chunkSize = Math.min(READ_CHUNK, stamp.size);
      const readAt = async (turn: number, position: number): Promise<Buffer> => {
        const buffer = (buffers[turn % BUFFERS] ??= Buffer.allocUnsafe(chunkSize));
        let bytesRead: number;
        try {
          ({ bytesRead } = await fileHandle.read(buffer, 0, Math.min(buffer.length, stamp.size - position), position));
        } catch (error) {
          throw fileSystemError(error, provider, input.name);
        }
        if (bytesRead === 0) throw changed(); // shorter than when it was queued
        return buffer.subarray(0, bytesRead);
      };
      // The next chunk is read while this one is fingerprinted and sent: the read waits in the
      // thread pool, the fingerprint and the socket on this thread, and on two cores the file
      // read no longer stands between one chunk leaving and the next (0.83 → 0.95 of curl).
      // Reuse is safe: undici writes a chunk and, since it is larger than the socket's 16 KiB
      // high-water mark, pauses the body until 'drain' (every byte handed to the kernel); the
      // body stream below holds one chunk ahead, and one more is being read here: so at most
      // three are live (leaving, held, being read) of the four.
      let position = 0;
      let turn = 0;
      let reading: Promise<Buffer> | undefined = stamp.size > 0 ? readAt(turn, position) : undefined;
      armStall();
      while (reading !== undefined) {
        const chunk = await reading;
        position += chunk.length;
        turn += 1;
        reading = position < stamp.size ? readAt(turn, position) : undefined;
        // Not awaited until its turn: if this chunk never leaves, its failure must not go unhandled.
        reading?.catch(() => undefined);
        input.meter.fingerprintChunk(chunk);
        // Looked at again before the last chunk leaves, not after: a file changed meanwhile must
        // not reach the provider whole, or it could accept it while this side says it changed.
        if (reading === undefined) await unchanged();
        yield chunk;
        // The chunk was taken by the socket: it has left, as far as this process can tell.
        armStall();
        sentBytes += chunk.length;
        input.meter.add(chunk.length);
        input.onBytes();
      }
      clearTimeout(stallTimer);
      if (framing !== undefined) yield framing.tail;
      startAnswerDeadline();
    }

    const response = await request(input.url, {
      method: input.method,
      headers: { ...input.headers, 'content-length': String(length) },
      // highWaterMark 1: the stream asks for a chunk only once the one before has been taken.
      body: Readable.from(body(), { objectMode: false, highWaterMark: 1 }),
      signal: controller.signal,
      cancelSignal: input.signal,
      connectTimeoutMs: input.timeouts.connectMs,
      headersTimeout: input.timeouts.responseMs,
      bodyTimeout: input.timeouts.responseMs,
    });
    clearTimeout(stallTimer);
    const answer = await readCapped(response.body, answerBodyLimit(response.statusCode));
    return { status: response.statusCode, headers: response.headers, ...answer, requestUrl: input.url };
  } catch (error) {
    const reason: unknown = controller.signal.aborted ? controller.signal.reason : error;
    if (reason instanceof UploadError) throw reason;
    throw networkError(reason, provider, input.secrets, input.url);
  } finally {
    over = true;
    forgetSend();
    clearTimeout(stallTimer);
    clearTimeout(answerTimer);
    input.signal?.removeEventListener('abort', onUserAbort);
    await handle.close().catch(() => undefined);
  }
}

export interface AttemptInput extends FileInFlight {
  readonly adapter: ProviderAdapter<string>;
  readonly url: URL;
  readonly key: string;
  readonly format: MediaFormat;
}

/** Only the FileInFlight fields of `input`, so nothing else (a key) rides along into a request. */
export function fileInFlight(input: FileInFlight): FileInFlight {
  const { path, name, stamp, meter, onBytes, signal, timeouts } = input;
  return { path, name, stamp, meter, onBytes, signal, timeouts };
}

/** One attempt at the provider's upload endpoint: the file with the key, as its row says to send it. */
export async function attemptUpload(input: AttemptInput): Promise<ParsedAnswer> {
  const { adapter } = input;
  const carry = adapter.info.body;
  const framing = carry.kind === 'multipart' ? multipartFraming(carry.field, input.name, input.format.mime) : undefined;
  const contentType = framing?.contentType ?? (carry.kind === 'raw' && carry.contentType === 'media-type' ? input.format.mime : 'application/octet-stream');
  const answer = await sendFile({
    ...fileInFlight(input),
    url: input.url,
    method: 'POST',
    headers: { ...authHeaders(adapter.info.auth, input.key), 'content-type': contentType },
    framing,
    provider: adapter.info.name,
    secrets: [input.key],
  });
  return readAnswer(adapter, answer, new Date(), [input.key]);
}

// Loaded with `node --import` into the child process that runs the electron package's own
// install.js, which downloads the Electron runtime with @electron/get. That uses Node's global
// `fetch` with no timeouts of its own, so undici's defaults apply: 300 s for the answer's
// headers and 300 s between two pieces of the body, once per request and per redirect. A
// server or proxy that takes the connection and then says nothing (a captive portal, a dead
// mirror) would keep `npm start` waiting for many minutes. This module makes the global
// dispatcher give up after a stall of STALL_MS instead (waiting for the headers, or between two
// pieces of the body: a slow download that keeps moving is never cut off; connecting keeps
// undici's own 10 s limit), and tells the launcher over the IPC channel how far the download
// is and why a request failed, so that it can show progress and name the failure.
//
// The dispatcher is an EnvHttpProxyAgent, so HTTPS_PROXY / HTTP_PROXY / NO_PROXY are honoured
// as @electron/get honours them when ELECTRON_GET_USE_PROXY is set (its proxy.js sets the same
// agent, with default timeouts): the launcher removes that variable from the child so its agent
// does not replace this one.

import { basename } from 'node:path';
import { EnvHttpProxyAgent, setGlobalDispatcher, type Dispatcher } from 'undici';
import { STALL_ENV, type DownloadNote } from './download-notes.ts';

// 30 s without a byte: long enough for a slow or busy connection to recover, short enough that
// an offline start ends within a minute or two even when DNS itself is slow to give up.
const STALL_MS = Number(process.env[STALL_ENV]) > 0 ? Number(process.env[STALL_ENV]) : 30_000;
// Progress notes at most 4 times a second: enough for a moving count, not a message per 64 KB.
const PROGRESS_EVERY_MS = 250;

function tell(note: DownloadNote): void {
  process.send?.(note);
}

let requests = 0;

const watch: Dispatcher.DispatcherComposeInterceptor = (dispatch) => (options, handler) => {
  const request = ++requests;
  let received = 0;
  let total: number | undefined;
  let answered = false;
  let toldAt = 0;
  let toldReceived = 0;
  const tellProgress = (): void => {
    toldAt = Date.now();
    toldReceived = received;
    tell({ kind: 'progress', request, received, total });
  };
  // Every callback of undici's DispatchHandler (types/dispatcher.d.ts) is passed on by name: the
  // `{ ...handler }` of undici's interceptor example copies only own properties, and the handler
  // of Node's built-in fetch keeps its callbacks on its prototype.
  return dispatch(options, {
    onRequestStart: (controller, context) => handler.onRequestStart?.(controller, context),
    onRequestUpgrade: (controller, statusCode, headers, socket) => handler.onRequestUpgrade?.(controller, statusCode, headers, socket),
    onResponseStarted: () => handler.onResponseStarted?.(),
    onBodySent: (chunk) => handler.onBodySent?.(chunk),
    onRequestSent: () => handler.onRequestSent?.(),
    onResponseStart(controller, statusCode, headers, statusMessage) {
      answered = true;
      if (statusCode >= 400) tell({ kind: 'http-status', file: basename(options.path.split('?')[0] ?? ''), status: statusCode, statusText: statusMessage ?? '' });
      const length = Number(headers['content-length']);
      total = statusCode < 300 && Number.isSafeInteger(length) && length > 0 ? length : undefined;
      return handler.onResponseStart?.(controller, statusCode, headers, statusMessage);
    },
    onResponseData(controller, chunk) {
      received += chunk.length;
      if (Date.now() - toldAt >= PROGRESS_EVERY_MS) tellProgress();
      return handler.onResponseData?.(controller, chunk);
    },
    onResponseEnd(controller, trailers) {
      if (received !== toldReceived) tellProgress();
      return handler.onResponseEnd?.(controller, trailers);
    },
    onResponseError(controller, error) {
      const code = (error as { code?: unknown }).code;
      tell({ kind: 'network-error', code: typeof code === 'string' ? code : error.name, answered });
      return handler.onResponseError?.(controller, error);
    },
  });
};

setGlobalDispatcher(new EnvHttpProxyAgent({ headersTimeout: STALL_MS, bodyTimeout: STALL_MS }).compose(watch));
// The IPC channel would otherwise keep the child alive after install.js is done.
process.channel?.unref();

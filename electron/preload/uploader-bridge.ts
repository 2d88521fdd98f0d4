// Builds `window.uploader` (exactly the calls of shared/ipc-contract.ts plus `on` for events)
// and `window.uploaderFiles` (ids for dropped files). Electron's modules are passed in rather
// than imported so the end-to-end harness runs this very code in a plain Chromium page.
//
// Dropped files: only this isolated world can ask Electron for a `File`'s path. It registers the
// paths with main over a channel of its own (`files:register-drop`, not in `window.uploader`)
// and hands the page main's opaque ids, so the page never names a path main would read.

import { CALL_NAMES, EVENT_NAMES, type EventName, type UploaderFilesApi } from '../../shared/ipc-channels.ts';
import type { AnyCallName, CallReply, EventPayloads, UploaderApi } from '../../shared/ipc-contract.ts';
import { UserFacingError } from '../../shared/user-facing-error.ts';

/** The parts of Electron's renderer-side modules the bridge uses. */
export interface BridgeElectron {
  readonly contextBridge: { exposeInMainWorld(key: string, api: unknown): void };
  readonly ipcRenderer: {
    invoke(channel: string, ...args: unknown[]): Promise<unknown>;
    on(channel: string, listener: (event: unknown, payload: unknown) => void): unknown;
    removeListener(channel: string, listener: (event: unknown, payload: unknown) => void): unknown;
  };
  // `File` is a DOM type; the preload's TypeScript project has no DOM, so it stays opaque here.
  readonly webUtils: { getPathForFile(file: never): string };
}

const EVENTS: ReadonlySet<string> = new Set(EVENT_NAMES);

export function exposeUploader({ contextBridge, ipcRenderer, webUtils }: BridgeElectron): void {
  const call = async (name: AnyCallName, args?: unknown): Promise<unknown> => {
    const reply = (await ipcRenderer.invoke(name, args)) as CallReply;
    // Main answers with an envelope so the window's Error carries main's plain sentence,
    // not Electron's "Error invoking remote method …" wrapper.
    // The window's Error keeps only the message (contextBridge copies no other property of an
    // error); the code is there for the preload's own callers and tests.
    if (reply === null || typeof reply !== 'object') throw new UserFacingError('APP_FAILED', 'The app did not answer. Restart it and try again.');
    if (!reply.ok) throw new UserFacingError(reply.code, reply.error);
    return reply.value;
  };
  const calls: Record<string, (args?: unknown) => Promise<unknown>> = {};
  for (const name of CALL_NAMES) calls[name] = (args?: unknown) => call(name, args);

  const on = <E extends EventName>(event: E, listener: (payload: EventPayloads[E]) => void): (() => void) => {
    if (!EVENTS.has(event)) throw new Error(`There is no event named ${String(event)}.`);
    // Only the payload crosses: the IpcRendererEvent would hand the window `sender`.
    const wrapped = (_event: unknown, payload: unknown) => listener(payload as EventPayloads[E]);
    ipcRenderer.on(event, wrapped);
    return () => {
      ipcRenderer.removeListener(event, wrapped);
    };
  };

  const api = { ...calls, on } as unknown as UploaderApi;
  const files: UploaderFilesApi = {
    async register(list) {
      // Anything but an array has lost its length on the way (see UploaderFilesApi): say so
      // rather than find no files in it.
      if (!Array.isArray(list)) throw new TypeError('uploaderFiles.register takes an array of File objects.');
      const paths: string[] = [];
      for (const file of list) {
        const path = webUtils.getPathForFile(file as never);
        if (path !== '') paths.push(path);
      }
      if (paths.length === 0) return [];
      return (await call('files:register-drop', { paths })) as string[];
    },
  };
  contextBridge.exposeInMainWorld('uploader', api);
  contextBridge.exposeInMainWorld('uploaderFiles', files);
}

// The window's only door to the rest of the app. `window.uploader` is built by the preload
// from shared/ipc-contract.ts, so its type is the contract's `UploaderApi`, never a copy.

import type { UploaderApi, UploaderFilesApi } from '../../shared/ipc-contract.ts';

declare global {
  interface Window {
    readonly uploader: UploaderApi;
    readonly uploaderFiles: UploaderFilesApi<File>;
  }
}

let api: UploaderApi | undefined;

/** Read lazily, so modules that import this file can load where there is no window (unit tests). */
export function uploader(): UploaderApi {
  api ??= window.uploader;
  return api;
}

/**
 * The one place dropped files become ids for `queue:add` (the preload registers their paths with
 * main; the window never sees them); empty when none of them came from disk. The files cross to
 * the preload as a plain array: a `FileList` would arrive there without `length`.
 */
export function registerDroppedFiles(files: ArrayLike<File>): Promise<string[]> {
  return window.uploaderFiles.register(Array.from(files));
}

// What the download child (download-watch.ts, loaded into electron's install.js) and the
// launcher say to each other. Kept apart from download-watch.ts, which changes the process it
// is loaded into and must be loaded nowhere else.

/** What the child tells the launcher over the IPC channel. `request` numbers the requests, redirects included. */
export type DownloadNote =
  | { readonly kind: 'progress'; readonly request: number; readonly received: number; readonly total: number | undefined }
  | { readonly kind: 'http-status'; readonly file: string; readonly status: number; readonly statusText: string }
  /** `answered`: the failure came after the server had started its answer. */
  | { readonly kind: 'network-error'; readonly code: string; readonly answered: boolean };

/** The variable through which the launcher sets the child's stall limit in ms (it always sets it). */
export const STALL_ENV = 'MEDIA_UPLOADER_DOWNLOAD_STALL_MS';

// What main sends the HEIC worker (heic-worker.ts) and what it answers: plain data, copied
// between threads (the converted bytes are moved, not copied).

export interface HeicRequest {
  /** A descriptor main opened (file-inspect.ts openRegularFile) and keeps open until the answer: threads share descriptors. */
  readonly fd: number;
  readonly size: number;
  readonly to: 'jpg' | 'png';
}

export type HeicAnswer =
  | { readonly kind: 'done'; readonly bytes: Uint8Array }
  /** The decoder's or encoder's own words. */
  | { readonly kind: 'failed'; readonly reason: string };

// The decoding and encoding of one HEIC photo, in a worker thread of its own (started by
// heic-image.ts): libheif in WebAssembly and a JavaScript JPEG/PNG encoder keep a thread busy
// for seconds on a large photo (an 8000 × 6000 one froze main's event loop for 9.3 s), and
// here that thread is not main's. The file is read through the descriptor main opened, so the
// photo decoded is the file main checked, and the worker never opens anything by name.

import { read } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import type { HeicAnswer, HeicRequest } from './heic-messages.ts';

const request = workerData as HeicRequest;

// A JPEG quality no one tells from the original photo at its own size.
const JPEG_QUALITY = 0.92;

function readAll(fd: number, size: number): Promise<Buffer> {
  const buffer = Buffer.allocUnsafe(size);
  const step = (at: number, resolve: (b: Buffer) => void, reject: (e: Error) => void): void => {
    if (at >= size) return resolve(buffer);
    read(fd, buffer, at, size - at, at, (error, bytesRead) => {
      if (error !== null) return reject(error);
      // Shorter than main found it: the file changed, and the caller checks that again.
      if (bytesRead === 0) return reject(new Error('The file became shorter while it was read.'));
      step(at + bytesRead, resolve, reject);
    });
  };
  return new Promise((resolve, reject) => step(0, resolve, reject));
}

async function convert(): Promise<HeicAnswer> {
  try {
    const buffer = await readAll(request.fd, request.size);
    const { default: encode } = await import('heic-convert');
    const image = await encode({ buffer, format: request.to === 'jpg' ? 'JPEG' : 'PNG', quality: JPEG_QUALITY });
    return { kind: 'done', bytes: new Uint8Array(image) };
  } catch (error) {
    return { kind: 'failed', reason: String((error as Error)?.message ?? error).slice(0, 300) };
  }
}

const answer = await convert();
parentPort?.postMessage(answer, answer.kind === 'done' ? [answer.bytes.buffer as ArrayBuffer] : []);

// The framing around one file in a multipart/form-data body (RFC 7578). Written out here
// rather than built with FormData because the engine must know the exact Content-Length
// before sending and must count the file's bytes as they leave; the framing is two short
// buffers whose lengths are known up front.

import { randomBytes } from 'node:crypto';

export interface MultipartFraming {
  readonly contentType: string;
  readonly head: Buffer;
  readonly tail: Buffer;
}

/** Quotes a file name the way browsers do in Content-Disposition (HTML's form submission rules). */
function quoteName(name: string): string {
  return name.replace(/"/g, '%22').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function multipartFraming(field: string, fileName: string, fileType: string): MultipartFraming {
  const boundary = `----media-uploader-${randomBytes(16).toString('hex')}`;
  const head = Buffer.from(
    `--${boundary}\r\n` +
      `Content-Disposition: form-data; name="${quoteName(field)}"; filename="${quoteName(fileName)}"\r\n` +
      `Content-Type: ${fileType}\r\n\r\n`,
    'utf8',
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`, 'utf8');
  return { contentType: `multipart/form-data; boundary=${boundary}`, head, tail };
}

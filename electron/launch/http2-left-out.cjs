// Stands in for node:http2 inside the command-line bundle (electron/launch/build-cli.ts). The
// engine speaks HTTP/1.1 only (electron/core/network/http-client.ts, allowH2: false), yet undici's
// HTTP/2 client loads node:http2 when it loads, and node:http2 loads TLS and all of crypto:
// ~25 ms of every run's start-up, for a module never used. undici expects node:http2 to be
// missing from some builds of Node and carries on without it (lib/dispatcher/client-h2.js wraps
// the require in try/catch), which is what this file makes it see.
throw new Error('node:http2 is left out of the media-uploader bundle: it speaks HTTP/1.1 only.');

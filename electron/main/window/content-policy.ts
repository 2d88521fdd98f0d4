// The window's Content-Security-Policy, sent as a header by the app:// protocol (and by the
// end-to-end harness's page server, so tests run under the same rules). renderer/index.html
// carries the same policy in a meta tag as a second line of defence.
//
// Scripts only from the app's own files: nothing inline, no eval, nothing remote. Styles allow
// 'unsafe-inline' because React sets style attributes; they cannot run code.

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** The app's page when it is served by the app:// protocol. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'media-uploader';
export const APP_PAGE = `${APP_SCHEME}://${APP_HOST}/index.html`;

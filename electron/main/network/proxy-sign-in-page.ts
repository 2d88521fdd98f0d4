// The words and the page of the proxy's password prompt (proxy-sign-in-window.ts). Pure, so the
// tests record the same sentences the app shows, and load the same page in Chromium.
//
// The page has no script of its own, and its policy allows none: the prompt's preload
// (electron/preload/proxy-sign-in.ts) reads the form from the isolated world and sends main the
// answer. Every text in it is escaped: the proxy's name comes from the system's settings or a PAC
// script, not from the app.

export interface ProxySignInWords {
  readonly title: string;
  readonly message: string;
  readonly detail: string;
  readonly submit: string;
  readonly cancel: string;
}

/** `again`: the user name and password sent last were not accepted. */
export function proxySignInWords(proxy: string, again: boolean): ProxySignInWords {
  return {
    title: 'Proxy sign-in',
    message: again ? `The proxy ${proxy} did not accept that user name and password.` : `The proxy ${proxy} asks for a user name and password.`,
    detail: again
      ? 'Check them and type them again. If you do not know them, ask your IT department, or press Cancel.'
      : 'Media Uploader sends your files through it. Type the sign-in your IT department gave you; it is kept in your computer’s password store, for this proxy only.',
    submit: 'Sign in',
    cancel: 'Cancel',
  };
}

/** The prompt window's content size: room for two lines of heading, three of detail, both fields and the buttons. */
export const PROMPT_SIZE = { width: 440, height: 390 } as const;

// No script, no frame, no form sent anywhere: the preload does what the buttons do.
// (frame-ancestors is ignored in a <meta> policy, so it is not written; the window is never framed.)
export const SIGN_IN_PAGE_POLICY = "default-src 'none'; style-src 'unsafe-inline'; form-action 'none'; base-uri 'none'";

const escape = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function proxySignInPage(words: ProxySignInWords): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${SIGN_IN_PAGE_POLICY}">
<meta name="color-scheme" content="light dark">
<title>${escape(words.title)}</title>
<style>
  body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; margin: 0; padding: 20px 24px; }
  h1 { font-size: 15px; margin: 0 0 6px; }
  p { margin: 0 0 14px; color: GrayText; }
  label { display: block; font-weight: 600; margin: 10px 0 4px; }
  input { box-sizing: border-box; width: 100%; font: inherit; padding: 6px 8px; }
  .note { min-height: 1.45em; margin: 8px 0 0; color: #b3261e; }
  .buttons { display: flex; justify-content: flex-end; gap: 8px; margin-top: 14px; }
  button { font: inherit; padding: 6px 16px; }
</style>
</head>
<body>
<form id="sign-in" autocomplete="off" novalidate>
  <h1 id="message">${escape(words.message)}</h1>
  <p id="detail">${escape(words.detail)}</p>
  <label for="username">User name</label>
  <input id="username" name="username" autocomplete="username" spellcheck="false" maxlength="500">
  <label for="password">Password</label>
  <input id="password" name="password" type="password" autocomplete="current-password" maxlength="500">
  <p class="note" id="note" role="alert"></p>
  <div class="buttons">
    <button type="button" id="cancel">${escape(words.cancel)}</button>
    <button type="submit" id="submit">${escape(words.submit)}</button>
  </div>
</form>
</body>
</html>
`;
}

/** The page as the prompt window loads it: a data: URL, so no file or protocol serves it. */
export function proxySignInPageUrl(words: ProxySignInWords): string {
  return `data:text/html;charset=utf-8;base64,${Buffer.from(proxySignInPage(words), 'utf8').toString('base64')}`;
}

// The words and the page of the proxy's password prompt (proxy-sign-in-window.ts). Pure, so the
// tests record the same sentences the app shows, and load the same page in Chromium.
//
// The page has no script of its own, and its policy allows none: the prompt's preload
// (electron/preload/proxy-sign-in.ts) reads the form from the isolated world and sends main the
// answer. Every text in it is escaped: the proxy's name comes from the system's settings or a PAC
// script, not from the app.

import { createTranslator, type Translate } from '../../../shared/i18n/translator.ts';

export interface ProxySignInWords {
  /** The page's language (<html lang>: screen readers' voice, Chromium's fonts for Chinese and Japanese). */
  readonly lang: string;
  readonly title: string;
  readonly message: string;
  readonly detail: string;
  readonly userName: string;
  readonly password: string;
  readonly submit: string;
  readonly cancel: string;
  /** Said by the preload when Sign in is pressed with no user name: it reads it from the form's data-need-user-name. */
  readonly userNameFirst: string;
}

/**
 * `again`: the user name and password sent last were not accepted. `t`: main's translator
 * (electron/main/app/main-language.ts), `lang` its language; English without them.
 */
export function proxySignInWords(proxy: string, again: boolean, t: Translate = english(), lang = 'en'): ProxySignInWords {
  return {
    lang,
    title: t('desktop:proxy.title'),
    message: t(again ? 'desktop:proxy.messageAgain' : 'desktop:proxy.message', { proxy }),
    detail: t(again ? 'desktop:proxy.detailAgain' : 'desktop:proxy.detail'),
    userName: t('desktop:proxy.userName'),
    password: t('desktop:proxy.password'),
    submit: t('desktop:proxy.signIn'),
    cancel: t('desktop:proxy.cancel'),
    userNameFirst: t('desktop:proxy.userNameFirst'),
  };
}

let englishTranslate: Translate | undefined;
function english(): Translate {
  englishTranslate ??= createTranslator('en').t;
  return englishTranslate;
}

/** The prompt window's content size: room for two lines of heading, three of detail, both fields and the buttons. */
export const PROMPT_SIZE = { width: 440, height: 390 } as const;

// No script, no frame, no form sent anywhere: the preload does what the buttons do.
// (frame-ancestors is ignored in a <meta> policy, so it is not written; the window is never framed.)
export const SIGN_IN_PAGE_POLICY = "default-src 'none'; style-src 'unsafe-inline'; form-action 'none'; base-uri 'none'";

const escape = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function proxySignInPage(words: ProxySignInWords): string {
  return `<!doctype html>
<html lang="${escape(words.lang)}">
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
<form id="sign-in" autocomplete="off" novalidate data-need-user-name="${escape(words.userNameFirst)}">
  <h1 id="message">${escape(words.message)}</h1>
  <p id="detail">${escape(words.detail)}</p>
  <label for="username">${escape(words.userName)}</label>
  <input id="username" name="username" autocomplete="username" spellcheck="false" maxlength="500">
  <label for="password">${escape(words.password)}</label>
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

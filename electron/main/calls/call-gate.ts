// The one wrapper every call from the window passes through: check who sent it, parse its
// `unknown` argument with the contract's schema, then run the handler. Anything forged or
// malformed is refused with a plain sentence and never reaches the core. Electron-free, so the
// unit tests and the end-to-end harness exercise exactly what the app runs.
//
// The preload's own calls (`files:register-drop`) pass the same checks: they must come from the
// app's page in the app's top frame. What keeps the page itself from making them is that only
// the preload's isolated world has `ipcRenderer`; `window.uploader` has no such method.

import { ALL_CALLS, type AnyCallName, type CallReply } from '../../../shared/ipc-contract.ts';
import { userFacingWords } from '../../../shared/i18n/error-words.ts';
import type { Translate } from '../../../shared/i18n/translator.ts';
import { UserFacingError } from '../../../shared/user-facing-error.ts';
import { mainT } from '../settings/main-language.ts';
import type { Handlers } from './call-ports.ts';

/** Who sent a call, as far as the gate needs to know. */
export interface CallerFrame {
  /** The sending frame's URL; undefined when the frame is gone or unknown. */
  readonly url: string | undefined;
  /** True only for the top-level frame of the app's own window. */
  readonly isAppWindowMainFrame: boolean;
}

export interface GateOptions {
  /** The URL of the app's page, e.g. app://media-uploader/index.html. */
  readonly appPage: string;
  /** Where refusals are noted for a developer; never given an argument's value. */
  readonly log?: (line: string) => void;
  /** The language sentences cross to the window in: main's (main-language.ts) unless given. */
  readonly t?: () => Translate;
}

/** `args` is everything the sender passed after the channel name; a call takes at most one. */
export type CallGate = (name: string, caller: CallerFrame | undefined, args: readonly unknown[]) => Promise<CallReply>;

// The English of each (shared/i18n/en/errors.ts `calls`), for tests and logs; the window reads them in main's language.
export const REFUSED_SENDER = 'This request did not come from the app’s own window, so it was refused.';
export const REFUSED_UNKNOWN = 'The app does not know this request. Restart the app and try again.';
export const REFUSED_MALFORMED = 'The window sent a request the app could not read. Restart the app and try again.';
export const FAILED_UNEXPECTEDLY = 'Something went wrong inside the app. Try again; if it keeps happening, restart the app.';

export function createCallGate(handlers: Handlers, options: GateOptions): CallGate {
  const log = options.log ?? ((line: string) => console.warn(line));
  const appPage = new URL(options.appPage);
  const t = options.t ?? mainT;
  const refused = (key: 'refusedUnknown' | 'refusedSender' | 'refusedMalformed'): CallReply => ({ ok: false, code: 'CALL_REFUSED', error: t()(`errors:calls.${key}`) });

  return async (name, caller, args) => {
    if (!isCallName(name)) {
      log(`Refused a call to an unknown channel (${JSON.stringify(name).slice(0, 60)}).`);
      return refused('refusedUnknown');
    }
    if (!isTrustedCaller(caller, appPage)) {
      log(`Refused ${name}: it came from ${caller?.isAppWindowMainFrame === true ? 'another page' : 'a frame that is not the app window'}.`);
      return refused('refusedSender');
    }
    if (!Array.isArray(args) || args.length > 1) {
      log(`Refused ${name}: it was sent ${Array.isArray(args) ? args.length : 'no list of'} arguments.`);
      return refused('refusedMalformed');
    }
    const parsed = ALL_CALLS[name].args.safeParse(args[0]);
    if (!parsed.success) {
      // Only where the argument was wrong, never its value: keys:set carries a key.
      log(`Refused ${name}: malformed argument at ${parsed.error.issues.map((i) => i.path.join('.') || '(root)').join(', ')}.`);
      return refused('refusedMalformed');
    }
    try {
      const handler = handlers[name] as (args: unknown) => Promise<unknown>;
      return { ok: true, value: await handler(parsed.data) };
    } catch (error) {
      // Only a sentence written for a person crosses as it is; anything else (a Node system
      // error, a TypeError, a library's own words) is noted for a developer by its name and code.
      // Said in main's language: from its key and values where it has them, else its English.
      if (error instanceof UserFacingError) return { ok: false, code: error.code, error: userFacingWords(t(), error) };
      log(`${name} failed unexpectedly: ${error instanceof Error ? `${error.name} ${(error as { code?: unknown }).code ?? ''}` : typeof error}`);
      return { ok: false, code: 'APP_FAILED', error: t()('errors:calls.failedUnexpectedly') };
    }
  };
}

function isCallName(name: string): name is AnyCallName {
  return typeof name === 'string' && Object.hasOwn(ALL_CALLS, name);
}

/** The app's page in the app's window: same scheme, host and path; a query or fragment is fine. */
export function isTrustedCaller(caller: CallerFrame | undefined, appPage: URL): boolean {
  if (caller === undefined || !caller.isAppWindowMainFrame || caller.url === undefined) return false;
  let url: URL;
  try {
    url = new URL(caller.url);
  } catch {
    return false;
  }
  return url.protocol === appPage.protocol && url.host === appPage.host && url.pathname === appPage.pathname
    && url.username === '' && url.password === '';
}

// A proxy that asks for a password (its 407): the app asks the person (a native prompt from
// main, electron/main/proxy-sign-in-window.ts) and sends the answer to that proxy from then on,
// as Proxy-Authorization (ProxyAgent's `token`, proxy-choice.ts). Once the proxy has let a request
// through with it, the sign-in is kept in the keychain under the proxy's "host:port"
// (proxy-passwords.ts), and read from there by the next run before anyone is asked.
//
// How often the person is asked, per proxy: once when nothing is known, and once more after a
// wrong user name or password; a cancel, or a second wrong answer, is taken as "not now" and
// nothing more is asked until the uploads under way then have all ended (the batch the person
// started fails with the PROXY_AUTH sentence, rather than nagging once per file). Requests that
// meet the same 407 while a prompt is open wait for its answer instead of opening their own.
//
// The command line has none of this (it takes the password from HTTPS_PROXY); the app installs
// one with useProxySignIn (electron/main/app-core.ts).

import type { ProxyCredentials, ProxyPasswordStore } from './proxy-types.ts';

export interface ProxySignInDeps {
  /**
   * The person's user name and password for `proxy` ("host:port"), or undefined when they
   * cancel. `again`: the last ones sent were not accepted, and the prompt says so.
   */
  ask(proxy: string, again: boolean): Promise<ProxyCredentials | undefined>;
  readonly passwords: ProxyPasswordStore;
  /** Resolves once the uploads under way now have all ended (the queue's whenSettled). */
  whenIdle(): Promise<unknown>;
  /** A sign-in the proxy accepted could not be kept in the keychain (a UserFacingError's sentence, without it). */
  report?(error: unknown): void;
}

interface ProxyState {
  /** What requests send now; undefined until known. */
  known: ProxyCredentials | undefined;
  /** The keychain's entry, read once per run. */
  loading: Promise<void> | undefined;
  /** What the keychain holds, as far as this run knows. */
  kept: ProxyCredentials | undefined;
  /** The open prompt's answer: true when there is a new sign-in to try. */
  asking: Promise<boolean> | undefined;
  /** The person was asked again after a wrong answer. */
  askedAgain: boolean;
  /** "Not now": nothing is asked until the uploads under way have ended. */
  resting: boolean;
}

export class ProxySignIn {
  readonly #deps: ProxySignInDeps;
  readonly #proxies = new Map<string, ProxyState>();

  constructor(deps: ProxySignInDeps) {
    this.#deps = deps;
  }

  #state(proxy: string): ProxyState {
    let state = this.#proxies.get(proxy);
    if (state === undefined) {
      state = { known: undefined, loading: undefined, kept: undefined, asking: undefined, askedAgain: false, resting: false };
      this.#proxies.set(proxy, state);
    }
    return state;
  }

  /** What to send to `proxy` now: the last answer, or what the keychain kept (read on first use). */
  async credentials(proxy: string): Promise<ProxyCredentials | undefined> {
    const state = this.#state(proxy);
    state.loading ??= this.#deps.passwords.get(proxy).then(
      (kept) => {
        state.kept = kept;
        state.known ??= kept;
      },
      // A locked or missing keychain: nothing kept, as far as this run can tell; the 407 asks.
      () => undefined,
    );
    await state.loading;
    return state.known;
  }

  /**
   * `proxy` answered 407 to a request that carried `sent` (or nothing). True when there is a
   * sign-in to try that differs from `sent`: one another request got meanwhile, or the person's
   * answer to a prompt (opened now, or already open). False when the person cancelled, or may not
   * be asked now: the request then fails with the PROXY_AUTH sentence.
   */
  async signInAgain(proxy: string, sent: ProxyCredentials | undefined): Promise<boolean> {
    const state = this.#state(proxy);
    if (state.known !== sent) return true;
    if (state.asking !== undefined) return state.asking;
    if (state.resting) return false;
    const again = sent !== undefined;
    if (again && state.askedAgain) return this.#rest(state);
    const asking = (async () => {
      let answer: ProxyCredentials | undefined;
      try {
        answer = await this.#deps.ask(proxy, again);
      } catch {
        // No prompt could be shown (the app is quitting): as a cancel.
      }
      if (answer === undefined) return this.#rest(state);
      if (again) state.askedAgain = true;
      state.known = answer;
      return true;
    })();
    state.asking = asking;
    try {
      return await asking;
    } finally {
      if (state.asking === asking) state.asking = undefined;
    }
  }

  /** `proxy` let a request through with `sent`: kept in the keychain, once. */
  accepted(proxy: string, sent: ProxyCredentials | undefined): void {
    const state = this.#proxies.get(proxy);
    if (state === undefined || sent === undefined || state.known !== sent || state.kept === sent) return;
    state.kept = sent;
    state.askedAgain = false;
    this.#deps.passwords.set(proxy, sent).catch((error: unknown) => {
      if (state.kept === sent) state.kept = undefined;
      this.#deps.report?.(error);
    });
  }

  /** "Forget proxy password": gone from this run and from the keychain; the next 407 asks. True when one was kept. */
  async forget(proxy: string): Promise<boolean> {
    const state = this.#state(proxy);
    const known = state.known !== undefined;
    state.known = undefined;
    state.kept = undefined;
    state.loading = Promise.resolve();
    state.askedAgain = false;
    state.resting = false;
    return (await this.#deps.passwords.delete(proxy)) || known;
  }

  #rest(state: ProxyState): false {
    if (!state.resting) {
      state.resting = true;
      void this.#deps.whenIdle().finally(() => {
        state.resting = false;
        state.askedAgain = false;
      });
    }
    return false;
  }
}

let current: ProxySignIn | undefined;

/** The app's sign-in (app-core.ts), or none: a 407 then fails with the PROXY_AUTH sentence. */
export function useProxySignIn(next: ProxySignIn | undefined): void {
  current = next;
}

export function proxySignIn(): ProxySignIn | undefined {
  return current;
}

// What the proxy prompt's buttons do (electron/main/proxy-sign-in-page.ts has the page), run by
// its preload in the isolated world: the page itself has no script and gets no API. Sign in (or
// Enter) sends the user name and password once; Cancel, Escape or closing the window is a cancel.
// Passed the document and the sender, so a test runs this very code in Chromium.

/** What the prompt answers main: the sign-in, or null for a cancel. */
export type SignInAnswer = { readonly username: string; readonly password: string } | null;

// The preload's project has no DOM types: the few parts used, as the DOM has them.
interface Listening<E> {
  addEventListener(type: string, listener: (event: E) => void, options?: { once?: boolean }): void;
}
interface Field { value: string; disabled: boolean; focus(): void }
interface Note { textContent: string | null }
export interface SignInDocument extends Listening<{ readonly key?: string; preventDefault(): void }> {
  readonly readyState: string;
  getElementById(id: string): unknown;
}

export function wireSignInForm(doc: SignInDocument, send: (answer: SignInAnswer) => void): void {
  const start = (): void => {
    const element = <T>(id: string): T => {
      const found = doc.getElementById(id);
      if (found === null) throw new Error(`The sign-in page has no #${id}.`);
      return found as T;
    };
    const form = element<Listening<{ preventDefault(): void }> & { readonly dataset?: Readonly<Record<string, string | undefined>> }>('sign-in');
    const username = element<Field>('username');
    const password = element<Field>('password');
    const note = element<Note>('note');
    const buttons = [element<Field & Listening<unknown>>('submit'), element<Field & Listening<unknown>>('cancel')];
    let sent = false;
    const answer = (value: SignInAnswer): void => {
      if (sent) return;
      sent = true;
      for (const field of [username, password, ...buttons]) field.disabled = true;
      send(value);
    };
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      if (username.value.trim() === '') {
        // The page says it in the person's language (proxy-sign-in-page.ts); this stays tiny.
        note.textContent = form.dataset?.['needUserName'] ?? 'Type the user name first.';
        username.focus();
        return;
      }
      answer({ username: username.value.trim(), password: password.value });
    });
    buttons[1]!.addEventListener('click', () => answer(null));
    doc.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') answer(null);
    });
    // Focus is given here and not by an autofocus attribute: Chromium runs autofocus at a later
    // rendering step, and, finding this focus already given, warns on the console
    // ("Autofocus processing was blocked…"); with both, which came first was a race.
    username.focus();
  };
  if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', start, { once: true });
  else start();
}

// The words of main's native question before a key from the window is stored or removed
// (DesktopPort.confirmKeyChange). Pure, so the end-to-end harness records the same sentences the
// app shows. Doing nothing is always the second button, the default and what Escape does.

import type { KeyChange } from './call-ports.ts';

export interface KeyQuestion {
  readonly title: string;
  readonly message: string;
  readonly detail: string;
  readonly buttons: [string, string];
}

/** `keyName`: which of the provider's keys, where the window named one ("Work"). */
export function keyQuestion(change: KeyChange, providerName: string, keyEnding = '', keyName?: string): KeyQuestion {
  const ending = keyEnding === '' ? '' : `, ending in “${keyEnding}”`;
  const named = keyName === undefined ? '' : ` “${keyName}”`;
  switch (change) {
    case 'save':
      return {
        title: 'Save key',
        message: keyName === undefined ? `Save this ${providerName} key${ending}?` : `Save this ${providerName} key as${named}${ending}?`,
        detail: `Files you send to ${providerName} will go to the account this key belongs to. If you did not just paste this key, choose Don’t save.`,
        buttons: ['Save', 'Don’t save'],
      };
    case 'replace':
      return {
        title: 'Replace key',
        message: `Replace the saved ${providerName} key${named} with this one${ending}?`,
        detail: `Files you send to ${providerName} will go to the account of the new key from now on.`,
        buttons: ['Replace', 'Keep the saved key'],
      };
    case 'remove':
      return {
        title: 'Remove key',
        message: `Remove the saved ${providerName} key${named}?`,
        detail: `Uploads to ${providerName} will need a key again before they can start.`,
        buttons: ['Remove', 'Keep the saved key'],
      };
  }
}

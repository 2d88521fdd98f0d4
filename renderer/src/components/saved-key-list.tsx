// A service's saved keys, where it has more than one: each key's name, its state (Working / Not
// accepted / Not checked yet) and what can be done with it: use it for new files (the service's
// default key), check it again, remove it (main asks first). The window never has a key: it names
// keys to main, which acts on its own copy.

import { useState } from 'react';
import { PROVIDERS, type ProviderId } from '../../../shared/providers.ts';
import type { KeyCheck, SavedKeyStatus } from '../../../shared/settings-types.ts';
import { askMain } from '../ask-main.ts';
import type { KeyFeedback } from '../key-save-words.ts';
import { receiveKeyStatus } from '../store/main-events.ts';
import { uploader } from '../uploader-api.ts';

/** One of three states of a saved key, as the badge says it. */
export function checkWords(check: KeyCheck): { words: string; state: string } {
  if (check.state === 'working') return { words: 'Working', state: 'working' };
  if (check.state === 'rejected') return { words: 'Not accepted', state: 'rejected' };
  return { words: 'Not checked yet', state: 'unchecked' };
}

interface Props {
  readonly provider: ProviderId;
  readonly keys: readonly SavedKeyStatus[];
  /** What the card says under its buttons after an action here. */
  readonly say: (feedback: KeyFeedback | undefined) => void;
}

export function SavedKeyList({ provider, keys, say }: Props) {
  const info = PROVIDERS[provider];
  // Which key is busy with what ("check:Work"): one action at a time in the list.
  const [busy, setBusy] = useState<string | undefined>();
  const act = async <T,>(doing: string, failure: string, work: () => Promise<T>): Promise<T | undefined> => {
    if (busy !== undefined) return undefined;
    setBusy(doing);
    const answer = await askMain(failure, work);
    setBusy(undefined);
    return answer;
  };

  const makeDefault = async (name: string) => {
    const status = await act(`default:${name}`, `The ${info.name} key “${name}” could not be made the default.`, () => uploader()['keys:set-default']({ provider, name }));
    if (status === undefined) return;
    receiveKeyStatus(status);
    say({ tone: 'info', text: `New files for ${info.name} now use the “${name}” key.` });
  };
  const check = async (name: string) => {
    say({ tone: 'info', text: `Asking ${info.name} about the “${name}” key…` });
    const result = await act(`check:${name}`, `The ${info.name} key “${name}” could not be checked.`, () => uploader()['keys:test']({ provider, name }));
    say(result === undefined ? undefined : { tone: result.ok ? 'ok' : 'error', text: `“${name}”: ${result.message}` });
  };
  const remove = async (name: string) => {
    const status = await act(`remove:${name}`, `The ${info.name} key “${name}” could not be removed.`, () => uploader()['keys:delete']({ provider, name }));
    if (status === undefined) return;
    receiveKeyStatus(status);
    // Main asks before removing a key; the person may have kept it.
    const kept = status.keys.some((k) => k.name === name);
    say({ tone: 'info', text: kept ? `Kept the “${name}” key.` : `Removed the “${name}” key. Files already sent with it keep saying which key they were sent with.` });
  };

  return (
    <ul className="saved-keys" aria-label={`${info.name} keys`}>
      {keys.map((key) => {
        const badge = checkWords(key.check);
        const busyNow = busy !== undefined ? 'true' : undefined;
        return (
          <li key={key.id} className="saved-key" data-testid={`saved-key-${provider}-${key.name}`}>
            <span className="saved-key-name">{key.name}</span>
            {key.isDefault && <span className="saved-key-default">used for new files</span>}
            <span className="key-status" data-state={badge.state}>{badge.words}</span>
            <span className="saved-key-actions">
              {!key.isDefault && (
                <button type="button" className="button small quiet" aria-label={`Use for new files: the ${info.name} key “${key.name}”`} aria-disabled={busyNow}
                  onClick={() => void makeDefault(key.name)}>
                  Use for new files
                </button>
              )}
              <button type="button" className="button small quiet" aria-label={`Check again whether the ${info.name} key “${key.name}” works`} aria-disabled={busyNow}
                onClick={() => void check(key.name)}>
                {busy === `check:${key.name}` ? 'Checking…' : 'Check'}
              </button>
              <button type="button" className="button small quiet danger" aria-label={`Remove the ${info.name} key “${key.name}”`} aria-disabled={busyNow}
                onClick={() => void remove(key.name)}>
                Remove
              </button>
            </span>
          </li>
        );
      })}
    </ul>
  );
}

// A service's saved keys, where it has more than one: each key's name, its state (Working / Not
// accepted / Not checked yet) and what can be done with it: use it for new files (the service's
// default key), check it again, remove it (main asks first). The window never has a key: it names
// keys to main, which acts on its own copy.

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PROVIDERS, type ProviderId } from '../../../shared/providers.ts';
import type { KeyCheck, SavedKeyStatus } from '../../../shared/settings-types.ts';
import type { Translate } from '../../../shared/i18n/translator.ts';
import { askMain } from '../ask-main.ts';
import type { KeyFeedback } from '../key-save-words.ts';
import { receiveKeyStatus } from '../store/main-events.ts';
import { uploader } from '../uploader-api.ts';

/** One of three states of a saved key, as the badge says it. */
export function checkWords(t: Translate, check: KeyCheck): { words: string; state: string } {
  if (check.state === 'working') return { words: t('settings:key.state.working'), state: 'working' };
  if (check.state === 'rejected') return { words: t('settings:key.state.rejected'), state: 'rejected' };
  return { words: t('settings:key.state.unchecked'), state: 'unchecked' };
}

interface Props {
  readonly provider: ProviderId;
  readonly keys: readonly SavedKeyStatus[];
  /** What the card says under its buttons after an action here. */
  readonly say: (feedback: KeyFeedback | undefined) => void;
}

export function SavedKeyList({ provider, keys, say }: Props) {
  const info = PROVIDERS[provider];
  const service = info.name;
  const { t } = useTranslation();
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
    const status = await act(`default:${name}`, t('settings:savedKeys.defaultFailed', { service, name }), () => uploader()['keys:set-default']({ provider, name }));
    if (status === undefined) return;
    receiveKeyStatus(status);
    say({ tone: 'info', text: t('settings:savedKeys.nowDefault', { service, name }) });
  };
  const check = async (name: string) => {
    say({ tone: 'info', text: t('settings:savedKeys.asking', { service, name }) });
    const result = await act(`check:${name}`, t('settings:savedKeys.checkFailed', { service, name }), () => uploader()['keys:test']({ provider, name }));
    say(result === undefined ? undefined : { tone: result.ok ? 'ok' : 'error', text: t('settings:savedKeys.checked', { name, said: result.message }) });
  };
  const remove = async (name: string) => {
    const status = await act(`remove:${name}`, t('settings:savedKeys.removeFailed', { service, name }), () => uploader()['keys:delete']({ provider, name }));
    if (status === undefined) return;
    receiveKeyStatus(status);
    // Main asks before removing a key; the person may have kept it.
    const kept = status.keys.some((k) => k.name === name);
    say({ tone: 'info', text: kept ? t('settings:savedKeys.kept', { name }) : t('settings:savedKeys.removed', { name }) });
  };

  return (
    <ul className="saved-keys" aria-label={t('settings:savedKeys.list', { service })}>
      {keys.map((key) => {
        const badge = checkWords(t, key.check);
        const busyNow = busy !== undefined ? 'true' : undefined;
        return (
          <li key={key.id} className="saved-key" data-testid={`saved-key-${provider}-${key.name}`}>
            <span className="saved-key-name">{key.name}</span>
            {key.isDefault && <span className="saved-key-default">{t('settings:savedKeys.isDefault')}</span>}
            <span className="key-status" data-state={badge.state}>{badge.words}</span>
            <span className="saved-key-actions">
              {!key.isDefault && (
                <button type="button" className="button small quiet" aria-label={t('settings:savedKeys.useForNewLabel', { service, name: key.name })} aria-disabled={busyNow}
                  onClick={() => void makeDefault(key.name)}>
                  {t('settings:savedKeys.useForNew')}
                </button>
              )}
              <button type="button" className="button small quiet" aria-label={t('settings:savedKeys.checkLabel', { service, name: key.name })} aria-disabled={busyNow}
                onClick={() => void check(key.name)}>
                {busy === `check:${key.name}` ? t('settings:savedKeys.checking') : t('settings:savedKeys.check')}
              </button>
              <button type="button" className="button small quiet danger" aria-label={t('settings:savedKeys.removeLabel', { service, name: key.name })} aria-disabled={busyNow}
                onClick={() => void remove(key.name)}>
                {t('settings:savedKeys.remove')}
              </button>
            </span>
          </li>
        );
      })}
    </ul>
  );
}

// One provider's key: paste, save, test, remove. The key text lives only in this field until
// Save sends it to main; it never comes back, so after saving the field is emptied.

import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { PROVIDERS, type ProviderId } from '../../../shared/providers.ts';
import { KEY_LENGTH, type KeyStatus, type KeyTestResult } from '../../../shared/settings-types.ts';
import { askMain } from '../ask-main.ts';
import { useAppStore } from '../store/app-store.ts';
import { receiveKeyStatus } from '../store/main-events.ts';
import { uploader } from '../uploader-api.ts';

type Feedback = { tone: 'ok' | 'error' | 'info'; text: string } | undefined;

export function KeyCard({ provider }: { provider: ProviderId }) {
  const info = PROVIDERS[provider];
  const status = useAppStore((s) => s.keys?.[provider]);
  const focusMe = useAppStore((s) => s.keyFocus === provider);
  const clearKeyFocus = useAppStore((s) => s.clearKeyFocus);
  const [draft, setDraft] = useState('');
  const [visible, setVisible] = useState(false);
  const [busy, setBusy] = useState<'save' | 'test' | 'remove' | undefined>();
  const [feedback, setFeedback] = useState<Feedback>();
  const inputRef = useRef<HTMLInputElement>(null);
  const inputId = useId();
  const hintId = useId();

  useEffect(() => {
    if (!focusMe) return;
    inputRef.current?.focus();
    inputRef.current?.scrollIntoView({ block: 'center' });
    clearKeyFocus();
  }, [focusMe, clearKeyFocus]);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const key = draft.trim();
    // The contract refuses shorter keys; saying so here beats a refusal from main.
    if (key.length < KEY_LENGTH.min) {
      setFeedback({ tone: 'error', text: 'That key looks too short. Copy the whole key from the provider’s website and paste it again.' });
      return;
    }
    setBusy('save');
    // Replacing a saved key, main asks the person first in a dialog of its own.
    const answer = await askMain(`The ${info.name} key could not be saved.`, () => uploader()['keys:set']({ provider, key }));
    setBusy(undefined);
    if (answer === undefined) return;
    receiveKeyStatus(answer.status);
    if (!answer.saved) {
      // The pasted key stays in the field, in case the person changes their mind.
      setFeedback({ tone: 'info', text: `Kept the saved ${info.name} key. The key you pasted was not saved.` });
      return;
    }
    setDraft('');
    setVisible(false);
    setFeedback({ tone: 'ok', text: 'Saved. Press Test key to check that it works.' });
  };

  const test = async () => {
    setBusy('test');
    setFeedback({ tone: 'info', text: `Asking ${info.name}…` });
    const result: KeyTestResult | undefined = await askMain(`The ${info.name} key could not be tested.`, () => uploader()['keys:test']({ provider }));
    setBusy(undefined);
    setFeedback(result === undefined ? undefined : { tone: result.ok ? 'ok' : 'error', text: result.message });
  };

  const remove = async () => {
    setBusy('remove');
    const removed = await askMain(`The ${info.name} key could not be removed.`, () => uploader()['keys:delete']({ provider }));
    setBusy(undefined);
    if (removed === undefined) return;
    receiveKeyStatus(removed);
    // Main asks before removing a key; the person may have kept it.
    setFeedback({ tone: 'info', text: removed.hasKey ? `Kept the saved ${info.name} key.` : 'Removed.' });
  };

  const openKeyPage = () => void askMain('The page could not be opened.', () => uploader()['shell:open-url']({ keyPage: provider }));
  const hasKey = status?.hasKey === true;

  return (
    <form className="key-card" onSubmit={(event) => void save(event)} aria-labelledby={`${inputId}-title`}>
      <div className="key-card-head">
        <h3 id={`${inputId}-title`} className="key-card-title">{info.name}</h3>
        <span className="key-status" data-has-key={hasKey ? 'true' : 'false'} data-testid={`key-status-${provider}`}>
          {statusWords(status)}
        </span>
      </div>
      <label htmlFor={inputId} className="field-label">{info.name} API key</label>
      <div className="key-input-row">
        <input
          ref={inputRef}
          id={inputId}
          className="text-input key-input"
          type={visible ? 'text' : 'password'}
          value={draft}
          onChange={(event) => {
            setDraft(event.target.value);
            setFeedback(undefined);
          }}
          placeholder={hasKey ? 'Paste a new key to replace it' : 'Paste your key here'}
          autoComplete="off"
          spellCheck={false}
          aria-describedby={hintId}
        />
        <button type="button" className="button quiet" aria-pressed={visible} aria-label={`${visible ? 'Hide' : 'Show'} ${info.name} key`}
          onClick={() => setVisible((v) => !v)}>
          {visible ? 'Hide' : 'Show'}
        </button>
      </div>
      <p id={hintId} className="field-hint">
        Find it on your {info.name} account page.{' '}
        <button type="button" className="link-button" onClick={openKeyPage}>Open the {info.name} key page</button>
      </p>
      <div className="key-actions">
        <button type="submit" className="button primary" aria-label={`Save ${info.name} key`} disabled={draft.trim() === '' || busy !== undefined}>
          {busy === 'save' ? 'Saving…' : 'Save'}
        </button>
        <button type="button" className="button" aria-label={`Test ${info.name} key`} onClick={() => void test()} disabled={!hasKey || busy !== undefined}>
          {busy === 'test' ? 'Testing…' : 'Test'}
        </button>
        <button type="button" className="button danger" aria-label={`Remove ${info.name} key`} onClick={() => void remove()} disabled={!hasKey || busy !== undefined}>
          Remove
        </button>
      </div>
      <p className="key-feedback" data-tone={feedback?.tone} role="status" data-testid={`key-test-${provider}`}>
        {feedback?.text ?? ''}
      </p>
    </form>
  );
}

function statusWords(status: KeyStatus | undefined): string {
  if (status === undefined) return 'Checking…';
  if (!status.hasKey) return 'No key yet';
  return status.persistent ? `Saved in ${status.backend}` : `Saved until restart (${status.backend})`;
}

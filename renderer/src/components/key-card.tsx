// One provider's key: paste, save (main checks it at once), check again, remove. The key text
// lives only in this field until Save sends it to main; it never comes back, so after saving the
// field is emptied. What the card says about the saved key (Working / Not accepted / Not checked
// yet) is main's remembered verdict, so it reads the same after a restart.

import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { PROVIDERS, type ProviderId } from '../../../shared/providers.ts';
import { KEY_LENGTH, type KeyStatus } from '../../../shared/settings-types.ts';
import { askMain } from '../ask-main.ts';
import { useAppStore } from '../store/app-store.ts';
import { receiveKeyStatus } from '../store/main-events.ts';
import { uploader } from '../uploader-api.ts';

type Tone = 'ok' | 'error' | 'info';
type Feedback = { tone: Tone; text: string } | undefined;

/** The badge: one of three states of a saved key, or none saved. */
export function keyStateWords(status: KeyStatus | undefined): { words: string; state: string } {
  if (status === undefined) return { words: 'Checking…', state: 'loading' };
  if (!status.hasKey) return { words: 'No key yet', state: 'none' };
  if (status.check.state === 'working') return { words: 'Working', state: 'working' };
  if (status.check.state === 'rejected') return { words: 'Not accepted', state: 'rejected' };
  return { words: 'Not checked yet', state: 'unchecked' };
}

/** What the card says under its buttons when nothing was just done: the last check's sentence. */
function rememberedFeedback(status: KeyStatus | undefined): Feedback {
  if (status?.hasKey !== true || status.check.message === undefined) return undefined;
  const tone: Tone = status.check.state === 'working' ? 'ok' : status.check.state === 'rejected' ? 'error' : 'info';
  return { tone, text: status.check.message };
}

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
    setFeedback({ tone: 'info', text: `Saving, then asking ${info.name} whether the key works…` });
    // Replacing a saved key, main asks the person first in a dialog of its own.
    const answer = await askMain(`The ${info.name} key could not be saved.`, () => uploader()['keys:set']({ provider, key }));
    setBusy(undefined);
    if (answer === undefined) {
      setFeedback(undefined);
      return;
    }
    receiveKeyStatus(answer.status);
    if (!answer.saved) {
      // The pasted key stays in the field, in case the person changes their mind.
      setFeedback({ tone: 'info', text: `Kept the saved ${info.name} key. The key you pasted was not saved.` });
      return;
    }
    setDraft('');
    setVisible(false);
    const said = rememberedFeedback(answer.status);
    setFeedback(said === undefined ? { tone: 'ok', text: 'Saved.' } : { ...said, text: `Saved. ${said.text}` });
  };

  const test = async () => {
    setBusy('test');
    setFeedback({ tone: 'info', text: `Asking ${info.name}…` });
    const result = await askMain(`The ${info.name} key could not be checked.`, () => uploader()['keys:test']({ provider }));
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
  const badge = keyStateWords(status);
  const shown = feedback ?? rememberedFeedback(status);

  return (
    <form className="key-card" onSubmit={(event) => void save(event)} aria-labelledby={`${inputId}-title`}>
      <div className="key-card-head">
        <h3 id={`${inputId}-title`} className="key-card-title">{info.name}</h3>
        <span className="key-status" data-state={badge.state} data-has-key={hasKey ? 'true' : 'false'} data-testid={`key-status-${provider}`}>
          {badge.words}
        </span>
      </div>
      <p className="key-card-summary">{info.summary}</p>
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
            if (event.target.value === '') setVisible(false);
          }}
          placeholder={hasKey ? 'Paste a new key to replace the saved one' : 'Paste your key here'}
          autoComplete="off"
          spellCheck={false}
          aria-describedby={hintId}
        />
        {/* Only what is typed here can be shown: the saved key never comes back to the window. */}
        {draft !== '' && (
          <button type="button" className="button quiet" aria-pressed={visible} aria-label={`${visible ? 'Hide' : 'Show'} ${info.name} key`}
            onClick={() => setVisible((v) => !v)}>
            {visible ? 'Hide' : 'Show'}
          </button>
        )}
      </div>
      <p id={hintId} className="field-hint">
        Copy it from your {info.name} account.{' '}
        <button type="button" className="link-button" onClick={openKeyPage}>Open the {info.name} key page</button>
      </p>
      <div className="key-actions">
        <button type="submit" className="button primary" aria-label={`Save ${info.name} key`} disabled={draft.trim() === '' || busy !== undefined}>
          {busy === 'save' ? 'Saving…' : 'Save'}
        </button>
        {hasKey && (
          <>
            <button type="button" className="button" aria-label={`Check again whether the ${info.name} key works`} onClick={() => void test()} disabled={busy !== undefined}>
              {busy === 'test' ? 'Checking…' : 'Check again'}
            </button>
            <button type="button" className="button danger" aria-label={`Remove ${info.name} key`} onClick={() => void remove()} disabled={busy !== undefined}>
              Remove
            </button>
          </>
        )}
      </div>
      <p className="key-feedback" data-tone={shown?.tone} role="status" data-testid={`key-test-${provider}`}>
        {shown?.text ?? ''}
      </p>
    </form>
  );
}

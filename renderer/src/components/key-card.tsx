import { useTranslation } from 'react-i18next';
// One provider's key: paste, save, check again, remove. Save sends the key to main, which asks
// the provider first and stores only a key it accepted (keys:set): a key turned down stays in
// this field, masked, with the reason, so the person can fix it or paste another; when the
// provider cannot be reached the key stays too, with "Save anyway". A stored key never comes
// back, so after saving the field is emptied. What the card says about the saved key (Working /
// Not accepted / Not checked yet) is main's remembered verdict, so it reads the same after a restart.
// "Add another key" saves a pasted key under a name of its own (Work, Personal); a service with
// several keys lists them (saved-key-list.tsx), and its badge is the state of the one new files use.
//
// Focus never drops to the top of the window: after each action it goes to the control that
// comes next (the field, or "Save anyway"); buttons busy with a call are aria-disabled, not
// disabled, so the one pressed keeps the focus.

import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { PROVIDERS, type ProviderId } from '../../../shared/providers.ts';
import type { KeyStatus } from '../../../shared/settings-types.ts';
import { KEY_NAME_MAX, keyNameProblem } from '../../../shared/key-names.ts';
import { KEY_LENGTH } from '../../../shared/settings-limits.ts';
import type { Translate } from '../../../shared/i18n/translator.ts';
import { askMain } from '../ask-main.ts';
import { feedbackAfterSave, rememberedFeedback, type KeyFeedback } from '../key-save-words.ts';
import { useAppStore } from '../store/app-store.ts';
import { receiveKeyStatus } from '../store/main-events.ts';
import { uploader } from '../uploader-api.ts';
import { KeyRegion } from './key-region.tsx';
import { checkWords, SavedKeyList } from './saved-key-list.tsx';
import { providerSummary } from '../../../shared/provider-words.ts';

/** The badge: one of three states of the saved (default) key, or none saved. */
export function keyStateWords(t: Translate, status: KeyStatus | undefined): { words: string; state: string } {
  if (status === undefined) return { words: t('settings:key.state.checking'), state: 'loading' };
  if (!status.hasKey) return { words: t('settings:key.state.none'), state: 'none' };
  return checkWords(t, status.check);
}

interface Props {
  readonly provider: ProviderId;
  /** The key was stored (the guided start then moves on, and says so where the card was). */
  readonly onSaved?: (said: string) => void;
}

export function KeyCard({ provider, onSaved }: Props) {
  const { t } = useTranslation();
  const info = PROVIDERS[provider];
  const service = info.name;
  const status = useAppStore((s) => s.keys?.[provider]);
  const focusMe = useAppStore((s) => s.keyFocus === provider);
  const clearKeyFocus = useAppStore((s) => s.clearKeyFocus);
  const [draft, setDraft] = useState('');
  const [visible, setVisible] = useState(false);
  const [busy, setBusy] = useState<'save' | 'test' | 'remove' | undefined>();
  const [feedback, setFeedback] = useState<KeyFeedback>();
  // The provider could not be reached: "Save anyway" stores the key without its check.
  const [offerAnyway, setOfferAnyway] = useState(false);
  const [focusNext, setFocusNext] = useState<'field' | 'anyway' | 'name' | undefined>();
  // "Add another key": the pasted key is saved under a name of its own instead of replacing the default.
  const [adding, setAdding] = useState(false);
  const [newName, setNewName] = useState('');
  const nameRef = useRef<HTMLInputElement>(null);
  const nameId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const anywayRef = useRef<HTMLButtonElement>(null);
  const inputId = useId();
  const hintId = useId();
  const feedbackId = useId();

  useEffect(() => {
    if (!focusMe) return;
    inputRef.current?.focus();
    inputRef.current?.scrollIntoView({ block: 'center' });
    clearKeyFocus();
  }, [focusMe, clearKeyFocus]);

  // After the render that shows the outcome, so "Save anyway" exists when it is focused.
  useEffect(() => {
    if (focusNext === undefined) return;
    (focusNext === 'anyway' ? anywayRef.current : focusNext === 'name' ? nameRef.current : inputRef.current)?.focus();
    setFocusNext(undefined);
  }, [focusNext]);

  const save = async (evenIfUnchecked: boolean) => {
    if (busy !== undefined) return;
    const key = draft.trim();
    // The contract refuses shorter keys; saying so here beats a refusal from main.
    if (key.length < KEY_LENGTH.min) {
      setFeedback({ tone: 'error', text: t('settings:key.tooShort', { service }) });
      setFocusNext('field');
      return;
    }
    const name = adding ? newName.trim() : undefined;
    const nameProblem = name === undefined ? undefined : keyNameProblem(t, name);
    if (nameProblem !== undefined) {
      setFeedback({ tone: 'error', text: nameProblem });
      setFocusNext('name');
      return;
    }
    setBusy('save');
    setOfferAnyway(false);
    setFeedback({ tone: 'info', text: evenIfUnchecked ? t('settings:key.saving') : t('settings:key.asking', { service }) });
    // Replacing a saved key, main asks the person first in a dialog of its own.
    const answer = await askMain(t('settings:key.saveFailed', { service }), () =>
      uploader()['keys:set']({ provider, key, ...(name !== undefined && { name }), ...(evenIfUnchecked && { evenIfUnchecked: true }) }));
    setBusy(undefined);
    if (answer === undefined) {
      setFeedback(undefined);
      setFocusNext('field');
      return;
    }
    receiveKeyStatus(answer.status);
    const said = feedbackAfterSave(t, answer, info.name, evenIfUnchecked);
    setFeedback(said);
    if (answer.outcome === 'unchecked') {
      setOfferAnyway(true);
      setFocusNext('anyway');
      return;
    }
    // Kept, or turned down: the pasted key stays in the field to fix or replace.
    setFocusNext('field');
    if (answer.outcome !== 'saved') return;
    setDraft('');
    setVisible(false);
    setAdding(false);
    setNewName('');
    onSaved?.(said.text);
  };

  const test = async () => {
    if (busy !== undefined) return;
    setBusy('test');
    setFeedback({ tone: 'info', text: t('settings:key.askingShort', { service }) });
    const result = await askMain(t('settings:key.checkFailed', { service }), () => uploader()['keys:test']({ provider }));
    setBusy(undefined);
    setFeedback(result === undefined ? undefined : { tone: result.ok ? 'ok' : 'error', text: result.message });
  };

  const remove = async () => {
    if (busy !== undefined) return;
    setBusy('remove');
    const removed = await askMain(t('settings:key.removeFailed', { service }), () => uploader()['keys:delete']({ provider }));
    setBusy(undefined);
    if (removed === undefined) return;
    receiveKeyStatus(removed);
    // Main asks before removing a key; the person may have kept it.
    setFeedback({ tone: 'info', text: removed.hasKey ? t('settings:key.keptSaved', { service }) : t('settings:key.removed') });
    // "Remove" and "Check again" go with the key: the field is what comes next.
    if (!removed.hasKey) setFocusNext('field');
  };

  const openKeyPage = () => void askMain(t('settings:key.pageFailed'), () => uploader()['shell:open-url']({ keyPage: provider }));
  const hasKey = status?.hasKey === true;
  // Several keys: each has its own row (state, check, remove, use for new files); one keeps today's card.
  const savedKeys = status?.keys ?? [];
  const several = savedKeys.length > 1;
  const badge = keyStateWords(t, status);
  const shown = feedback ?? rememberedFeedback(status);
  const busyNow = busy !== undefined ? 'true' : undefined;

  return (
    <form className="key-card" onSubmit={(event: FormEvent) => {
      event.preventDefault();
      void save(false);
    }} aria-labelledby={`${inputId}-title`}>
      <div className="key-card-head">
        <h3 id={`${inputId}-title`} className="key-card-title">{info.name}</h3>
        <span className="key-status" data-state={badge.state} data-has-key={hasKey ? 'true' : 'false'} data-testid={`key-status-${provider}`}>
          {badge.words}
        </span>
      </div>
      <p className="key-card-summary">{providerSummary(t, info)}</p>
      <KeyRegion provider={provider} />
      {several && <SavedKeyList provider={provider} keys={savedKeys} say={setFeedback} />}
      {adding && (
        <>
          <label htmlFor={nameId} className="field-label">{t('settings:key.newName')}</label>
          <input ref={nameRef} id={nameId} className="text-input key-name-input" value={newName} maxLength={KEY_NAME_MAX} placeholder={t('settings:key.newNamePlaceholder')}
            autoComplete="off" spellCheck={false} onChange={(event) => {
              setNewName(event.target.value);
              setFeedback(undefined);
            }} />
        </>
      )}
      <label htmlFor={inputId} className="field-label">{adding ? t('settings:key.fieldNew', { service }) : t('settings:key.field', { service })}</label>
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
            setOfferAnyway(false);
            if (event.target.value === '') setVisible(false);
          }}
          placeholder={t(adding ? 'settings:key.placeholderNew' : several ? 'settings:key.placeholderSeveral' : hasKey ? 'settings:key.placeholderReplace' : 'settings:key.placeholder')}
          autoComplete="off"
          spellCheck={false}
          aria-invalid={feedback?.tone === 'error' && draft !== '' ? true : undefined}
          aria-describedby={`${feedbackId} ${hintId}`}
        />
        {/* Only what is typed here can be shown: the saved key never comes back to the window. */}
        {draft !== '' && (
          <button type="button" className="button quiet" aria-pressed={visible} aria-label={t(visible ? 'settings:key.hideLabel' : 'settings:key.showLabel', { service })}
            onClick={() => setVisible((v) => !v)}>
            {visible ? t('settings:key.hide') : t('settings:key.show')}
          </button>
        )}
      </div>
      <p id={hintId} className="field-hint">
        {t('settings:key.copyFrom', { service })}{' '}
        <button type="button" className="link-button" onClick={openKeyPage}>{t('settings:key.openPage', { service })}</button>
      </p>
      <div className="key-actions">
        <button type="submit" className="button primary" aria-label={t('settings:key.saveLabel', { service })} disabled={draft.trim() === ''} aria-disabled={busyNow}>
          {busy === 'save' ? t('settings:key.saving') : t('settings:key.save')}
        </button>
        {hasKey && !several && (
          <>
            <button type="button" className="button" aria-label={t('settings:key.checkAgainLabel', { service })} onClick={() => void test()} aria-disabled={busyNow}>
              {busy === 'test' ? t('settings:key.checking') : t('settings:key.checkAgain')}
            </button>
            <button type="button" className="button danger" aria-label={t('settings:key.removeLabel', { service })} onClick={() => void remove()} aria-disabled={busyNow}>
              {t('settings:key.remove')}
            </button>
          </>
        )}
      </div>
      {hasKey && (
        <p className="key-add-row">
          <button type="button" className="link-button" aria-expanded={adding} aria-label={t(adding ? 'settings:key.cancelNewLabel' : 'settings:key.addAnotherLabel', { service })} onClick={() => {
            setAdding((on) => !on);
            setFeedback(undefined);
            if (!adding) setFocusNext('name');
          }}>
            {adding ? t('settings:key.cancelNew') : t('settings:key.addAnother')}
          </button>
        </p>
      )}
      <div className="key-feedback-row">
        <p id={feedbackId} className="key-feedback" data-tone={shown?.tone} role="status" data-testid={`key-test-${provider}`}>
          {shown?.text ?? ''}
        </p>
        {offerAnyway && draft !== '' && (
          <button ref={anywayRef} type="button" className="button small" aria-label={t('settings:key.saveAnywayLabel', { service })}
            onClick={() => void save(true)} aria-disabled={busyNow}>
            {t('settings:key.saveAnyway')}
          </button>
        )}
      </div>
    </form>
  );
}

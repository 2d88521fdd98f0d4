// "Uploads at once": a number from CONCURRENCY.min to CONCURRENCY.max. A number outside that range
// is said to be so while it is typed, and brought into it, visibly and with a sentence, when the
// field is left (50 becomes 8, "the most"), instead of silently going back to what was saved.

import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Translate } from '../../../shared/i18n/translator.ts';
import { CONCURRENCY } from '../../../shared/settings-limits.ts';
import { changeSettings } from '../change-settings.ts';

const RANGE = { min: CONCURRENCY.min, max: CONCURRENCY.max };

/** The allowed number nearest to what was typed; undefined when nothing like a number was. */
export function nearestAllowed(typed: string): number | undefined {
  if (typed.trim() === '') return undefined;
  const n = Number(typed);
  if (!Number.isFinite(n)) return undefined;
  return Math.min(CONCURRENCY.max, Math.max(CONCURRENCY.min, Math.round(n)));
}

export function ConcurrencyField({ id, saved }: { readonly id: string; readonly saved: number }) {
  // The field may hold a half-typed number; leaving it settles on an allowed one.
  const [draft, setDraft] = useState(String(saved));
  const [note, setNote] = useState<{ readonly tone: 'warning' | 'info'; readonly text: (t: Translate) => string }>();
  // The note is kept as how to say it, not as words: a language chosen meanwhile says it anew.
  useEffect(() => setDraft(String(saved)), [saved]);
  const hintId = useId();
  const noteId = useId();
  const { t } = useTranslation();

  const settle = () => {
    const allowed = nearestAllowed(draft);
    if (allowed === undefined) {
      setDraft(String(saved));
      setNote(undefined);
      return;
    }
    setDraft(String(allowed));
    const typed = Number(draft);
    if (typed > CONCURRENCY.max) setNote({ tone: 'info', text: (t) => t('settings:concurrency.tooMany', { typed: draft.trim(), allowed, ...RANGE }) });
    else if (typed < CONCURRENCY.min) setNote({ tone: 'info', text: (t) => t('settings:concurrency.tooFew', { typed: draft.trim(), allowed, ...RANGE }) });
    else if (allowed !== typed) setNote({ tone: 'info', text: (t) => t('settings:concurrency.whole', { allowed }) });
    else setNote(undefined);
    if (allowed !== saved) void changeSettings({ concurrency: allowed });
  };

  return (
    <div>
      <input id={id} className="text-input narrow" type="number" inputMode="numeric"
        min={CONCURRENCY.min} max={CONCURRENCY.max} step={1} value={draft}
        aria-invalid={note?.tone === 'warning' ? true : undefined} aria-describedby={`${noteId} ${hintId}`}
        onChange={(event) => {
          const typed = event.target.value;
          setDraft(typed);
          const n = Number(typed);
          const inRange = typed !== '' && Number.isInteger(n) && n >= CONCURRENCY.min && n <= CONCURRENCY.max;
          setNote(inRange || typed === '' ? undefined : { tone: 'warning', text: (t) => t('settings:concurrency.choose', RANGE) });
          if (inRange && n !== saved) void changeSettings({ concurrency: n });
        }}
        onBlur={settle}
        onKeyDown={(event) => {
          if (event.key === 'Enter') settle();
        }} />
      <p id={noteId} className="field-note" data-tone={note?.tone} role="status">{note?.text(t) ?? ''}</p>
      <p id={hintId} className="field-hint">{t('settings:concurrency.hint', RANGE)}</p>
    </div>
  );
}

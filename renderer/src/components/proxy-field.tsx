// Settings' "Proxy": the computer's own settings (the default), none, or "This proxy" typed as
// host:port. A typed address is read by the one reader main uses too (shared/proxy-address.ts):
// one that cannot be used gets its sentence under the field and nothing is saved; a good one
// is used from the next request on. "Forget proxy password" sits beside the typed proxy: the
// window never sees that password (main asks for it in its own prompt and keeps it in the
// password store), it can only ask main to forget it.

import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Translate } from '../../../shared/i18n/translator.ts';
import { proxyAddressText, proxyProblemWords, readProxyAddress } from '../../../shared/proxy-address.ts';
import type { ProxySetting } from '../../../shared/settings-types.ts';
import { askMain } from '../ask-main.ts';
import { changeSettings } from '../change-settings.ts';
import { uploader } from '../uploader-api.ts';

type Mode = ProxySetting['mode'];

const HINTS: Record<Mode, string> = {
  system: 'settings:proxy.systemHint',
  none: 'settings:proxy.noneHint',
  manual: 'settings:proxy.manualHint',
};

const typedOf = (setting: ProxySetting): string =>
  setting.host !== undefined && setting.port !== undefined ? proxyAddressText({ host: setting.host, port: setting.port }) : '';

/** The typed address kept beside another choice, so switching back needs no retyping. */
const keptAddress = (setting: ProxySetting) => (setting.host !== undefined && setting.port !== undefined ? { host: setting.host, port: setting.port } : {});

export function ProxyField({ id, saved }: { readonly id: string; readonly saved: ProxySetting }) {
  // "This proxy" may be chosen before an address is typed: nothing changes until one is used.
  const [mode, setMode] = useState<Mode>(saved.mode);
  const [draft, setDraft] = useState(typedOf(saved));
  const [note, setNote] = useState<{ readonly tone: 'warning' | 'info'; readonly text: (t: Translate) => string }>();
  // The note is kept as how to say it, not as words: a language chosen meanwhile says it anew.
  useEffect(() => {
    setMode(saved.mode);
    setDraft(typedOf(saved));
  }, [saved.mode, saved.host, saved.port]);
  const addressId = useId();
  const noteId = useId();
  const hintId = useId();
  const { t } = useTranslation();

  const choose = (next: Mode): void => {
    setMode(next);
    setNote(undefined);
    if (next !== 'manual') void changeSettings({ proxy: { mode: next, ...keptAddress(saved) } });
    else if (saved.host !== undefined && saved.port !== undefined) void changeSettings({ proxy: { mode: 'manual', host: saved.host, port: saved.port } });
  };

  const useTyped = async (): Promise<void> => {
    const read = readProxyAddress(draft);
    if (!read.ok) {
      setNote({ tone: 'warning', text: (t) => proxyProblemWords(t, read.problem) });
      return;
    }
    const text = proxyAddressText(read.address);
    setDraft(text);
    await changeSettings({ proxy: { mode: 'manual', ...read.address } });
    setNote({ tone: 'info', text: (t) => t('settings:proxy.usedFromNow', { proxy: text }) });
  };

  const forget = async (): Promise<void> => {
    const answer = await askMain(t('settings:proxy.forgetFailed'), () => uploader()['proxy:forget-password']());
    if (answer === undefined) return;
    const proxy = typedOf(saved);
    setNote({ tone: 'info', text: (t) => answer.forgotten ? t('settings:proxy.forgotten', { proxy }) : t('settings:proxy.noPassword', { proxy }) });
  };

  const manualSaved = saved.mode === 'manual' && typedOf(saved) !== '';
  return (
    <div>
      <select id={id} className="select" value={mode} aria-describedby={hintId} onChange={(event) => choose(event.target.value as Mode)}>
        <option value="system">{t('settings:proxy.system')}</option>
        <option value="none">{t('settings:proxy.none')}</option>
        <option value="manual">{t('settings:proxy.manual')}</option>
      </select>
      {mode === 'manual' && (
        <div className="proxy-address-row">
          <input id={addressId} className="text-input" type="text" inputMode="url" spellCheck={false} autoComplete="off"
            aria-label={t('settings:proxy.address')} placeholder={t('settings:proxy.addressExample')} value={draft}
            aria-invalid={note?.tone === 'warning' ? true : undefined} aria-describedby={noteId}
            onChange={(event) => {
              setDraft(event.target.value);
              if (note?.tone === 'warning') setNote(undefined);
            }}
            onKeyDown={(event) => {
              if (event.key === 'Enter') void useTyped();
            }} />
          <button type="button" className="button" onClick={() => void useTyped()}>{t('settings:proxy.use')}</button>
          {manualSaved && <button type="button" className="button quiet" onClick={() => void forget()}>{t('settings:proxy.forget')}</button>}
        </div>
      )}
      <p id={noteId} className="field-note" data-tone={note?.tone} role="status">{note?.text(t) ?? ''}</p>
      <p id={hintId} className="field-hint">
        {t(HINTS[mode])}
        {mode === 'manual' && !manualSaved ? ` ${t(saved.mode === 'none' ? 'settings:proxy.untilUsedNone' : 'settings:proxy.untilUsedSystem')}` : ''}
      </p>
    </div>
  );
}

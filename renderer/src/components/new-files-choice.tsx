// "Send new files to": the default service, and any chosen with it (settings.alsoSendTo). Each new
// file then goes to each, the default service first, as the main one (shared/provider-groups.ts).

import { useTranslation } from 'react-i18next';
import { newFileProviders } from '../../../shared/provider-groups.ts';
import type { ProviderId } from '../../../shared/providers.ts';
import { changeSettings } from '../change-settings.ts';
import { useAppStore } from '../store/app-store.ts';
import { ProviderChoice } from './provider-choices.tsx';
import { sendNewFilesTo } from '../send-new-files-to.ts';
import { selectDefaultKeyName } from '../store/key-selectors.ts';

export function NewFilesChoice({ id, defaultProvider }: { readonly id: string; readonly defaultProvider: ProviderId }) {
  const { t } = useTranslation('queue');
  const also = useAppStore((s) => s.settings?.alsoSendTo);
  // One service: its menu also offers its keys, where it has several ("HeyGen — Work" becomes its default key).
  const keyName = useAppStore((s) => selectDefaultKeyName(s, defaultProvider));
  const chosen = newFileProviders({ defaultProvider, alsoSendTo: also });
  const change = ([first, ...rest]: ProviderId[]) => {
    if (first !== undefined) void changeSettings({ defaultProvider: first, alsoSendTo: rest });
  };
  return <ProviderChoice id={id} chosen={chosen} onChange={change} ariaLabel={t('toolbar.sendNewFilesTo')} title={t('toolbar.whereNewFilesGo')}
    keyName={keyName} onChangeOne={(provider, key) => void sendNewFilesTo(provider, key)} />;
}

// What the person is told when the app cannot start. A packaged app has no console, so this
// goes into a native error box: one sentence they can act on, then the system's own words for
// whoever helps them. The causes a person can fix themselves are the data folder's. In main's
// language (index.ts: the settings' one, or the system's when they were never read).

import type { Translate } from '../../../shared/i18n/translator.ts';
import { englishT } from '../../../shared/i18n/english.ts';

const FOLDER_REFUSED = new Set(['EACCES', 'EPERM', 'EROFS']);

export function startupFailure(error: unknown, dataDir: string, t: Translate = englishT()): { title: string; message: string } {
  const detail = error instanceof Error ? error.message : String(error);
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const advice = code === 'ENOSPC'
    ? t('desktop:startup.diskFull', { folder: dataDir })
    : code !== undefined && FOLDER_REFUSED.has(code)
      ? t('desktop:startup.folderRefused', { folder: dataDir })
      : t('desktop:startup.tryAgain');
  return { title: t('desktop:startup.title'), message: t('desktop:startup.message', { advice, detail }) };
}

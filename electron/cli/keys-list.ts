// What `media-uploader keys list` prints: per provider, each saved key's name, its id (the same
// id the history and `upload --json` record, electron/core/key-id.ts) and which is the default;
// never a key. A key in an environment variable is said too, since it wins for that run.
//
//   Keys are kept in the Secret Service.
//     AssemblyAI   no key saved
//     memories.ai  Default  id 4f2a91c0  default
//                  Client   id 0b7e33d1
//     HeyGen       Default  id 9c1d2e3f  default; HEYGEN_API_KEY is set and is used instead (id 77aa11bb)

import { PROVIDER_IDS, PROVIDERS } from '../../shared/providers.ts';
import type { KeyBook } from '../core/keys/key-book.ts';
import { environmentKey } from '../core/keys/secret-store.ts';
import type { CliIo } from './cli-io.ts';
import { columns, forTerminal, padColumns } from './terminal-text.ts';
import { cliWords } from './cli-language.ts';

// Wide enough for every provider's name ("memories.ai", "WaveSpeedAI").
const PROVIDER_WIDTH = 12;

/** The list's lines, and the first keychain failure met on the way (the list goes on past it). */
export async function keyListText(book: KeyBook, io: CliIo): Promise<{ text: string; failure?: string }> {
  let text = '';
  let failure: string | undefined;
  const { t } = cliWords(io.env);
  for (const provider of PROVIDER_IDS) {
    const info = PROVIDERS[provider];
    const fromEnvironment = environmentKey(provider, io.env);
    const override = fromEnvironment === undefined ? '' : `; ${t('keyList.override', { variable: info.keyEnvVar, id: book.idOf(fromEnvironment) })}`;
    const head = `  ${info.name.padEnd(PROVIDER_WIDTH)} `;
    let rows: string[];
    try {
      const saved = await book.list(provider);
      const width = Math.max(0, ...saved.map((k) => columns(forTerminal(k.name))));
      // The environment stands in for the default key: said on the default's line.
      rows = saved.map((k) => `${t('keyList.row', { name: padColumns(forTerminal(k.name), width), id: k.id })}${k.isDefault ? `  ${t('keyList.default')}${override}` : ''}`);
      if (rows.length === 0) rows = [`${t('keyList.noKey')}${override}`];
    } catch (error) {
      failure ??= (error as Error).message;
      rows = [`${t('keyList.unreadable')}${override}`];
    }
    rows.forEach((row, i) => {
      text += `${i === 0 ? head : ' '.repeat(head.length)}${row}\n`;
    });
  }
  return failure === undefined ? { text } : { text, failure };
}

// Every language's catalogue, and the pseudo-language made from English.

import type { LanguageCatalogue, Namespace } from './catalogue-types.ts';
import { NAMESPACES } from './catalogue-types.ts';
import type { Language } from './languages.ts';
import { pseudoCatalogue } from './pseudo.ts';
import de from './de/index.ts';
import en from './en/index.ts';
import es from './es/index.ts';
import fr from './fr/index.ts';
import ja from './ja/index.ts';
import ptBR from './pt-BR/index.ts';
import zhCN from './zh-CN/index.ts';

function pseudoLanguage(english: LanguageCatalogue): LanguageCatalogue {
  return Object.fromEntries(NAMESPACES.map((ns) => [ns, pseudoCatalogue(english[ns])])) as Record<Namespace, LanguageCatalogue[Namespace]>;
}

export const CATALOGUES: Readonly<Record<Language, LanguageCatalogue>> = {
  en, es, de, fr, 'pt-BR': ptBR, ja, 'zh-CN': zhCN, 'en-XA': pseudoLanguage(en),
};

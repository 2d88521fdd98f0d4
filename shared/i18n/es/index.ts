// Every namespace of one language, joined.

import type { LanguageCatalogue } from '../catalogue-types.ts';
import cli from './cli.ts';
import common from './common.ts';
import desktop from './desktop.ts';
import errors from './errors.ts';
import history from './history.ts';
import queue from './queue.ts';
import settings from './settings.ts';
import start from './start.ts';

export default { common, queue, settings, history, start, errors, desktop, cli } satisfies LanguageCatalogue;

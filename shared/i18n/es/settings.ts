// The settings words in es (../catalogue-types.ts says what each namespace holds).

import type { Catalogue } from '../catalogue-types.ts';

export default {
} as const satisfies Catalogue;

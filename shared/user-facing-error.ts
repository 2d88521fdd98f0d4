// The one error type whose message was written for a person, with a code from the closed lists
// in error-codes.ts (shaped like undici's error classes: a `name`, a `code`, a `message`). The
// call gate passes such a message to the window word for word and nothing else: any other
// error speaks to developers and becomes a general sentence. No schema library and no value
// import here, so the sandboxed preload can throw it and stay small.
//
// `message` is English (logs, the terminal). `words`, where the sentence is a catalogue's
// (shared/i18n/), say which key and values made it, so main says it again in the person's
// language before it crosses to the window (shared/i18n/error-words.ts userFacingWords).

import type { UserFacingCode } from './error-codes.ts';
import type { Words } from './i18n/catalogue-types.ts';

export type { Words };

export class UserFacingError<C extends UserFacingCode = UserFacingCode> extends Error {
  readonly code: C;
  readonly words?: Words;

  constructor(code: C, message: string, options?: { cause?: unknown; words?: Words }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'UserFacingError';
    this.code = code;
    if (options?.words !== undefined) this.words = options.words;
  }
}

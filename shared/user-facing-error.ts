// The one error type whose message was written for a person, with a code from the closed lists
// in error-codes.ts (shaped like undici's error classes: a `name`, a `code`, a `message`). The
// call gate passes such a message to the window word for word and nothing else: any other
// error speaks to developers and becomes a general sentence. No schema library and no value
// import here, so the sandboxed preload can throw it and stay small.

import type { UserFacingCode } from './error-codes.ts';

export class UserFacingError<C extends UserFacingCode = UserFacingCode> extends Error {
  readonly code: C;

  constructor(code: C, message: string, options?: { cause?: unknown }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'UserFacingError';
    this.code = code;
  }
}

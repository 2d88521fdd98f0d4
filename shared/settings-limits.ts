// The settings' and keys' limits, apart from the schema (settings-schema.ts, which checks them
// with zod) so the window can read them without zod in its bundle, and apart from the types
// (settings-types.ts, which take Settings from the schema) so neither file imports the other back.

// One at a time up to what a home connection can still share fairly.
export const CONCURRENCY = { min: 1, max: 8 } as const;

// Every provider's keys are longer than 8 characters; 500 is far beyond any of them, short of abuse.
export const KEY_LENGTH = { min: 8, max: 500 } as const;

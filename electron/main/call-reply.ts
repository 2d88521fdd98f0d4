// What every call answers across the process boundary. Main never rejects an IPC call: it
// resolves with this envelope, and the preload turns `ok: false` into an Error whose message
// is main's plain sentence.

export type CallReply = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly error: string };

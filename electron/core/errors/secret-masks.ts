// The keys this process has sent, so that no provider's words can carry one back to a person, a
// file or a terminal: a server (or a proxy) may echo the request's headers in an error or a
// status. Every request that carries a key builds its headers through authHeaders
// (providers/provider-adapter.ts), which notes the key here; cleanDetail (upload-error.ts)
// masks every noted key in every detail, wherever the detail was made.

// A person has at most one key per provider, and may replace one now and then: the last 32
// cover every key of a long session without the list growing for ever.
const KEPT = 32;
const sent: string[] = [];

/** Notes a key that is about to be sent. Keys shorter than 4 characters are not masked (they would mask ordinary words). */
export function noteSentKey(key: string): void {
  if (key.length < 4) return;
  const at = sent.indexOf(key);
  if (at >= 0) sent.splice(at, 1);
  sent.push(key);
  if (sent.length > KEPT) sent.shift();
}

/** `text` with every noted key, and each of `more`, replaced by `[key]`. */
export function maskKeys(text: string, more: readonly string[] = []): string {
  let out = text;
  for (const key of [...more, ...sent]) if (key.length >= 4) out = out.split(key).join('[key]');
  return out;
}

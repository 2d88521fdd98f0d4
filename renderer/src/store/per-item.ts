// A fact about a queue item worked out once per item object, then looked up: a patch replaces
// the objects of the items it changes, so a new object is exactly when the fact may differ.
// With 10,000 files, working facts out again for every item on every patch (ten a second while
// uploading) cost frames; this costs one lookup per item.

import type { QueueItem } from '../../../shared/queue-types.ts';

export function perItem<T>(compute: (item: QueueItem) => T): (item: QueueItem) => T {
  const known = new WeakMap<QueueItem, { readonly value: T }>();
  return (item) => {
    let found = known.get(item);
    if (found === undefined) {
      found = { value: compute(item) };
      known.set(item, found);
    }
    return found.value;
  };
}

// "Copy its link automatically" (settings.copyLinkWhenDone, on by default): when a batch of one
// file ends done, its link (or asset ID) goes to the clipboard, as ShareX and Dropzone do. A batch
// of several never copies: it would overwrite the clipboard once per file (a file sent to several
// providers is one file: its primary's link is copied). Nor does a retry
// (Retry, Retry failed, Resume, History's Retry: the item's `retried`), though it is a batch of
// one: the person asked for another try, and may have copied other links since ("Copy 4 links").
//
// Decided and copied in main, not in the window: Chromium refuses navigator.clipboard to a
// document without focus (third_party/blink/renderer/modules/clipboard/clipboard_promise.cc,
// ValidatePreconditions: NotAllowedError "Document is not focused."), which is just when an upload
// the person started and walked away from ends, and a window closed into the tray has no page at
// all. Main's clipboard (DesktopPort.copyText) needs neither. The window is told through an
// `app:notice`: "copied" as info, a copy that failed as an error that says what to do instead.

import type { Translate } from '../../../shared/i18n/translator.ts';
import type { AppNotice } from '../../../shared/ipc-contract.ts';
import { fileKey, primaryOf } from '../../../shared/provider-groups.ts';
import { PROVIDERS, resultText } from '../../../shared/providers.ts';
import type { DoneItem, QueueItem, QueuePatch } from '../../../shared/queue-types.ts';
import type { Settings } from '../../../shared/settings-types.ts';
import type { UploadQueue } from '../../core/queue/upload-queue.ts';
import type { DesktopPort } from '../calls/call-ports.ts';
import { englishT } from '../../../shared/i18n/english.ts';

export interface AutoCopyDeps {
  readonly queue: Pick<UploadQueue, 'subscribe' | 'snapshot'>;
  readonly settings: { get(): Settings };
  readonly desktop: Pick<DesktopPort, 'copyText'>;
  readonly notify: (notice: AppNotice) => void;
  /** Main's translator now (main-language.ts); English without it. */
  readonly t?: () => Translate;
}

export interface AutoCopy {
  /** Resolves once every copy started so far has been made (or has failed) and said. */
  whenCopied(): Promise<void>;
  stop(): void;
}

export function copyLinksWhenDone(deps: AutoCopyDeps): AutoCopy {
  // The list as the window holds it (renderer/src/store/queue-patch.ts): from the queue as it is
  // now, then patch by patch. A list restored at start-up is in that first look, so its old
  // uploads, done long ago, copy nothing. Unlike the window, which may load (or reload) at any
  // time, this sees every item from its start: one first seen already done was added and
  // uploaded within one patch's interval (a small file with "Upload them at once"), and is new.
  const items = new Map<string, QueueItem>(deps.queue.snapshot().items.map((item) => [item.id, item]));
  // One copy at a time, so the clipboard ends with the last link and notices come in order.
  let copies: Promise<void> = Promise.resolve();
  let stopped = false;

  const unsubscribe = deps.queue.subscribe((patch: QueuePatch) => {
    const finished = newlyDone(items, patch);
    for (const item of patch.items) items.set(item.id, item);
    for (const id of patch.removed) items.delete(id);
    // Of a file sent to several providers, only the primary's link is copied (as its Copy link does).
    const done = finished.filter((item) => isItsFilesPrimary(item, items));
    const [only] = done;
    if (done.length !== 1 || only === undefined || deps.settings.get().copyLinkWhenDone !== true) return;
    if (only.retried === true || !aloneInItsBatch(only, items)) return;
    const text = resultText(PROVIDERS[only.provider], only.result);
    if (text === undefined) return;
    copies = copies.then(() => copy(only, text));
  });

  async function copy(item: DoneItem, text: string): Promise<void> {
    if (stopped) return;
    // The button's own word (Copy link, Copy ID): shared/words.ts.
    const link = text === item.result.url;
    const t = deps.t?.() ?? englishT();
    try {
      await deps.desktop.copyText(text);
    } catch (error) {
      const said = error instanceof Error && error.message !== '' ? [error.message] : [];
      deps.notify({ tone: 'error', title: t(link ? 'desktop:notice.linkNotCopied' : 'desktop:notice.idNotCopied', { name: item.name }), lines: [...said, t(link ? 'desktop:notice.copyLinkInstead' : 'desktop:notice.copyIdInstead')] });
      return;
    }
    // A status in the window: screen readers hear it too.
    deps.notify({ tone: 'info', title: t(link ? 'desktop:notice.linkCopied' : 'desktop:notice.idCopied', { name: item.name }), lines: [t('desktop:notice.pasteIt')] });
  }

  return {
    whenCopied: () => copies,
    stop() {
      stopped = true;
      unsubscribe();
    },
  };
}

/** Items this patch turns done: seen before in another state, or new since the first look. */
function newlyDone(before: ReadonlyMap<string, QueueItem>, patch: QueuePatch): DoneItem[] {
  const done: DoneItem[] = [];
  for (const item of patch.items) {
    if (item.status === 'done' && before.get(item.id)?.status !== 'done') done.push(item);
  }
  return done;
}

/**
 * No other file of its batch was started (finished or still running): a single upload. A file
 * sent to several providers at once is one file (shared/provider-groups.ts).
 */
function aloneInItsBatch(item: DoneItem, items: ReadonlyMap<string, QueueItem>): boolean {
  for (const other of items.values()) {
    if (fileKey(other) !== fileKey(item) && other.status !== 'idle' && other.batch === item.batch) return false;
  }
  return true;
}

/** A file's primary item, or an item whose file goes to one provider. */
function isItsFilesPrimary(item: DoneItem, items: ReadonlyMap<string, QueueItem>): boolean {
  if (item.group === undefined) return true;
  return primaryOf([...items.values()].filter((other) => other.group === item.group))?.id === item.id;
}

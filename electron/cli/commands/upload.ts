// `media-uploader upload <file>... --provider P`: queues the files, shows progress, prints
// each file's link or asset id (or its error sentence), and records every outcome in history.

import { parseArgs } from 'node:util';
import { distinctProviders } from '../../../shared/provider-groups.ts';
import { PROVIDER_IDS, isProviderId, type ProviderId } from '../../../shared/providers.ts';
import { keyNameProblem } from '../../../shared/key-names.ts';
import { isBlocked, isProcessing, type QueueItem } from '../../../shared/queue-types.ts';
import type { CliIo } from '../cli-io.ts';
import { recordHistory } from '../../core/history/history-recorder.ts';
import { UploadQueue } from '../../core/queue/upload-queue.ts';
import { humanLine, jsonLine, outcomeOfItem, withNext, type FileOutcome } from '../upload-report.ts';
import { ProgressView } from '../progress-view.ts';
import { forTerminal } from '../terminal-text.ts';
import { openCliServices } from '../cli-services.ts';
import { dataDir } from '../../core/files/data-dir.ts';
import { reuseEarlier } from '../reuse-earlier.ts';
import { sweepOutgoing } from '../../core/location/without-location.ts';
import { uploadUsage } from '../upload-usage.ts';
import { cliWords, type CliWords } from '../cli-language.ts';
import { regionProblem } from '../region-option.ts';
import { baseUrlProblem } from '../base-url-option.ts';
import { CONCURRENCY } from '../../../shared/settings-limits.ts';
import { DEFAULT_SETTINGS } from '../../../shared/settings-types.ts';
import { PROVIDERS } from '../../../shared/providers.ts';
import { endpointUrl } from '../../core/sending/endpoint-url.ts';
import { DEFAULT_OFFLINE_WAIT_MS, OfflineWait, parseWait } from '../offline-wait.ts';


class UsageError extends Error {}

interface UploadOptions {
  files: string[];
  /** Where each file goes: one provider, or several (an upload each; --provider assemblyai,memories). */
  providers: ProviderId[];
  /** A region id; absent: the provider's default. */
  region?: string;
  baseUrl?: string;
  concurrency: number;
  json: boolean;
  /** Print each finished file's next request ("Use it next"). */
  next: boolean;
  /** Send photos and videos with their location data (off: it is removed first). */
  keepLocation: boolean;
  /** Convert files the provider refuses into a format it takes (a copy; the file stays as it is). */
  convert: boolean;
  /** Reuse an earlier upload of the same file to the same provider whose link is still good. */
  reuse: boolean;
  /** Wait until the provider says each upload is ready to use (or failed), where it has a status. */
  wait: boolean;
  /** How long to wait for the connection when the provider cannot be reached (--offline-wait). */
  offlineWaitMs: number;
  /** --key: which of the provider's saved keys, by name; absent: its default (or the environment variable's). */
  keyName?: string;
}

function parseUploadArgs(args: string[], words: CliWords): UploadOptions {
  const { t } = words;
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        provider: { type: 'string', short: 'p' },
        region: { type: 'string' },
        'base-url': { type: 'string' },
        concurrency: { type: 'string', short: 'c' },
        json: { type: 'boolean' },
        next: { type: 'boolean' },
        'keep-location': { type: 'boolean' },
        reuse: { type: 'boolean' },
        convert: { type: 'boolean' },
        wait: { type: 'boolean' },
        'offline-wait': { type: 'string' },
        key: { type: 'string', short: 'k' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.provider === undefined) throw new UsageError(t('upload.chooseProvider', { providers: PROVIDER_IDS.join(', ') }));
  const names = values.provider.split(',').map((name) => name.trim());
  // Not repeated back, in case a key was typed there.
  if (!names.every(isProviderId)) throw new UsageError(t('upload.providerUnknown', { providers: PROVIDER_IDS.join(', ') }));
  const providers = distinctProviders(names);
  if (positionals.length === 0) throw new UsageError(t('upload.nameAFile'));
  const region = values.region;
  const regionRefusal = regionProblem(region, words);
  if (regionRefusal !== undefined) throw new UsageError(regionRefusal);
  const { min, max } = CONCURRENCY;
  const concurrency = values.concurrency === undefined ? DEFAULT_SETTINGS.concurrency : Number(values.concurrency);
  if (!Number.isInteger(concurrency) || concurrency < min || concurrency > max) throw new UsageError(t('upload.concurrency', { min, max }));
  const base = values['base-url'];
  const baseRefusal = base === undefined ? undefined : baseUrlProblem(base, words);
  if (baseRefusal !== undefined) throw new UsageError(baseRefusal);
  const offlineWaitMs = values['offline-wait'] === undefined ? DEFAULT_OFFLINE_WAIT_MS : parseWait(values['offline-wait']);
  if (offlineWaitMs === undefined) throw new UsageError(t('upload.offlineWait'));
  const keyName = values.key;
  // Not repeated back, in case a key was typed where its name goes.
  const keyRefusal = keyName === undefined ? undefined : keyNameProblem(t, keyName);
  if (keyRefusal !== undefined) throw new UsageError(t('upload.keyName', { problem: keyRefusal }));
  return { ...(keyName !== undefined && { keyName: keyName.trim() }), offlineWaitMs, files: positionals, providers, concurrency, json: values.json === true, next: values.next === true, keepLocation: values['keep-location'] === true, reuse: values.reuse === true, convert: values.convert === true, wait: values.wait === true, ...(region !== undefined && { region }), ...(base !== undefined && { baseUrl: base }) };
}

export async function runUpload(args: string[], io: CliIo): Promise<number> {
  const words = cliWords(io.env);
  let options: UploadOptions;
  try {
    options = parseUploadArgs(args, words);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr.write(`${error.message}\n\n${uploadUsage(words)}`);
    return 2;
  }

  const services = await openCliServices(io);
  await sweepOutgoing(dataDir(io.env));
  const tty = !options.json && (io.stdout as { isTTY?: boolean }).isTTY === true;
  const print = (outcome: FileOutcome): string => (options.json ? jsonLine(outcome) : humanLine(outcome, tty, words));
  // The first provider's host is the one probed for the connection (each upload still retries on its own).
  const info = PROVIDERS[options.providers[0] ?? 'assemblyai'];
  const offline = new OfflineWait({
    origin: endpointUrl(info, info.upload, { ...(options.baseUrl !== undefined && { baseUrl: options.baseUrl }), ...(options.region !== undefined && { region: options.region }) }),
    limitMs: options.offlineWaitMs,
    say: (text) => void io.stderr.write(`${text}\n`),
    words,
  });
  const queue = new UploadQueue({
    online: offline.signal,
    getKey: (provider) => services.keys.get(provider).catch(() => undefined),
    keys: services.keyBook,
    settings: () => ({ concurrency: options.concurrency, regions: options.region === undefined ? {} : Object.fromEntries(options.providers.map((p) => [p, options.region])) }),
    keepLocation: () => options.keepLocation,
    scratchDir: dataDir(io.env),
    ...(options.baseUrl !== undefined && { baseUrl: () => options.baseUrl }),
    // Without --wait a line is printed as soon as the provider has the bytes: nothing to check.
    readyChecks: options.wait ? {} : false,
  });
  const recorder = services.history === undefined ? undefined : recordHistory(queue, services.history, 'cli', (item, error) => {
    io.stderr.write(`${forTerminal(words.t('upload.notRecorded', { name: item.name, message: error instanceof Error ? error.message : String(error) }))}\n`);
  });

  const failures = { count: 0 };
  const view = tty ? new ProgressView(io.stdout, words) : undefined;
  let pending = '';
  const report = (outcome: FileOutcome): void => {
    if (!outcome.ok) failures.count += 1;
    if (view !== undefined) pending += print(outcome);
    else io.stdout.write(print(outcome));
  };
  const line = (item: QueueItem): FileOutcome => outcomeOfItem(item, options.next ? { region: options.region } : undefined);
  queue.on('finished', (item) => {
    // With --wait, a file the provider still processes gets its line when that ends.
    if (!(options.wait && isProcessing(item))) report(line(item));
  });
  queue.on('processed', (item) => report(line(item)));
  const unsubscribe = view === undefined ? () => undefined : queue.subscribe(() => {
    view.render(queue.snapshot().items, pending);
    pending = '';
  });
  // Ctrl-C cancels every upload; each still gets its line, so a script sees what happened.
  const onInterrupt = (): void => {
    queue.cancelAll();
    offline.stop();
  };
  // An upload being retried may have lost the connection: asked again, so the others wait for it.
  const tried = new Map<string, number>();
  const unwatchRetries = queue.subscribe((patch) => {
    for (const item of patch.items) {
      if (item.status !== 'uploading' || item.attempt <= (tried.get(item.id) ?? 1)) continue;
      tried.set(item.id, item.attempt);
      void offline.check();
    }
  });
  process.once('SIGINT', onInterrupt);

  try {
    const added = await queue.add(options.files, options.providers, { ...(options.keyName !== undefined && { keyName: options.keyName }) });
    if (options.convert) queue.convert(added.added);
    // One line per file per provider, a file that could not be queued at all too.
    for (const refused of added.refused) {
      for (const provider of options.providers) report({ file: refused.path, provider, ok: false, error: { code: refused.code ?? 'NOT_A_FILE', message: refused.message } });
    }
    for (const id of added.added) {
      const item = queue.get(id);
      if (item !== undefined && isBlocked(item)) report(outcomeOfItem(item));
    }
    const caution = new Set(added.added.map((id) => queue.get(id)?.caution).filter((c) => c !== undefined));
    if (!options.json) for (const text of caution) io.stderr.write(`${words.t('upload.note', { text })}\n`);
    const reuse = options.reuse ? await reuseEarlier(queue, added.added, io.env, services.keyBook) : { start: added.added, reused: [] };
    for (const outcome of reuse.reused) report(withNext(outcome, options.next ? options.region : false));
    queue.start(reuse.start);
    // Files wait for this: nothing starts before the provider's host can be reached, or the wait is over.
    if (reuse.start.length > 0) void offline.check();
    await queue.whenSettled();
    if (options.wait) {
      await queue.whenProcessed();
      // Ctrl-C stops the waiting: what is still processing says so.
      for (const item of queue.snapshot().items) if (isProcessing(item)) report(line(item));
    }
    await recorder?.whenWritten();
  } finally {
    process.removeListener('SIGINT', onInterrupt);
    unsubscribe();
    unwatchRetries();
    offline.stop();
    view?.render([], pending);
    await services.close();
  }
  if (!options.json && services.keyWarning !== undefined) io.stderr.write(`${services.keyWarning}\n`);
  return failures.count === 0 ? 0 : 1;
}

// The window's key states, each set up from an app just reset (app.reset()): what
// `npm run screenshots` photographs and the accessibility check (accessibility.test.ts) reads.
// Each state is reached as a person would reach it (drops, clicks) where the state is about the
// window, and through main's handlers where it is only the stage for it (keys, a started batch).
// The app must be launched with no keys (`launchApp({ keys: {} })`): a first launch has none.

import { basename, join } from 'node:path';
import { stat, writeFile } from 'node:fs/promises';
import { PROVIDER_IDS } from '../../shared/providers.ts';
import { newItem, restoredItem, savedForm, toDone, toUploading, toWaiting } from '../../shared/queue-transitions.ts';
import type { QueueItem } from '../../shared/queue-types.ts';
import { makeMov } from '../fixtures/ffmpeg-media.ts';
import { providerError, SECOND_TEST_KEYS } from '../fixtures/provider-server.ts';
import { E2E_RETRY, type AppHarness } from './app-harness.ts';
import { SEVERAL_SERVICES_STATES } from './several-services-states.ts';
import { NETWORK_STATES } from './window-states-network.ts';

export interface WindowState {
  /** File-name part, e.g. "mixed-drop". */
  readonly name: string;
  /** What a person sees, for the report. */
  readonly description: string;
  setUp(app: AppHarness): Promise<void>;
}

// A name long enough to be cut in any window: its end (the date, the type) must stay visible.
export const LONG_NAME = 'Team interview with the regional sales managers — final cut 2025-03-14.mp4';

/** Every provider's key, as if the person had pasted each one (first keys: main asks nothing). */
export async function saveAllKeys(app: AppHarness): Promise<void> {
  for (const provider of PROVIDER_IDS) await app.core.handlers['keys:set']({ provider, key: app.server.keys[provider] });
}

const rowIn = (app: AppHarness, status: string, name: string) =>
  app.page.locator(`[role="listitem"][data-status="${status}"]`, { hasText: name });

async function finishedBatch(app: AppHarness): Promise<void> {
  await saveAllKeys(app);
  // One file fails for good: it goes to HeyGen, which answers 503 to every attempt the app makes.
  app.server.script({ provider: 'heygen', kind: 'upload', times: E2E_RETRY.attempts, reply: providerError('heygen', 503) });
  const paths = [
    await app.media('mp3', { name: 'broken-take.mp3' }),
    await app.media('mp4', { name: LONG_NAME }),
    await app.media('wav', { name: 'voice-note.wav' }),
    await app.media('mp3', { name: 'podcast-episode-12.mp3' }),
    await app.media('webm', { name: 'screen-recording.webm' }),
    await app.media('mp4', { name: 'beach.mp4' }),
  ];
  await app.addFiles(paths);
  const broken = app.core.queue.snapshot().items.find((item) => item.name === 'broken-take.mp3');
  if (broken === undefined) throw new Error('broken-take.mp3 was not queued.');
  await app.core.handlers['queue:set-provider']({ ids: [broken.id], provider: 'heygen' });
  await app.core.handlers['queue:start']({});
  await app.core.queue.whenSettled();
  await rowIn(app, 'done', 'beach.mp4').waitFor();
  await rowIn(app, 'failed', 'broken-take.mp3').waitFor();
}

export const WINDOW_STATES: readonly WindowState[] = [
  {
    name: 'first-launch',
    description: 'The app opened for the first time: no keys, no files (the guided start’s first step).',
    async setUp(app) {
      await app.page.getByRole('heading', { name: 'Where should your files go?' }).waitFor();
    },
  },
  {
    name: 'key-setup',
    description: 'The guided start’s second step: what a key is, where to find it, where to paste it.',
    async setUp(app) {
      await app.page.getByRole('button', { name: 'Continue with AssemblyAI' }).click();
      await app.page.getByLabel('AssemblyAI API key', { exact: true }).waitFor();
    },
  },
  {
    name: 'mixed-drop',
    description: 'A drop of a video, two images, a text file and an empty file, sent to the default (AssemblyAI, audio and video only).',
    async setUp(app) {
      await saveAllKeys(app);
      const text = join(app.mediaDir, 'notes.txt');
      await writeFile(text, 'Shopping list: milk, eggs, bread.\n');
      const empty = join(app.mediaDir, 'unfinished-export.mp4');
      await writeFile(empty, '');
      await app.drop([
        await app.media('mp4', { name: LONG_NAME }),
        await app.media('png', { name: 'holiday-photo.png' }),
        await app.media('jpeg', { name: 'scan of the contract.jpg' }),
        text,
        empty,
      ]);
      await app.page.getByRole('listitem', { name: 'holiday-photo.png' }).waitFor();
    },
  },
  {
    name: 'uploading',
    description: 'Four files on their way, one of them with a long name.',
    async setUp(app) {
      await saveAllKeys(app);
      // Slow enough to be caught mid-way for the whole time the pictures take.
      app.server.script({ kind: 'upload', times: 4, bytesPerSecond: 256 * 1024 });
      const size = 64 * 1024 * 1024;
      await app.addFiles([
        await app.media('mp4', { name: LONG_NAME, size }),
        await app.media('mp3', { name: 'podcast-episode-12.mp3', size }),
        await app.media('wav', { name: 'voice-note.wav', size }),
        await app.media('webm', { name: 'screen-recording.webm', size }),
      ]);
      await app.core.handlers['queue:start']({});
      await app.server.waitFor((r) => r.kind === 'upload' && r.bodyBytes > 0, 30_000);
      await rowIn(app, 'uploading', 'podcast-episode-12.mp3').waitFor();
    },
  },
  {
    name: 'finished',
    description: 'A batch of six ended: five uploaded, one failed.',
    setUp: finishedBatch,
  },
  {
    name: 'failure-details',
    description: 'The failed file of the batch with its details open.',
    async setUp(app) {
      await finishedBatch(app);
      await app.page.getByRole('listitem', { name: 'broken-take.mp3' }).getByRole('button', { name: /details/i }).click();
      await app.page.locator('.row-details').waitFor();
    },
  },
  {
    name: 'already-uploaded',
    description: 'A file added again after it was uploaded: its row offers the earlier link.',
    async setUp(app) {
      await saveAllKeys(app);
      const path = await app.media('mp3', { name: 'podcast-episode-12.mp3' });
      await app.addFiles([path]);
      await app.core.handlers['queue:start']({});
      await rowIn(app, 'done', 'podcast-episode-12.mp3').waitFor();
      await app.core.handlers['queue:clear-finished'](undefined);
      await app.addFiles([path, await app.media('wav', { name: 'voice-note.wav' })]);
      await app.page.getByText('Already uploaded to AssemblyAI').waitFor();
    },
  },
  {
    name: 'history',
    description: 'The history after that batch.',
    async setUp(app) {
      await finishedBatch(app);
      await app.page.getByRole('tab', { name: 'History' }).click();
      await app.page.getByRole('listitem', { name: 'beach.mp4' }).waitFor();
    },
  },
  {
    name: 'settings-rejected-key',
    description: 'Settings with a saved AssemblyAI key that AssemblyAI no longer accepts (the sentence mentions its EU region), and a working HeyGen key.',
    async setUp(app) {
      await app.core.handlers['keys:set']({ provider: 'assemblyai', key: app.server.keys.assemblyai });
      await app.core.handlers['keys:set']({ provider: 'heygen', key: app.server.keys.heygen });
      app.server.script({ provider: 'assemblyai', kind: 'key-check', reply: providerError('assemblyai', 401) });
      await app.core.handlers['keys:test']({ provider: 'assemblyai' });
      await app.page.getByRole('tab', { name: 'Settings' }).click();
      await app.page.getByText('AssemblyAI did not accept this key', { exact: false }).first().waitFor();
    },
  },
  {
    name: '500-files',
    description: 'Five hundred files just dropped as one folder.',
    async setUp(app) {
      await saveAllKeys(app);
      const folder = join(app.mediaDir, 'Field recordings');
      const kinds = ['mp3', 'wav', 'mp4', 'webm'] as const;
      await Promise.all(Array.from({ length: 500 }, (_, i) => {
        const kind = kinds[i % kinds.length] ?? 'mp3';
        return app.media(kind, { dir: folder, name: `recording-${String(i + 1).padStart(3, '0')}.${kind}` });
      }));
      await app.drop([folder]);
      await app.page.getByRole('listitem', { name: 'recording-001.mp3' }).waitFor({ timeout: 30_000 });
      await expectQueueLength(app, 500);
    },
  },
  // Issue 21's states (the end of a batch that did not send everything), kept together.
  {
    name: 'batch-with-refusals',
    description: 'Five hundred files sent to AssemblyAI: 438 recordings uploaded, 62 images it refuses never sent.',
    async setUp(app) {
      await saveAllKeys(app);
      const folder = join(app.mediaDir, 'Shoot day');
      await Promise.all(Array.from({ length: 500 }, (_, i) => {
        const kind = i % 8 === 7 && i < 62 * 8 ? 'png' : i % 2 === 0 ? 'mp3' : 'wav';
        return app.media(kind, { dir: folder, name: `${kind === 'png' ? 'still' : 'take'}-${String(i + 1).padStart(3, '0')}.${kind}` });
      }));
      await app.drop([folder]);
      await expectQueueLength(app, 500);
      await app.core.handlers['queue:start']({});
      await app.core.queue.whenSettled();
      await app.page.getByText('438 uploaded').waitFor({ timeout: 30_000 });
    },
  },
  {
    name: 'restart-interrupted',
    description: 'The app opened again after it was closed mid-batch: five files uploaded, three stopped (Interrupted).',
    async setUp(app) {
      await saveAllKeys(app);
      // The list as the next start finds it (shared/queue-transitions.ts restoredItem): put
      // back into the empty queue the way app-core.ts does at start-up, without a second launch.
      const names = ['interview-part-1.mp3', 'interview-part-2.mp3', 'b-roll-harbour.mp4', 'voice-over.wav', 'intro-music.mp3',
        LONG_NAME, 'interview-part-3.mp3', 'drone-shot.mp4'];
      const kinds = { mp3: 'mp3', mp4: 'mp4', wav: 'wav' } as const;
      const items: QueueItem[] = [];
      for (const [i, name] of names.entries()) {
        const ext = name.slice(name.lastIndexOf('.') + 1) as keyof typeof kinds;
        const path = await app.media(kinds[ext], { name });
        const { size, mtimeMs } = await stat(path);
        const now = Date.now();
        const uploading = toUploading(toWaiting(newItem({ id: `restored-${i}`, path, name: basename(path), size, mtimeMs, formatId: ext, provider: 'assemblyai', addedAt: now }), 1));
        const saved = i < 5 ? toDone(uploading, { url: `https://cdn.assemblyai.com/upload/${crypto.randomUUID()}` }, now) : uploading;
        items.push(restoredItem(savedForm(saved)));
      }
      app.core.queue.restore(items);
      await rowIn(app, 'interrupted', 'drone-shot.mp4').waitFor();
    },
  },
  // Issue 21, the History's second pass (items 4, 11, 13): long names, every outcome, at both sizes.
  {
    name: 'history-long-names',
    description: 'The History with long names and every outcome: uploads with a link and with a link and ID, a failure, and a failure uploaded later (History at 800×560 with long names).',
    async setUp(app) {
      await saveAllKeys(app);
      const files = {
        [LONG_NAME]: 'assemblyai',
        'episode-12 interview raw.mp3': 'assemblyai',
        'Keynote full recording 2025 (director’s cut).mp4': 'wavespeed',
        'presenter-headshot-final-final.png': 'heygen',
        'broken-take.mp3': 'heygen',
        'Interview with Dana.mp3': 'wavespeed',
      } as const;
      const paths = await Promise.all(Object.keys(files).map((name) =>
        app.media(name.endsWith('.png') ? 'png' : name.endsWith('.mp4') ? 'mp4' : 'mp3', { name })));
      await app.addFiles(paths);
      const items = app.core.queue.snapshot().items;
      const idOf = (name: string): string => items.find((item) => item.name === name)?.id ?? '';
      for (const item of items) await app.core.handlers['queue:set-provider']({ ids: [item.id], provider: files[item.name as keyof typeof files] });
      const failing = new Set(['broken-take.mp3', 'Interview with Dana.mp3']);
      await app.core.handlers['queue:start']({ ids: items.filter((item) => !failing.has(item.name)).map((item) => item.id) });
      await app.core.queue.whenSettled();
      // Then, newest and so on top: broken-take.mp3 fails at HeyGen on every attempt, then goes through on a retry; the
      // interview is refused for good (WaveSpeedAI does not accept the key).
      app.server.script({ provider: 'heygen', kind: 'upload', times: E2E_RETRY.attempts, reply: providerError('heygen', 503) });
      await app.core.handlers['queue:start']({ ids: [idOf('broken-take.mp3')] });
      await app.core.queue.whenSettled();
      app.server.script({ provider: 'wavespeed', kind: 'upload', reply: providerError('wavespeed', 401) });
      await app.core.handlers['queue:start']({ ids: [idOf('Interview with Dana.mp3')] });
      await app.core.queue.whenSettled();
      await app.core.handlers['queue:retry']({ id: idOf('broken-take.mp3') });
      await app.core.queue.whenSettled();
      await app.page.getByRole('tab', { name: 'History' }).click();
      await app.page.locator('.history-row[data-later="true"]').waitFor();
      await app.page.locator('.history-row', { hasText: LONG_NAME }).waitFor();
    },
  },
  // Issue 21 (rows): long names whose spaces fall where the row cuts them, every kind of row a
  // batch leaves, and the "skipped" notice of the same drop, for the 800×560 window.
  {
    name: 'long-names',
    description: 'Rows with long names (spaces where the name is cut): two done, a refused image, a MOV HeyGen refuses, a failure, a large file not sent, and the drop’s "2 items skipped".',
    setUp: longNames,
  },
  {
    name: '500-files-refused',
    description: 'A 500-file folder to AssemblyAI: 438 uploaded, 62 images refused (memories.ai has a key, HeyGen and WaveSpeedAI none), 2 items skipped.',
    setUp: fiveHundredWithRefusals,
  },
  // Issue 21 (keys and Settings): a key turned down while it is set up, and a key shown as typed.
  {
    name: 'guided-start-rejected-key',
    description: 'The guided start’s key step after pasting a HeyGen key HeyGen does not accept: not saved, still in the field (masked), with why.',
    async setUp(app) {
      await app.page.getByRole('radio', { name: /^HeyGen/ }).check();
      await app.page.getByRole('button', { name: 'Continue with HeyGen' }).click();
      await app.page.getByLabel('HeyGen API key', { exact: true }).fill('hg_live_not_the_right_key_0123');
      await app.page.getByRole('button', { name: 'Save HeyGen key' }).click();
      await app.page.getByText('HeyGen did not accept this key', { exact: false }).waitFor();
    },
  },
  {
    name: 'settings-shown-key',
    description: 'Settings with an AssemblyAI key typed and shown with Show: its underscores must be visible at 1x.',
    async setUp(app) {
      await saveAllKeys(app);
      await app.page.getByRole('tab', { name: 'Settings' }).click();
      await app.page.getByLabel('AssemblyAI API key', { exact: true }).fill('aai_live_3f9b_77c2_d041_e8a6_5b1f');
      await app.page.getByRole('button', { name: 'Show AssemblyAI key' }).click();
      await app.page.getByRole('heading', { name: 'API keys' }).scrollIntoViewIfNeeded();
    },
  },
  // Issue 25: a service with two keys, each its own account.
  {
    name: 'settings-two-keys',
    description: 'Settings with two AssemblyAI keys, "Default" (used for new files) and "Client", each with its state, and one HeyGen key as before.',
    async setUp(app) {
      await saveTwoAssemblyAiKeys(app);
      await app.core.handlers['keys:set']({ provider: 'heygen', key: app.server.keys.heygen });
      await app.page.getByRole('tab', { name: 'Settings' }).click();
      await app.page.getByTestId('saved-key-assemblyai-Client').waitFor();
    },
  },
  {
    name: 'queue-two-keys',
    description: 'The queue where AssemblyAI has two keys: a file sent with "AssemblyAI — Client", one about to go with it, and one with the default key.',
    async setUp(app) {
      await saveTwoAssemblyAiKeys(app);
      await app.addFiles([
        await app.media('mp3', { name: 'client-interview.mp3' }),
        await app.media('mp3', { name: 'client-follow-up.mp3' }),
        await app.media('wav', { name: 'own-voice-note.wav' }),
      ]);
      const items = app.core.queue.snapshot().items;
      const idOf = (name: string): string => items.find((item) => item.name === name)?.id ?? '';
      await app.core.handlers['queue:set-provider']({ ids: [idOf('client-interview.mp3'), idOf('client-follow-up.mp3')], provider: 'assemblyai', key: 'Client' });
      await app.core.handlers['queue:start']({ ids: [idOf('client-interview.mp3')] });
      await app.core.queue.whenSettled();
      await rowIn(app, 'done', 'client-interview.mp3').waitFor();
    },
  },
  {
    name: 'settings-uploads-at-once',
    description: 'Settings after typing 50 in "Uploads at once": set to 8, the most, with a sentence saying so and the range.',
    async setUp(app) {
      await saveAllKeys(app);
      await app.page.getByRole('tab', { name: 'Settings' }).click();
      const concurrency = app.page.getByLabel('Uploads at once');
      await concurrency.fill('50');
      await concurrency.press('Enter');
      await app.page.getByText('50 is more than allowed', { exact: false }).waitFor();
      await app.page.getByText('50 is more than allowed', { exact: false }).scrollIntoViewIfNeeded();
    },
  },
  // Offline, and the proxy in Settings (window-states-network.ts).
  ...NETWORK_STATES,
  // Issue 28: one file to several services at once.
  ...SEVERAL_SERVICES_STATES,
];

/** AssemblyAI's key as its first ("Default"), and a second account's as "Client". */
async function saveTwoAssemblyAiKeys(app: AppHarness): Promise<void> {
  await app.core.handlers['keys:set']({ provider: 'assemblyai', key: app.server.keys.assemblyai });
  await app.core.handlers['keys:set']({ provider: 'assemblyai', key: SECOND_TEST_KEYS.assemblyai, name: 'Client' });
}

/** Keys for some providers only: a refused file is offered only those (issue 21, item 12). */
async function saveKeys(app: AppHarness, providers: readonly (typeof PROVIDER_IDS)[number][]): Promise<void> {
  for (const provider of providers) await app.core.handlers['keys:set']({ provider, key: app.server.keys[provider] });
}

async function longNames(app: AppHarness): Promise<void> {
  await saveKeys(app, ['assemblyai', 'memories', 'heygen']);
  app.server.script({ provider: 'heygen', kind: 'upload', times: E2E_RETRY.attempts, reply: providerError('heygen', 503) });
  const text = join(app.mediaDir, 'notes.txt');
  await writeFile(text, 'Shopping list: milk, eggs, bread.\n');
  const empty = join(app.mediaDir, 'unfinished-export.mp4');
  await writeFile(empty, '');
  const mov = await makeMov(join(app.mediaDir, 'Quarterly all-hands meeting, full recording 2025-03-14.mov'));
  await app.drop([
    await app.media('mp3', { name: 'Interview with Dana.mp3' }),
    await app.media('mp4', { name: 'Keynote full recording.mp4' }),
    await app.media('png', { name: 'presenter-headshot.png' }),
    mov,
    await app.media('mp3', { name: 'Board rehearsal with the whole team, take 3.mp3' }),
    await app.media('mp4', { name: 'Conference day two — afternoon sessions 2025-03-15.mp4', size: 1_634_000_000 }),
    text,
    empty,
  ]);
  await rowIn(app, 'idle', 'presenter-headshot.png').waitFor();
  const items = app.core.queue.snapshot().items;
  const idOf = (start: string) => {
    const item = items.find((i) => i.name.startsWith(start));
    if (item === undefined) throw new Error(`${start}… was not queued.`);
    return item.id;
  };
  await app.core.handlers['queue:set-provider']({ ids: [idOf('Quarterly'), idOf('Board')], provider: 'heygen' });
  await app.core.handlers['queue:start']({ ids: [idOf('Interview'), idOf('Keynote'), idOf('Board')] });
  await app.core.queue.whenSettled();
  await rowIn(app, 'done', 'Keynote').waitFor();
  await rowIn(app, 'failed', 'Board rehearsal').waitFor();
}

async function fiveHundredWithRefusals(app: AppHarness): Promise<void> {
  await saveKeys(app, ['assemblyai', 'memories']);
  const folder = join(app.mediaDir, 'Event recordings and photos');
  const kinds = ['mp3', 'wav', 'mp4', 'webm'] as const;
  // Every eighth file a photo (62 of 500), as a folder from an event holds.
  await Promise.all(Array.from({ length: 500 }, (_, i) => {
    const number = String(i + 1).padStart(3, '0');
    if (i % 8 === 7 && i < 8 * 62) return app.media('png', { dir: folder, name: `stage photo ${number}.png` });
    const kind = kinds[i % kinds.length] ?? 'mp3';
    return app.media(kind, { dir: folder, name: `session recording ${number}.${kind}` });
  }));
  await writeFile(join(folder, 'running order.txt'), 'Doors 9:00, keynote 9:30.\n');
  await writeFile(join(folder, 'unfinished-export.mp4'), '');
  await writeFile(join(folder, 'camera settings.mp4'), 'Not a video: notes saved with the wrong name.\n');
  await app.drop([folder]);
  await expectQueueLength(app, 500);
  await app.core.handlers['queue:start']({});
  await app.core.queue.whenSettled();
  await rowIn(app, 'done', 'session recording 001').waitFor({ timeout: 30_000 });
  // Down to the refused photos, at the end of the list (the folder's files come in name order).
  await app.page.locator('.queue-scroll').evaluate((element) => element.scrollTo(0, element.scrollHeight));
}

async function expectQueueLength(app: AppHarness, length: number): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (app.core.queue.snapshot().items.length < length) {
    if (Date.now() > deadline) throw new Error(`The queue holds ${app.core.queue.snapshot().items.length} files, not ${length}.`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

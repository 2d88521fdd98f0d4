// The window's states for one file sent to several services at once (issue 28), for
// `npm run screenshots` and the accessibility check, beside the others in window-states.ts.

import type { ProviderId } from '../../shared/providers.ts';
import { PROVIDER_IDS } from '../../shared/providers.ts';
import type { AppHarness } from './app-harness.ts';

interface State {
  readonly name: string;
  readonly description: string;
  setUp(app: AppHarness): Promise<void>;
}

export const INTERVIEW = 'Interview with Dana — full take.mp3';

async function saveAllKeys(app: AppHarness): Promise<void> {
  for (const provider of PROVIDER_IDS) await app.core.handlers['keys:set']({ provider, key: app.server.keys[provider] });
}

const idOf = (app: AppHarness, name: string, provider: ProviderId): string =>
  app.core.queue.snapshot().items.find((item) => item.name === name && item.provider === provider)?.id ?? '';

/** New files go to AssemblyAI and memories.ai; an interview, a photo AssemblyAI refuses, and a voice note sent to AssemblyAI alone. */
export async function twoServicesUploading(app: AppHarness): Promise<void> {
  await saveAllKeys(app);
  await app.core.handlers['settings:set']({ defaultProvider: 'assemblyai', alsoSendTo: ['memories'] });
  // memories.ai reads the interview slowly enough to be caught mid-way while the pictures are taken.
  app.server.script({ provider: 'memories', kind: 'upload', times: 1, bytesPerSecond: 256 * 1024 });
  const interview = await app.media('mp3', { name: INTERVIEW, size: 64 * 1024 * 1024 });
  const photo = await app.media('png', { name: 'presenter-headshot.png' });
  const voice = await app.media('wav', { name: 'voice-note.wav' });
  await app.addFiles([interview, photo, voice]);
  await app.core.handlers['queue:set-providers']({ ids: [idOf(app, 'voice-note.wav', 'assemblyai')], providers: ['assemblyai'] });
  await app.core.handlers['queue:start']({});
  await app.server.waitFor((r) => r.provider === 'memories' && r.kind === 'upload' && r.bodyBytes > 0, 30_000);
  const lines = app.page.getByRole('list', { name: `Services for ${INTERVIEW}` });
  await lines.getByRole('listitem', { name: 'AssemblyAI' }).and(app.page.locator('[data-status="done"]')).waitFor();
  await lines.getByRole('listitem', { name: 'memories.ai' }).and(app.page.locator('[data-status="uploading"]')).waitFor();
  await app.page.getByRole('list', { name: 'Services for presenter-headshot.png' }).getByRole('listitem', { name: 'memories.ai' })
    .and(app.page.locator('[data-status="done"]')).waitFor({ timeout: 30_000 });
}

export const SEVERAL_SERVICES_STATES: readonly State[] = [
  {
    name: 'several-services',
    description: 'Files sent to AssemblyAI and memories.ai at once: an interview done at AssemblyAI and still uploading to memories.ai, a photo AssemblyAI refuses and memories.ai took, and a voice note sent to AssemblyAI alone.',
    setUp: twoServicesUploading,
  },
  {
    name: 'several-services-choice',
    description: 'A file’s “Several services…” panel open, on the row it made: AssemblyAI and HeyGen ticked, a line for each under the file.',
    async setUp(app) {
      await saveAllKeys(app);
      await app.addFiles([await app.media('mp3', { name: 'podcast-episode-12.mp3' }), await app.media('mp4', { name: 'beach.mp4' })]);
      await app.page.getByRole('combobox', { name: 'Service for podcast-episode-12.mp3' }).selectOption({ label: 'Several services…' });
      await app.page.getByRole('group', { name: 'Send podcast-episode-12.mp3 to' }).getByRole('checkbox', { name: 'HeyGen' }).click();
      await app.page.getByRole('list', { name: 'Services for podcast-episode-12.mp3' }).getByRole('listitem', { name: 'HeyGen' }).waitFor();
    },
  },
];

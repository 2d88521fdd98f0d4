// @vitest-environment node
// What people of ShareX, Dropzone and the like expect: a single upload's link is copied when it
// finishes (a setting, on by default; a batch never overwrites the clipboard), files can start
// uploading as soon as they are added (a setting, off by default), and a finished row drags out
// as its link.

import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { providerError } from '../fixtures/provider-server.ts';
import { E2E_RETRY, type AppHarness } from './app-harness.ts';
import { useSharedApp } from './shared-app.ts';

let app: AppHarness;
let page: Page;

useSharedApp({}, (launched) => ([app, page] = [launched, launched.page]));

const done = (name: string) => page.locator('[role="listitem"][data-status="done"]', { hasText: name });
const linkOf = (name: string) => {
  const item = app.core.queue.snapshot().items.find((i) => i.name === name);
  return item?.status === 'done' ? item.result.url : undefined;
};

const toast = (title: string) => page.locator('.toast', { has: page.getByText(title, { exact: true }) });

describe('links', () => {
  // The person drops a file, starts it, and goes on working in another app: the window is in the
  // background when the upload ends, where Chromium refuses navigator.clipboard. Main copies.
  it('copies the link of a single upload when it finishes, with the window in the background, and says so', async () => {
    await page.evaluate(() => navigator.clipboard.writeText('what the person had copied'));
    await app.drop([await app.media('mp3', { name: 'solo.mp3' })]);
    await app.blur();
    await app.core.handlers['queue:start']({});
    await done('solo.mp3').waitFor();
    await expect.poll(() => app.clipboardText()).toBe(linkOf('solo.mp3'));
    await expect(toast('The link for solo.mp3 was copied.').getAttribute('data-tone')).resolves.toBe('info');
    expect(await page.evaluate(() => document.hasFocus())).toBe(false);
  });

  it('says so when the link could not be copied, and how to copy it', async () => {
    await page.evaluate(() => navigator.clipboard.writeText('what the person had copied'));
    await app.drop([await app.media('mp3', { name: 'unlucky.mp3' })]);
    app.failClipboardWrites(true);
    await page.getByRole('button', { name: 'Upload unlucky.mp3' }).click();
    await done('unlucky.mp3').waitFor();
    const failed = toast('The link for unlucky.mp3 could not be copied.');
    expect(await failed.getAttribute('data-tone')).toBe('error');
    expect(await failed.getAttribute('role')).toBe('alert');
    await failed.getByText('Use its Copy link button in the upload list.').waitFor();
    await app.screenshot('auto-copy-failed');
    expect(await app.clipboardText()).toBe('what the person had copied');
  });

  it('copies with a Copy button in a window in the background: the click brings it to the front', async () => {
    await app.addFiles([await app.media('mp3', { name: 'later.mp3' })]);
    await app.core.handlers['settings:set']({ copyLinkWhenDone: false });
    await app.core.handlers['queue:start']({});
    await done('later.mp3').waitFor();
    await app.blur();
    await page.getByRole('button', { name: 'Copy link for later.mp3' }).click();
    await expect.poll(() => app.clipboardText()).toBe(linkOf('later.mp3'));
    expect(await page.evaluate(() => document.hasFocus())).toBe(true);
  });

  it('never copies on its own after a batch of several', async () => {
    await page.evaluate(() => navigator.clipboard.writeText('what the person had copied'));
    await app.addFiles([await app.media('mp3', { name: 'one.mp3' }), await app.media('wav', { name: 'two.wav' })]);
    await page.getByRole('button', { name: 'Upload all' }).click();
    await done('one.mp3').waitFor();
    await done('two.wav').waitFor();
    await app.core.queue.whenSettled();
    expect(await app.clipboardText()).toBe('what the person had copied');
  });

  // The case: four links copied with "Copy 4 links", then the one failed file retried on
  // its own. That retry is a batch of one, but its link must not replace the four.
  it('never copies on its own after a retry, so links the person copied stay', async () => {
    app.server.script({ provider: 'heygen', kind: 'upload', times: E2E_RETRY.attempts, reply: providerError('heygen', 503) });
    const names = ['a.mp3', 'b.mp3', 'c.wav', 'd.mp4'];
    await app.addFiles([...await Promise.all(names.map((name) => app.media(name.endsWith('.wav') ? 'wav' : name.endsWith('.mp4') ? 'mp4' : 'mp3', { name }))), await app.media('mp3', { name: 'flaky.mp3' })]);
    const flaky = app.core.queue.snapshot().items.find((item) => item.name === 'flaky.mp3');
    await app.core.handlers['queue:set-provider']({ ids: [flaky?.id ?? ''], provider: 'heygen' });
    await page.getByRole('button', { name: 'Upload all' }).click();
    await page.locator('[role="listitem"][data-status="failed"]', { hasText: 'flaky.mp3' }).waitFor();
    await app.core.queue.whenSettled();

    await page.getByRole('region', { name: 'Finished uploads' }).getByRole('button', { name: 'Copy 4 links' }).click();
    const four = names.map((name) => `${name} — ${linkOf(name)}`).join('\n');
    await expect.poll(() => app.clipboardText()).toBe(four);

    await page.getByRole('button', { name: 'Retry flaky.mp3' }).click();
    await done('flaky.mp3').waitFor();
    await app.core.queue.whenSettled();
    await app.core.autoCopy.whenCopied();
    expect(await app.clipboardText()).toBe(four);
    expect(await page.getByText('The link for flaky.mp3 was copied.').count()).toBe(0);
  });

  it('drags a finished row out as its link', async () => {
    await app.addFiles([await app.media('mp4', { name: 'clip.mp4' })]);
    await app.core.handlers['queue:start']({});
    await done('clip.mp4').waitFor();
    const dragged = await page.getByRole('listitem', { name: 'clip.mp4' }).evaluate((row) => {
      const data = new DataTransfer();
      row.dispatchEvent(new DragEvent('dragstart', { dataTransfer: data, bubbles: true, cancelable: true }));
      return { uri: data.getData('text/uri-list'), text: data.getData('text/plain'), draggable: row.getAttribute('draggable') };
    });
    expect(dragged).toEqual({ uri: linkOf('clip.mp4'), text: linkOf('clip.mp4'), draggable: 'true' });
  });
});

describe('uploading as soon as files are added', () => {
  it('starts dropped files at once when the setting is on', async () => {
    await page.getByRole('tab', { name: 'Settings' }).click();
    // A click, not check(): the box shows main's saved setting, a moment after the click.
    await page.getByLabel('Upload them at once').click();
    await expect.poll(() => app.core.settings.get().uploadWhenAdded).toBe(true);
    await app.drop([await app.media('wav', { name: 'instant.wav' })]);
    await page.getByRole('tab', { name: 'Queue' }).click();
    await done('instant.wav').waitFor();
    expect(app.server.uploads('assemblyai')).toHaveLength(1);
  });
});

describe('thumbnails', () => {
  it('shows an image’s own picture, made by main, and the type icon for other files', async () => {
    await app.addFiles([await app.media('png', { name: 'red-dot.png' }), await app.media('mp3', { name: 'tune.mp3' })]);
    const picture = page.getByRole('listitem', { name: 'red-dot.png' }).locator('img.thumbnail');
    await expect.poll(() => picture.getAttribute('src')).toMatch(/^data:image\/png;base64,/);
    // Decoration: the name says what the file is.
    expect(await picture.getAttribute('alt')).toBe('');
    expect(await page.getByRole('listitem', { name: 'tune.mp3' }).locator('img').count()).toBe(0);
    expect(app.sentCalls.filter((c) => c.channel === 'queue:thumbnail')).toHaveLength(1);
  });
});

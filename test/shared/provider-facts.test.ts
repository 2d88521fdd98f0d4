// The provider facts the large-file work relies on, pinned to ../shared/providers/large-files.md
// (each with its source there): where a person gets a key, how a key is checked, and from what
// size each provider's large-file way takes over. A change here is a change of fact: check the
// providers' pages first.

import { describe, expect, it } from 'vitest';
import { deletionNotOffered, PROVIDERS } from '../../shared/providers.ts';
import { englishT } from '../../shared/i18n/english.ts';

describe('provider facts', () => {
  it('sends people to each provider’s key page', () => {
    expect(PROVIDERS.assemblyai.keyPageUrl).toBe('https://www.assemblyai.com/dashboard/api-keys');
    expect(PROVIDERS.wavespeed.keyPageUrl).toBe('https://wavespeed.ai/accesskey');
    // memories.ai documents the way (Console → Payment → API Key Management) on this page.
    expect(PROVIDERS.memories.keyPageUrl).toBe('https://api-tools.memories.ai/visual-search/create-your-key');
    for (const info of Object.values(PROVIDERS)) expect(new URL(info.keyPageUrl).protocol).toBe('https:');
  });

  it('checks keys with the current requests', () => {
    expect(PROVIDERS.heygen.keyCheck).toEqual({ origin: 'https://api.heygen.com', path: '/v3/users/me', method: 'GET' });
    expect(PROVIDERS.wavespeed.keyCheck).toEqual({ origin: 'https://api.wavespeed.ai', path: '/api/v3/balance', method: 'GET' });
    expect(PROVIDERS.assemblyai.keyCheck.path).toBe('/v2/transcript?limit=1');
    expect(PROVIDERS.wavespeed.keyRejectedNote).toMatch(/first top-up/);
  });

  it('takes the large-file way over the documented sizes, and every WAV to HeyGen', () => {
    expect(PROVIDERS.memories.largeUpload).toMatchObject({ overBytes: 500_000_000, ticket: { path: '/serve/api/v2/upload/signed-url' }, storage: { kind: 'multipart', field: 'file' } });
    expect(PROVIDERS.heygen.largeUpload).toMatchObject({ overBytes: 10_000_000, onlyFormats: ['wav'], ticket: { path: '/v3/assets/direct-uploads' }, complete: { path: '/v3/assets/{asset_id}/complete' } });
    expect(PROVIDERS.wavespeed.largeUpload).toMatchObject({ overBytes: 300_000_000, ticket: { path: '/api/v3/media/uploads' }, storage: { kind: 'raw' } });
    expect(PROVIDERS.assemblyai.largeUpload).toBeUndefined();
    expect(PROVIDERS.assemblyai.hardLimitBytes).toBe(2_200_000_000);
    // Nothing the large-file ways take is still refused or warned about by size.
    for (const id of ['memories', 'wavespeed', 'heygen'] as const) {
      expect(PROVIDERS[id].hardLimitBytes).toBeUndefined();
      expect(PROVIDERS[id].softLimitBytes).toBeUndefined();
    }
  });

  it('deletes where the provider can, and says where it cannot', () => {
    expect(PROVIDERS.memories.deleteUpload).toMatchObject({ path: '/serve/api/v2/{asset_id}', method: 'DELETE' });
    expect(PROVIDERS.heygen.deleteUpload).toMatchObject({ path: '/v3/assets/{asset_id}', method: 'DELETE' });
    expect(deletionNotOffered(englishT(), PROVIDERS.memories)).toBeUndefined();
    expect(deletionNotOffered(englishT(), PROVIDERS.assemblyai)).toBe('AssemblyAI offers no way to delete an upload. AssemblyAI keeps uploaded files for about 2 days.');
  });
});

// The upload command's usage text, apart from the command itself so `--help` loads no engine.

import { PROVIDER_IDS, PROVIDERS } from '../../shared/providers.ts';
import { CONCURRENCY } from '../../shared/settings-limits.ts';
import { DEFAULT_SETTINGS } from '../../shared/settings-types.ts';
import { REGION_CHOICES, REGION_HELP } from './region-option.ts';

export const UPLOAD_USAGE = `Usage: media-uploader upload <file or folder>... --provider ${PROVIDER_IDS.join('|')}[,…]
         [--key NAME] [--region ${REGION_CHOICES}] [--base-url URL] [--concurrency N] [--json] [--next] [--keep-location] [--convert] [--reuse] [--wait]
         [--offline-wait DURATION]

  --provider      where the files go (required); several, separated by commas, send each file
                  to each of them (assemblyai,memories): an upload and a line for each
  --key           which of the (first) provider's saved keys (media-uploader keys list); without it, the
                  key in its environment variable if set, else its default key. The key that made
                  each upload is recorded (its name and id, never the key: "key" in --json)
  --region        ${REGION_HELP}
  --base-url      send to this server instead of the provider's (keeps the documented path)
  --concurrency   uploads at once, ${CONCURRENCY.min} to ${CONCURRENCY.max} (default ${DEFAULT_SETTINGS.concurrency})
  --json          one JSON object per file per line on stdout, nothing else
  --next          also print each uploaded file's usual next request as a curl command
                  (the key stays in its environment variable, e.g. $HEYGEN_API_KEY)
  --keep-location send photos and videos with their location (GPS) data; by default a copy
                  without it is sent and the file itself is left as it is
  --convert       convert a file the provider does not take into a format it does, and send
                  that: MOV to MP4 (nothing re-encoded where the codecs allow), FLAC, M4A,
                  OGG or AAC to MP3, GIF, WebP, BMP or TIFF to PNG; the file itself stays
  --wait          wait until the provider says each upload is ready to use (memories.ai,
                  HeyGen), instead of reporting as soon as it has the bytes
  --offline-wait  when the provider cannot be reached (no connection), wait this long for it
                  before uploads fail, e.g. 90s, 10m (default 5m)
  --reuse         a file already uploaded to the same provider with the same key (same size
                  and fingerprint, link not expired, per the history) is not sent again: its
                  link is reused
`;

export function providerList(): string {
  return PROVIDER_IDS.map((id) => `  ${id.padEnd(11)} ${PROVIDERS[id].name} (key from ${PROVIDERS[id].keyEnvVar} or 'media-uploader keys set ${id}')`).join('\n');
}

// curl as the yardstick: the same file to the same sink, as a person would type it.
//   raw:        curl -T FILE -X POST -H @auth -H 'Content-Type: application/octet-stream' URL
//   multipart:  curl -F 'file=@FILE;type=MIME' -H @auth URL

import { PROVIDERS, type ProviderId } from '../../shared/providers.ts';
import { expectSuccess, timed, type TimedRun } from './timed-process.ts';

export interface CurlUpload {
  readonly file: string;
  readonly provider: ProviderId;
  readonly baseUrl: string;
  readonly authFile: string;
  readonly mime: string;
}

export function curlArgs(upload: CurlUpload): string[] {
  const info = PROVIDERS[upload.provider];
  const url = `${upload.baseUrl}${info.upload.path}`;
  const common = ['-sS', '--fail', '-o', '/dev/null', '-H', `@${upload.authFile}`];
  if (info.body.kind === 'multipart') return [...common, '-F', `${info.body.field}=@${upload.file};type=${upload.mime}`, url];
  return [...common, '-T', upload.file, '-X', 'POST', '-H', 'Content-Type: application/octet-stream', url];
}

export async function timedCurl(upload: CurlUpload, options: { cpu?: boolean } = {}): Promise<TimedRun> {
  return expectSuccess(await timed('curl', curlArgs(upload), {}, options), 'curl');
}

/** A shell loop of curl, one file after another, as a script without the CLI would do it. */
export async function timedCurlLoop(files: readonly string[], upload: Omit<CurlUpload, 'file'>): Promise<TimedRun> {
  const args = curlArgs({ ...upload, file: '__FILE__' }).map((a) => a.replace('__FILE__', '$f'));
  // The file list comes in as arguments, the curl words are single-quoted except the file.
  const words = args.map((a) => (a.includes('$f') ? `"${a.replaceAll('"', '\\"')}"` : `'${a.replaceAll("'", "'\\''")}'`)).join(' ');
  const script = `for f in "$@"; do curl ${words} || exit 1; done`;
  return expectSuccess(await timed('bash', ['-c', script, 'curl-loop', ...files]), 'the curl loop');
}

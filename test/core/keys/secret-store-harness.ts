// Shared by the keychain tests: run the child, remember every byte any process printed (for
// the final scan proving no key ever appears), and tell whether a Secret Service answers here.

import { runProcess } from '../../fixtures/run-process.ts';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';

const CHILD = fileURLToPath(new URL('./secret-store-child.ts', import.meta.url));

/** Everything any process in these tests wrote, to be scanned for keys at the end. */
export const transcript: string[] = [];
/** Every key these tests handed out. */
export const issuedKeys: string[] = [];

export function newKey(label: string): string {
  const key = `${label}-${randomBytes(12).toString('hex')}`;
  issuedKeys.push(key);
  return key;
}

export function testService(): string {
  return `media-uploader-test-${process.pid}-${randomBytes(3).toString('hex')}`;
}

export interface ChildAnswer {
  readonly code: number | null;
  readonly answer: Record<string, unknown>;
  readonly stderr: string;
}

export async function runChild(args: string[], options: { env?: NodeJS.ProcessEnv; input?: string; wrap?: string[] } = {}): Promise<ChildAnswer> {
  const command = options.wrap === undefined ? process.execPath : (options.wrap[0] as string);
  const argv = options.wrap === undefined ? [CHILD, ...args] : [...options.wrap.slice(1), process.execPath, CHILD, ...args];
  const { code, stdout, stderr } = await runProcess(command, argv, options);
  transcript.push(stdout, stderr);
  // The answer is the child's last JSON line (a D-Bus daemon may print before it).
  const last = stdout.trimEnd().split('\n').reverse().find((line) => line.startsWith('{'));
  return { code, answer: last === undefined ? {} : (JSON.parse(last) as Record<string, unknown>), stderr };
}

/** The backend a child process finds with this environment. */
export async function backendIn(env: NodeJS.ProcessEnv): Promise<{ backend?: string; persistent?: boolean }> {
  return (await runChild(['describe', testService()], { env })).answer;
}

export const onLinux = process.platform === 'linux';

/** Why the Secret Service tests cannot run here, or undefined when they can. */
export async function secretServiceMissing(): Promise<string | undefined> {
  if (!onLinux) return `these tests drive the Linux Secret Service; this is ${process.platform}`;
  const found = await backendIn(process.env);
  if (found.backend === 'Secret Service') return undefined;
  return `no Secret Service answers on the session D-Bus (DBUS_SESSION_BUS_ADDRESS=${process.env.DBUS_SESSION_BUS_ADDRESS ?? 'unset'}). ` +
    `Run the tests inside: dbus-run-session -- bash -c 'eval "$(printf "\\n" | gnome-keyring-daemon --unlock --components=secrets)"; npx vitest run' (as .ci/run does)`;
}

export function scanForKeys(): string[] {
  const all = transcript.join('\n');
  return issuedKeys.filter((key) => all.includes(key) || all.includes(key.slice(-12)));
}

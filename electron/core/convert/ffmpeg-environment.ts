// The environment ffmpeg runs with: only what it needs to start and to read the system's
// locale and time zone, never the rest of this process's. The app's and the CLI's environment
// can hold keys (HEYGEN_API_KEY for the CLI, a CI's secrets) and settings (MEDIA_UPLOADER_*),
// and ffmpeg reads untrusted files: nothing it could leak should be within its reach.

// PATH: the binary finds nothing else by it, but a platform's loader may. SystemRoot and WINDIR:
// Windows programs fail to start their networking and crypto parts without them. TEMP/TMP/TMPDIR:
// where a library may put a scratch file. LANG/LC_*/TZ: messages and dates as the person's system has them.
const PASSED = new Set(['PATH', 'SYSTEMROOT', 'WINDIR', 'TEMP', 'TMP', 'TMPDIR', 'LANG', 'LC_ALL', 'LC_CTYPE', 'LC_MESSAGES', 'TZ']);

/** The variables of `from` that ffmpeg may see; names compared without case, as Windows does. */
export function ffmpegEnvironment(from: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(from)) {
    if (value !== undefined && PASSED.has(name.toUpperCase())) env[name] = value;
  }
  return env;
}

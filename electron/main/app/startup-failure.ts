// What the person is told when the app cannot start. A packaged app has no console, so this
// goes into a native error box: one sentence they can act on, then the system's own words for
// whoever helps them. The causes a person can fix themselves are the data folder's.

const FOLDER_REFUSED = new Set(['EACCES', 'EPERM', 'EROFS']);

export function startupFailure(error: unknown, dataDir: string): { title: string; message: string } {
  const detail = error instanceof Error ? error.message : String(error);
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const advice = code === 'ENOSPC'
    ? `The disk that holds ${dataDir} is full: free some space, then open Media Uploader again.`
    : code !== undefined && FOLDER_REFUSED.has(code)
      ? `Media Uploader may not write to its folder ${dataDir}: give your user account access to it, then open Media Uploader again.`
      : 'Close any other copy of Media Uploader and open it again; if this keeps happening, restart the computer.';
  return { title: 'Media Uploader could not start.', message: `${advice}\n\nWhat the system said: ${detail}` };
}

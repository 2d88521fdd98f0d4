// How ffmpeg is told which file to read. ffmpeg's image2 demuxer reads a name such as `b%d.bmp`
// as a numbered sequence (b1.bmp, b2.bmp…), `file:` prefix or not, so the file converted and
// sent could be its neighbour. The format is known from the file's own bytes (file-inspect.ts),
// so ffmpeg is told it instead of guessing from the name: a still picture is read by image2 with
// patterns off and its decoder named; a GIF by the GIF demuxer, which knows no patterns.
// `-pattern_type none` cannot go on every input: ffmpeg 4.1 (the shipped build) refuses an
// option the chosen demuxer lacks ("Option pattern_type not found"), as on an MP4. Feeding the
// file on stdin would avoid names altogether, but 4.1's TIFF and WebP pipe readers find no
// picture that way, and a video's index may sit at its end, which a pipe cannot seek to.

const STILL_DECODERS: Readonly<Record<string, string>> = { jpg: 'mjpeg', png: 'png', bmp: 'bmp', tif: 'tiff', webp: 'webp' };

/** The arguments up to and including `-i <file>` for a file of `formatId` (shared/media-formats.ts). */
export function ffmpegInput(path: string, formatId: string): string[] {
  // `file:` so that a name with a colon is never read as another ffmpeg protocol.
  const input = `file:${path}`;
  const decoder = STILL_DECODERS[formatId];
  if (decoder !== undefined) return ['-f', 'image2', '-pattern_type', 'none', '-c:v', decoder, '-i', input];
  if (formatId === 'gif') return ['-f', 'gif', '-i', input];
  return ['-i', input];
}

/**
 * Whether ffmpeg chose to read a video or a sound (`formatId`) as a numbered sequence of
 * pictures: a file named like one (`clip%d.png`) whose bytes are not a picture. It would read
 * the neighbours. (A still picture is read by image2 on purpose, with patterns off.)
 */
export function readAsPictureSequence(report: string, formatId: string): boolean {
  return STILL_DECODERS[formatId] === undefined && /^Input #0, image2,/m.test(report);
}

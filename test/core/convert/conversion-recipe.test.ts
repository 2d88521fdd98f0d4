// Reading ffmpeg's report of a file, and which streams a conversion copies or encodes again.

import { describe, expect, it } from 'vitest';
import { conversionRecipe } from '../../../electron/core/convert/conversion-recipe.ts';
import { outsideAsar } from '../../../electron/core/convert/ffmpeg-binary.ts';
import { parseProbe, type Probe } from '../../../electron/core/convert/media-probe.ts';

// What ffmpeg 4.1 (the shipped build) prints for `ffmpeg -i` of an iPhone-style MOV.
const MOV_REPORT = `Input #0, mov,mp4,m4a,3gp,3g2,mj2, from 'file:/tmp/clip.mov':
  Metadata:
    major_brand     : qt
    creation_time   : 2026-11-20T10:00:00.000000Z
    com.apple.quicktime.location.ISO6709: +48.8577+002.2950+035.000/
  Duration: 00:01:02.50, start: 0.000000, bitrate: 194 kb/s
    Stream #0:0(und): Video: hevc (Main) (hvc1 / 0x31637668), yuv420p(tv), 1920x1080, 7000 kb/s, 30 fps (default)
    Metadata:
      handler_name    : Core Media Video
    Stream #0:1(und): Audio: aac (LC) (mp4a / 0x6134706D), 44100 Hz, stereo, fltp, 96 kb/s (default)
    Stream #0:2(und): Data: none (mebx / 0x7862656D), 0 kb/s (default)
At least one output file must be specified
`;

const probe = (streams: Probe['streams'], durationSeconds = 1): Probe => ({ streams, durationSeconds, hasLocation: false });

describe('parseProbe', () => {
  it('reads streams, duration and a location key from ffmpeg\'s report', () => {
    expect(parseProbe(MOV_REPORT)).toEqual({
      streams: [
        { type: 'video', codec: 'hevc', stillPicture: false },
        { type: 'audio', codec: 'aac', stillPicture: false },
        { type: 'other', codec: 'none', stillPicture: false },
      ],
      durationSeconds: 62.5,
      hasLocation: true,
    });
  });

  it('gives nothing for a file ffmpeg could not open, and no duration for a still image', () => {
    expect(parseProbe('file:/tmp/broken.mov: Invalid data found when processing input\n')).toBeUndefined();
    const still = parseProbe("Input #0, png_pipe, from 'x.png':\n  Duration: N/A, bitrate: N/A\n    Stream #0:0: Video: png, rgb24(pc), 1x1, 25 tbr\n");
    expect(still).toEqual({ streams: [{ type: 'video', codec: 'png', stillPicture: false }], durationSeconds: undefined, hasLocation: false });
  });
});

describe('conversionRecipe', () => {
  it('remuxes H.264 or HEVC with AAC into MP4, copying every stream', () => {
    const recipe = conversionRecipe({ to: 'mp4', probe: parseProbe(MOV_REPORT) as Probe, keepMetadata: false });
    expect(recipe?.reencoded).toBe('nothing');
    expect(recipe?.args).toEqual(['-map', '0:V:0', '-c:v', 'copy', '-tag:v', 'hvc1', '-map', '0:a:0', '-c:a:0', 'copy', '-map_metadata', '-1', '-movflags', '+faststart', '-f', 'mp4']);
  });

  it('encodes only the stream MP4 cannot hold', () => {
    expect(conversionRecipe({ to: 'mp4', probe: probe([{ type: 'video', codec: 'prores', stillPicture: false }, { type: 'audio', codec: 'aac', stillPicture: false }]), keepMetadata: true })?.reencoded).toBe('video');
    expect(conversionRecipe({ to: 'mp4', probe: probe([{ type: 'video', codec: 'h264', stillPicture: false }, { type: 'audio', codec: 'pcm_s16le', stillPicture: false }]), keepMetadata: true })?.reencoded).toBe('audio');
    expect(conversionRecipe({ to: 'mp4', probe: probe([{ type: 'video', codec: 'mpeg2video', stillPicture: false }, { type: 'audio', codec: 'mp2', stillPicture: false }]), keepMetadata: true })?.reencoded).toBe('video and audio');
  });

  it('copies the metadata only when location may go too', () => {
    const audio = probe([{ type: 'audio', codec: 'flac', stillPicture: false }]);
    expect(conversionRecipe({ to: 'mp3', probe: audio, keepMetadata: true })?.args.join(' ')).toContain('-map_metadata 0');
    expect(conversionRecipe({ to: 'mp3', probe: audio, keepMetadata: false })?.args.join(' ')).toContain('-map_metadata -1');
  });

  it('makes nothing where the file has no stream of the kind needed', () => {
    expect(conversionRecipe({ to: 'mp3', probe: probe([{ type: 'video', codec: 'gif', stillPicture: false }]), keepMetadata: false })).toBeUndefined();
    expect(conversionRecipe({ to: 'png', probe: probe([{ type: 'audio', codec: 'flac', stillPicture: false }]), keepMetadata: false })).toBeUndefined();
  });
});

describe('outsideAsar', () => {
  it('points into app.asar.unpacked, where a packaged app\'s binary can run', () => {
    expect(outsideAsar('/opt/Media Uploader/resources/app.asar/node_modules/@ffmpeg-installer/linux-x64/ffmpeg'))
      .toBe('/opt/Media Uploader/resources/app.asar.unpacked/node_modules/@ffmpeg-installer/linux-x64/ffmpeg');
    expect(outsideAsar('/work/node_modules/@ffmpeg-installer/linux-x64/ffmpeg')).toBe('/work/node_modules/@ffmpeg-installer/linux-x64/ffmpeg');
  });
});

// The ffmpeg arguments that turn a probed file into the target format, copying every stream the
// target can hold and encoding only the rest. Pure: tests pin which file gets which treatment.

import type { Conversion } from '../../../shared/conversions.ts';
import type { Probe } from './media-probe.ts';

export interface Recipe {
  /** Arguments after the input and before the output. */
  readonly args: readonly string[];
  readonly reencoded: Conversion['reencoded'];
}

export interface RecipeRequest {
  readonly to: string;
  readonly probe: Probe;
  /** Keep the file's metadata; otherwise none is copied, so no location can ride along. */
  readonly keepMetadata: boolean;
}

// What MP4 holds as it is and every player (and HeyGen) takes: H.264 or HEVC video, AAC audio.
const MP4_VIDEO = new Set(['h264', 'hevc']);
const MP4_AUDIO = new Set(['aac']);

// Chosen so a person would not see or hear a difference: x264's CRF 18 is about visually
// lossless, and "veryfast" keeps a machine responsive with little size cost at that quality;
// AAC at 192 kb/s and LAME's VBR quality 2 (~190 kb/s) are transparent for most listeners.
const H264 = ['-c:v', 'libx264', '-preset', 'veryfast', '-crf', '18', '-pix_fmt', 'yuv420p', '-vf', 'scale=trunc(iw/2)*2:trunc(ih/2)*2'];
const AAC = ['aac', '-b:a', '192k'];
const MP3 = ['-c:a', 'libmp3lame', '-q:a', '2'];

export function conversionRecipe({ to, probe, keepMetadata }: RecipeRequest): Recipe | undefined {
  // The metadata of the file: none unless location may go too (chapters carry no location).
  const metadata = keepMetadata ? ['-map_metadata', '0'] : ['-map_metadata', '-1'];
  const video = probe.streams.filter((s) => s.type === 'video' && !s.stillPicture);
  const audio = probe.streams.filter((s) => s.type === 'audio');
  switch (to) {
    case 'mp4': {
      if (video.length === 0 && audio.length === 0) return undefined;
      const first = video[0];
      const copyVideo = first !== undefined && MP4_VIDEO.has(first.codec);
      const videoArgs = first === undefined ? [] : copyVideo ? ['-map', '0:V:0', '-c:v', 'copy', ...(first.codec === 'hevc' ? ['-tag:v', 'hvc1'] : [])] : ['-map', '0:V:0', ...H264];
      // Every audio track, each copied where MP4 holds it as it is.
      const audioArgs = audio.flatMap((s, i) => ['-map', `0:a:${i}`, `-c:a:${i}`, ...(MP4_AUDIO.has(s.codec) ? ['copy'] : AAC)]);
      const videoEncoded = first !== undefined && !copyVideo;
      const audioEncoded = audio.some((s) => !MP4_AUDIO.has(s.codec));
      const reencoded = videoEncoded && audioEncoded ? 'video and audio' : videoEncoded ? 'video' : audioEncoded ? 'audio' : 'nothing';
      // +faststart puts the index first, so the provider can read the video as it streams in.
      return { args: [...videoArgs, ...audioArgs, ...metadata, '-movflags', '+faststart', '-f', 'mp4'], reencoded };
    }
    case 'mp3':
      if (audio.length === 0) return undefined;
      return { args: ['-map', '0:a:0', '-vn', ...MP3, ...metadata, '-id3v2_version', '3', '-f', 'mp3'], reencoded: 'audio' };
    case 'png':
    case 'jpg': {
      if (probe.streams.every((s) => s.type !== 'video')) return undefined;
      const codec = to === 'png' ? ['-c:v', 'png'] : ['-c:v', 'mjpeg', '-q:v', '2'];
      // One picture: the first frame of an animation (the caller says so in the row).
      return { args: ['-map', '0:v:0', '-frames:v', '1', ...codec, ...metadata, '-f', 'image2', '-update', '1'], reencoded: 'video' };
    }
    default:
      return undefined;
  }
}

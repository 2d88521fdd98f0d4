// Which conversion is offered for which provider, the words for what was done, and the refusal
// sentence that names the conversion (the window's button, the CLI's option) only where one exists.

import { describe, expect, it } from 'vitest';
import { conversionSentence, conversionTarget, keptConversion } from '../../shared/conversions.ts';
import { providerRefusal } from '../../shared/provider-rules.ts';
import { PROVIDERS } from '../../shared/providers.ts';
import { englishT } from '../../shared/i18n/english.ts';

describe('conversionTarget', () => {
  it.each([
    ['mov', 'mp4'], ['avi', 'mp4'], ['mkv', 'mp4'],
    ['flac', 'mp3'], ['m4a', 'mp3'], ['ogg', 'mp3'], ['aac', 'mp3'], ['opus', 'mp3'],
    ['gif', 'png'], ['webp', 'png'], ['bmp', 'png'], ['tif', 'png'],
  ])('HeyGen: %s becomes %s', (from, to) => {
    expect(conversionTarget(PROVIDERS.heygen, from)).toBe(to);
  });

  it('offers nothing for what HeyGen already takes: WAV goes through its v3 upload as it is', () => {
    for (const id of ['wav', 'mp3', 'mp4', 'webm', 'png', 'jpg']) expect(conversionTarget(PROVIDERS.heygen, id)).toBeUndefined();
  });

  it('offers nothing where no format of the same kind is taken (an image for AssemblyAI), or the format is unknown', () => {
    expect(conversionTarget(PROVIDERS.assemblyai, 'png')).toBeUndefined();
    expect(conversionTarget(PROVIDERS.heygen, undefined)).toBeUndefined();
    expect(conversionTarget(PROVIDERS.heygen, 'pdf')).toBeUndefined();
  });
});

describe('the refusal sentence', () => {
  const mov = { name: 'a.mov', size: 10, formatId: 'mov' };

  it('names the window\'s button by default and the CLI\'s option on a terminal', () => {
    expect(providerRefusal(PROVIDERS.heygen, mov)?.message).toBe('HeyGen does not accept QuickTime video files. It takes video only as MP4 or WebM: press Convert and upload to send it as MP4 video, or choose another service for this one.');
    expect(providerRefusal(PROVIDERS.heygen, mov, { surface: 'terminal' })?.message).toContain('add --convert to convert it to MP4 video first');
  });

  it('lists the formats it takes of the file\'s kind, and only the kinds when it takes none of that kind', () => {
    expect(providerRefusal(PROVIDERS.heygen, { name: 'a.gif', size: 10, formatId: 'gif' })?.message).toContain('It takes images only as PNG or JPEG:');
    expect(providerRefusal(PROVIDERS.heygen, { name: 'a.flac', size: 10, formatId: 'flac' })?.message).toContain('It takes audio only as MP3 or WAV:');
    expect(providerRefusal(PROVIDERS.memories, { name: 'a.opus', size: 10, formatId: 'opus' })?.message).toContain('It takes audio only as MP3, WAV, AAC, FLAC, OGG or M4A:');
    expect(providerRefusal(PROVIDERS.assemblyai, { name: 'a.gif', size: 10, formatId: 'gif' })?.message).toContain('It takes only audio and video files:');
  });

  it('offers no conversion where none exists', () => {
    const message = providerRefusal(PROVIDERS.assemblyai, { name: 'a.png', size: 10, formatId: 'png' })?.message;
    expect(message).toBe('AssemblyAI does not accept PNG image files. It takes only audio and video files: choose another service for this one.');
  });

  it('lifts the refusal once a conversion is asked for, but not the size limit', () => {
    expect(providerRefusal(PROVIDERS.heygen, mov, { convert: true })).toBeUndefined();
    expect(providerRefusal(PROVIDERS.assemblyai, { name: 'a.png', size: 10, formatId: 'png' }, { convert: true })?.code).toBe('UNSUPPORTED_TYPE');
    expect(providerRefusal(PROVIDERS.assemblyai, { name: 'a.mov', size: 3e9, formatId: 'mov' }, { convert: true })?.code).toBe('TOO_LARGE');
  });
});

describe('conversionSentence', () => {
  it('says what was done in a person\'s words', () => {
    expect(conversionSentence(englishT(), { from: 'mov', to: 'mp4', reencoded: 'nothing' })).toBe('Converted from MOV to MP4 (video and sound unchanged)');
    expect(conversionSentence(englishT(), { from: 'avi', to: 'mp4', reencoded: 'video and audio' })).toBe('Converted from AVI to MP4 (video and sound converted)');
    expect(conversionSentence(englishT(), { from: 'flac', to: 'mp3', reencoded: 'audio' })).toBe('Converted from FLAC to MP3');
    expect(conversionSentence(englishT(), { from: 'tif', to: 'png', reencoded: 'video' })).toBe('Converted from TIFF to PNG');
    expect(conversionSentence(englishT(), { from: 'gif', to: 'png', reencoded: 'video', firstFrameOnly: true })).toBe('Converted from GIF to PNG, first frame only (it was an animation)');
  });

  it('keeps from a saved list only a conversion that makes sense', () => {
    expect(keptConversion({ from: 'mov', to: 'mp4', reencoded: 'nothing', extra: 1 })).toEqual({ from: 'mov', to: 'mp4', reencoded: 'nothing' });
    expect(keptConversion({ from: 'mov', to: 'exe', reencoded: 'nothing' })).toBeUndefined();
    expect(keptConversion({ from: 'mov', to: 'mp4', reencoded: 'some' })).toBeUndefined();
    expect(keptConversion('mov')).toBeUndefined();
  });
});

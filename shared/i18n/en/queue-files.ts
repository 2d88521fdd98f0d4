// The queue words in en about files: what a file is ("PNG image"), what a service takes, the
// notices after a drop, a paste or Add files…, and sending refused files to another service.
// queue.ts joins them to the rest of the namespace.

import type { Catalogue } from '../catalogue-types.ts';

export default {
  // What a file is, by its format's name: "PNG image", "HEIC photo", "Windows Media video".
  types: {
    image: '{{format}} image',
    photo: '{{format}} photo',
    video: '{{format}} video',
    audio: '{{format}} audio',
  },
  // What a service takes, by the kinds of file it accepts: a heading ("Drop audio or video files
  // here") and a phrase ("Takes audio and video.").
  dropKinds: {
    image: 'Drop images files here',
    audio: 'Drop audio files here',
    video: 'Drop video files here',
    image_audio: 'Drop images or audio files here',
    image_video: 'Drop images or video files here',
    audio_video: 'Drop audio or video files here',
    image_audio_video: 'Drop images, audio or video files here',
  },
  takesKinds: {
    image: 'images',
    audio: 'audio',
    video: 'video',
    image_audio: 'images and audio',
    image_video: 'images and video',
    audio_video: 'audio and video',
    image_audio_video: 'images, audio and video',
  },
  refused: {
    image_one: 'Send the {{count, number}} image to {{service}}',
    image_other: 'Send the {{count, number}} images to {{service}}',
    video_one: 'Send the {{count, number}} video to {{service}}',
    video_other: 'Send the {{count, number}} videos to {{service}}',
    audio_one: 'Send the {{count, number}} audio file to {{service}}',
    audio_other: 'Send the {{count, number}} audio files to {{service}}',
    file_one: 'Send the {{count, number}} file to {{service}}',
    file_other: 'Send the {{count, number}} files to {{service}}',
  },
  add: {
    failed: 'The files could not be added.',
    notOnDisk: 'Nothing was added.',
    notOnDiskLine: 'What you dropped is not a file on this computer. Drag files or folders from a folder window instead.',
    pasteFailed: 'What you pasted could not be added.',
    nothingToPaste: 'There was nothing to paste.',
    nothingToPasteLine: 'Copy files in a folder window, or copy an image, then press Ctrl+V (⌘V on a Mac) in this window.',
    added_one: '{{count, number}} file added to the queue.',
    added_other: '{{count, number}} files added to the queue.',
  },
  move: {
    failed: 'The service could not be changed.',
    moved_one: '{{count, number}} file will go to {{service}}.',
    moved_other: '{{count, number}} files will go to {{service}}.',
    undo: 'Undo',
    undoFailed: 'The change could not be undone.',
    defaultKeyFailed: 'That key could not be made the default.',
  },
} as const satisfies Catalogue;

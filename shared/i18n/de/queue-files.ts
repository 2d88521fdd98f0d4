// The queue words in de about files: what a file is ("PNG image"), what a service takes, the
// notices after a drop, a paste or Add files…, and sending refused files to another service.
// queue.ts joins them to the rest of the namespace.

import type { Catalogue } from '../catalogue-types.ts';

export default {
  types: {
    image: '{{format}}-Bild',
    photo: '{{format}}-Foto',
    video: '{{format}}-Video',
    audio: '{{format}}-Audio',
  },
  dropKinds: {
    image: 'Bilder hier ablegen',
    audio: 'Audiodateien hier ablegen',
    video: 'Videodateien hier ablegen',
    image_audio: 'Bilder oder Audiodateien hier ablegen',
    image_video: 'Bilder oder Videodateien hier ablegen',
    audio_video: 'Audio- oder Videodateien hier ablegen',
    image_audio_video: 'Bilder, Audio- oder Videodateien hier ablegen',
  },
  takesKinds: {
    image: 'Bilder',
    audio: 'Audio',
    video: 'Video',
    image_audio: 'Bilder und Audio',
    image_video: 'Bilder und Video',
    audio_video: 'Audio und Video',
    image_audio_video: 'Bilder, Audio und Video',
  },
  refused: {
    image_one: '{{count, number}} Bild an {{service}} senden',
    image_other: 'Die {{count, number}} Bilder an {{service}} senden',
    video_one: '{{count, number}} Video an {{service}} senden',
    video_other: 'Die {{count, number}} Videos an {{service}} senden',
    audio_one: '{{count, number}} Audiodatei an {{service}} senden',
    audio_other: 'Die {{count, number}} Audiodateien an {{service}} senden',
    file_one: '{{count, number}} Datei an {{service}} senden',
    file_other: 'Die {{count, number}} Dateien an {{service}} senden',
  },
  add: {
    failed: 'Die Dateien konnten nicht hinzugefügt werden.',
    notOnDisk: 'Es wurde nichts hinzugefügt.',
    notOnDiskLine: 'Was Sie abgelegt haben, ist keine Datei auf diesem Computer. Ziehen Sie stattdessen Dateien oder Ordner aus einem Ordnerfenster.',
    pasteFailed: 'Was Sie eingefügt haben, konnte nicht hinzugefügt werden.',
    nothingToPaste: 'Es gab nichts einzufügen.',
    nothingToPasteLine: 'Kopieren Sie Dateien in einem Ordnerfenster oder kopieren Sie ein Bild und drücken Sie dann in diesem Fenster Strg+V (⌘V auf dem Mac).',
    added_one: '{{count, number}} Datei zur Warteschlange hinzugefügt.',
    added_other: '{{count, number}} Dateien zur Warteschlange hinzugefügt.',
  },
  move: {
    failed: 'Der Dienst konnte nicht geändert werden.',
    moved_one: '{{count, number}} Datei geht an {{service}}.',
    moved_other: '{{count, number}} Dateien gehen an {{service}}.',
    undo: 'Rückgängig',
    undoFailed: 'Die Änderung konnte nicht rückgängig gemacht werden.',
    defaultKeyFailed: 'Dieser Schlüssel konnte nicht zum Standard gemacht werden.',
  },
} as const satisfies Catalogue;

// The queue words in ja about files: what a file is ("PNG image"), what a service takes, the
// notices after a drop, a paste or Add files…, and sending refused files to another service.
// queue.ts joins them to the rest of the namespace.

import type { Catalogue } from '../catalogue-types.ts';

export default {
  types: {
    image: '{{format}} 画像',
    photo: '{{format}} 写真',
    video: '{{format}} 動画',
    audio: '{{format}} 音声',
  },
  dropKinds: {
    image: 'ここに画像をドロップ',
    audio: 'ここに音声ファイルをドロップ',
    video: 'ここに動画ファイルをドロップ',
    image_audio: 'ここに画像または音声ファイルをドロップ',
    image_video: 'ここに画像または動画ファイルをドロップ',
    audio_video: 'ここに音声または動画ファイルをドロップ',
    image_audio_video: 'ここに画像、音声、動画ファイルをドロップ',
  },
  takesKinds: {
    image: '画像',
    audio: '音声',
    video: '動画',
    image_audio: '画像と音声',
    image_video: '画像と動画',
    audio_video: '音声と動画',
    image_audio_video: '画像、音声、動画',
  },
  refused: {
    image_other: '{{count, number}} 件の画像を {{service}} に送る',
    video_other: '{{count, number}} 件の動画を {{service}} に送る',
    audio_other: '{{count, number}} 件の音声ファイルを {{service}} に送る',
    file_other: '{{count, number}} 件のファイルを {{service}} に送る',
  },
  add: {
    failed: 'ファイルを追加できませんでした。',
    notOnDisk: '何も追加されませんでした。',
    notOnDiskLine: 'ドロップしたものはこのコンピューター上のファイルではありません。フォルダーのウィンドウからファイルやフォルダーをドラッグしてください。',
    pasteFailed: '貼り付けたものを追加できませんでした。',
    nothingToPaste: '貼り付けるものがありませんでした。',
    nothingToPasteLine: 'フォルダーのウィンドウでファイルをコピーするか画像をコピーしてから、このウィンドウで Ctrl+V（Mac では ⌘V）を押してください。',
    added_other: '{{count, number}} 件のファイルをリストに追加しました。',
  },
  move: {
    failed: 'サービスを変更できませんでした。',
    moved_other: '{{count, number}} 件のファイルを {{service}} に送ります。',
    undo: '元に戻す',
    undoFailed: '変更を元に戻せませんでした。',
    defaultKeyFailed: 'そのキーをデフォルトにできませんでした。',
  },
} as const satisfies Catalogue;

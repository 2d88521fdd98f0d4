// The queue words in zh-CN about files: what a file is ("PNG image"), what a service takes, the
// notices after a drop, a paste or Add files…, and sending refused files to another service.
// queue.ts joins them to the rest of the namespace.

import type { Catalogue } from '../catalogue-types.ts';

export default {
  types: {
    image: '{{format}} 图片',
    photo: '{{format}} 照片',
    video: '{{format}} 视频',
    audio: '{{format}} 音频',
  },
  dropKinds: {
    image: '将图片拖放到此处',
    audio: '将音频文件拖放到此处',
    video: '将视频文件拖放到此处',
    image_audio: '将图片或音频文件拖放到此处',
    image_video: '将图片或视频文件拖放到此处',
    audio_video: '将音频或视频文件拖放到此处',
    image_audio_video: '将图片、音频或视频文件拖放到此处',
  },
  takesKinds: {
    image: '图片',
    audio: '音频',
    video: '视频',
    image_audio: '图片和音频',
    image_video: '图片和视频',
    audio_video: '音频和视频',
    image_audio_video: '图片、音频和视频',
  },
  refused: {
    image_other: '将这 {{count, number}} 张图片发送到 {{service}}',
    video_other: '将这 {{count, number}} 个视频发送到 {{service}}',
    audio_other: '将这 {{count, number}} 个音频文件发送到 {{service}}',
    file_other: '将这 {{count, number}} 个文件发送到 {{service}}',
  },
  add: {
    failed: '无法添加这些文件。',
    notOnDisk: '未添加任何内容。',
    notOnDiskLine: '你拖放的不是这台电脑上的文件。请改为从文件夹窗口拖动文件或文件夹。',
    pasteFailed: '无法添加你粘贴的内容。',
    nothingToPaste: '没有可粘贴的内容。',
    nothingToPasteLine: '在文件夹窗口中复制文件，或复制一张图片，然后在此窗口中按 Ctrl+V（Mac 上为 ⌘V）。',
    added_other: '已将 {{count, number}} 个文件添加到队列。',
  },
  move: {
    failed: '无法更改服务。',
    moved_other: '{{count, number}} 个文件将发送到 {{service}}。',
    undo: '撤销',
    undoFailed: '无法撤销该更改。',
    defaultKeyFailed: '无法将该密钥设为默认密钥。',
  },
} as const satisfies Catalogue;

// The queue words in zh-CN of the Use it next dialog: a finished upload's next request, as a command
// for a terminal. queue.ts joins them to the rest of the namespace.

import type { Catalogue } from '../catalogue-types.ts';

export default {
  next: {
    useItNext: '下一步',
    useItNextFor: '下一步：{{name}}',
    forDevelopers: '开发者工具',
    forDevelopersFor: '开发者工具：{{name}}',
    purposeNote: '{{purpose}}：一条终端命令',
    title: '用 {{service}} {{purpose}}',
    paste: '将此内容粘贴到终端中。',
    pasteReadsKey: '将此内容粘贴到终端中。它会从 <code>{{variable}}</code> 读取你的密钥：请先设置该变量。',
    replaceWords: '请替换 <尖括号> 中的文字。',
    keyGone: '用于此次上传的“{{key}}”密钥已不再保存在此应用中（已被移除或替换）。只有该密钥才能使用此次上传：没有它的话，请重新上传文件。',
    command: '命令',
    body: '请求体',
    bodyOnItsOwn: '单独的请求体：',
    copyBody: '复制请求体',
    copyBodyFor: '复制 {{name}} 的请求体',
    bodyCopied: '已复制请求体。',
    copyCommand: '复制命令',
    copyCommandFor: '复制 {{name}} 的命令',
    commandCopied: '已复制命令。',
    close: '关闭',
  },
} as const satisfies Catalogue;

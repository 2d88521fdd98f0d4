// The start words in zh-CN (../catalogue-types.ts says what each namespace holds).

import type { Catalogue } from '../catalogue-types.ts';

export default {
  header: {
    appName: 'Media Uploader',
    sections: '版块',
    queue: '队列',
    history: '历史记录',
    settings: '设置',
    addFiles: '添加文件…',
  },
  guide: {
    step: '第 {{step}} 步，共 {{steps}} 步',
    skip: '暂时跳过',
    pickTitle: '你的文件要发送到哪里？',
    pickText: '选择你使用的服务。以后也可以把单个文件发送到别处。',
    service: '服务',
    takes: '支持{{takes}}。',
    continueWith: '继续使用 {{service}}',
    keyTitle: '粘贴你的 {{service}} API 密钥',
    keyText: 'API 密钥就像一个密码，让本应用可以上传到你的 {{service}} 账户。登录 {{service}} 网站，打开其 API 密钥页面，复制密钥并粘贴到下方。密钥会保存在你电脑的密码存储中。',
    back: '返回',
  },
  update: {
    ready: 'Media Uploader {{version}} 版已准备就绪。',
    restart: '重启以更新',
    later: '稍后',
    checkFailed: 'Media Uploader 无法检查更新。',
    restartFailed: 'Media Uploader 无法重启以完成更新。',
  },
  errorDetails: {
    region: '{{name}} 的技术详情',
    said: '{{service}} 返回：',
    code: '代码 {{code}}',
    http: 'HTTP {{status}}',
    attempts_other: '尝试 {{count}} 次',
    file: '文件：{{name}}（{{type}}，{{size}} 字节）',
    service: '服务：{{service}}',
    what: '发生了什么：{{what}}',
    saidLine: '{{service}} 返回：{{detail}}',
    copy: '复制给客服',
    copyLabel: '复制给客服：{{name}}',
    copied: '详情已复制。请粘贴到你发给客服的消息中。',
  },
  frame: {
    loadFailed: {
      queue: '窗口无法加载上传列表。',
      paused: '窗口无法获知上传是否已暂停。',
      settings: '窗口无法加载设置。',
      keys: '窗口无法加载你的 API 密钥。',
      update: '窗口无法获知新版本是否已就绪。',
      history: '窗口无法加载历史记录。',
    },
    loadFailedHelp: '请关闭窗口后重新打开。如果仍无帮助，请重启应用。',
    finished: {
      one: '{{name}} 已上传到 {{service}}。',
      several_other: '已上传 {{count}} 个文件。',
      oneFailed: '{{name}} 上传失败。{{reason}}',
      severalFailed_other: '{{count}} 个上传失败。',
      all: '所有上传均已结束：完成 {{done}} 个，失败 {{failed}} 个。',
    },
  },
} as const satisfies Catalogue;

// The history words in zh-CN (../catalogue-types.ts says what each namespace holds).

import type { Catalogue } from '../catalogue-types.ts';

export default {
  // The history's CSV export (electron/core/history/history-export.ts), for people in a spreadsheet.
  csv: {
    date: '日期',
    file: '文件',
    folder: '文件夹',
    provider: '服务商',
    key: '密钥',
    status: '状态',
    link: '链接',
    assetId: '资源 ID',
    linkExpires: '链接过期时间',
    size: '大小',
    whatWentWrong: '出错原因',
    uploaded: '已上传',
    failed: '失败',
    uploadedLater: '失败，后来已上传',
    deletedFrom: '已从 {{provider}} 删除',
    notFinished: '上传未完成。',
  },
} as const satisfies Catalogue;

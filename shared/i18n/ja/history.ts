// The history words in ja (../catalogue-types.ts says what each namespace holds).

import type { Catalogue } from '../catalogue-types.ts';

export default {
  // The history's CSV export (electron/core/history/history-export.ts), for people in a spreadsheet.
  csv: {
    date: '日時',
    file: 'ファイル',
    folder: 'フォルダー',
    provider: 'プロバイダー',
    key: 'キー',
    status: '状態',
    link: 'リンク',
    assetId: 'アセット ID',
    linkExpires: 'リンクの有効期限',
    size: 'サイズ',
    whatWentWrong: '問題の内容',
    uploaded: 'アップロード済み',
    failed: '失敗',
    uploadedLater: '失敗（後でアップロード済み）',
    deletedFrom: '{{provider}} から削除済み',
    notFinished: 'アップロードが完了しませんでした。',
  },
} as const satisfies Catalogue;

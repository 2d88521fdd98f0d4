// The start words in ja (../catalogue-types.ts says what each namespace holds).

import type { Catalogue } from '../catalogue-types.ts';

export default {
  header: {
    appName: 'Media Uploader',
    sections: 'セクション',
    queue: 'キュー',
    history: '履歴',
    settings: '設定',
    addFiles: 'ファイルを追加…',
  },
  guide: {
    step: 'ステップ {{step}}/{{steps}}',
    skip: '今はスキップ',
    pickTitle: 'ファイルの送り先はどこですか？',
    pickText: '使っているサービスを選んでください。個々のファイルは後で別の送り先にも送れます。',
    service: 'サービス',
    takes: '対応：{{takes}}。',
    continueWith: '{{service}} で続ける',
    keyTitle: '{{service}} の API キーを貼り付けてください',
    keyText: 'API キーは、このアプリがあなたの {{service}} アカウントにアップロードするためのパスワードのようなものです。{{service}} の Web サイトにサインインして API キーのページを開き、キーをコピーして下に貼り付けてください。キーはコンピューターのパスワードストアに保管されます。',
    back: '戻る',
  },
  update: {
    ready: 'Media Uploader のバージョン {{version}} の準備ができました。',
    restart: '再起動してアップデート',
    later: '後で',
    checkFailed: 'Media Uploader はアップデートを確認できませんでした。',
    restartFailed: 'Media Uploader はアップデートのために再起動できませんでした。',
  },
  errorDetails: {
    region: '{{name}} の技術的な詳細',
    said: '{{service}} からの応答：',
    code: 'コード {{code}}',
    http: 'HTTP {{status}}',
    attempts_other: '{{count}} 回試行',
    file: 'ファイル：{{name}}（{{type}}、{{size}} バイト）',
    service: 'サービス：{{service}}',
    what: '発生した問題：{{what}}',
    saidLine: '{{service}} からの応答：{{detail}}',
    copy: 'サポート用にコピー',
    copyLabel: 'サポート用にコピー：{{name}}',
    copied: '詳細をコピーしました。サポートへのメッセージに貼り付けてください。',
  },
  frame: {
    loadFailed: {
      queue: 'ウィンドウにアップロードの一覧を読み込めませんでした。',
      paused: 'アップロードが一時停止中かどうかを読み込めませんでした。',
      settings: 'ウィンドウに設定を読み込めませんでした。',
      keys: 'ウィンドウに API キーを読み込めませんでした。',
      update: '新しいバージョンの準備ができているかを読み込めませんでした。',
      history: 'ウィンドウに履歴を読み込めませんでした。',
    },
    loadFailedHelp: 'ウィンドウを閉じて、もう一度開いてください。それでも解決しない場合は、アプリを再起動してください。',
    finished: {
      one: '{{name}} を {{service}} にアップロードしました。',
      several_other: '{{count}} 個のファイルをアップロードしました。',
      oneFailed: '{{name}} は失敗しました。{{reason}}',
      severalFailed_other: '{{count}} 件のアップロードが失敗しました。',
      all: 'すべてのアップロードが終わりました：完了 {{done}} 件、失敗 {{failed}} 件。',
    },
  },
} as const satisfies Catalogue;

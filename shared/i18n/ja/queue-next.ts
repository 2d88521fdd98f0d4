// The queue words in ja of the Use it next dialog: a finished upload's next request, as a command
// for a terminal. queue.ts joins them to the rest of the namespace.

import type { Catalogue } from '../catalogue-types.ts';

export default {
  next: {
    useItNext: '次のステップ',
    useItNextFor: '次のステップ: {{name}}',
    forDevelopers: '開発者向け',
    forDevelopersFor: '開発者向け: {{name}}',
    purposeNote: '{{purpose}}: ターミナル用のコマンド',
    title: '{{service}} で{{purpose}}',
    paste: 'これをターミナルに貼り付けてください。',
    pasteReadsKey: 'これをターミナルに貼り付けてください。キーは <code>{{variable}}</code> から読み取るので、先に設定しておいてください。',
    replaceWords: '<山かっこ> 内の語句は置き換えてください。',
    keyGone: 'このアップロードに使ったキー「{{key}}」は、このアプリにもう保存されていません（削除または置き換えられました）。このアップロードを使えるのはそのキーだけです。キーがない場合は、ファイルをもう一度アップロードしてください。',
    command: 'コマンド',
    body: 'ボディ',
    bodyOnItsOwn: 'リクエストのボディのみ:',
    copyBody: 'ボディをコピー',
    copyBodyFor: '{{name}} のリクエストボディをコピー',
    bodyCopied: 'リクエストボディをコピーしました。',
    copyCommand: 'コマンドをコピー',
    copyCommandFor: '{{name}} のコマンドをコピー',
    commandCopied: 'コマンドをコピーしました。',
    close: '閉じる',
  },
} as const satisfies Catalogue;

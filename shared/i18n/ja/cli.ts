// The cli words in ja (../catalogue-types.ts says what each namespace holds).

import type { Catalogue } from '../catalogue-types.ts';

export default {
  main: {
    help: `media-uploader: 画像・動画・音声を AI サービスにアップロードします。

{{uploadUsage}}
その他のコマンド:
  media-uploader keys set <provider> [--name NAME]
                                         システムのキーチェーンにキーを保存します（入力は表示
                                         されません）。プロバイダーごとに名前を付けて複数保存
                                         でき、そのうち 1 つが既定になります
  media-uploader keys list               各プロバイダーのキー: 名前、ID、既定（キー自体は表示
                                         しません）
  media-uploader keys default <provider> <name>
                                         キーを指定しないアップロード（--key なし）で使うキー
  media-uploader keys delete <provider> [--name NAME]
                                         キーを削除します
  media-uploader keys test <provider> [--name NAME]
                                         プロバイダーでキーを確認します
  media-uploader history [--search TEXT] [--json]
  media-uploader delete <history id or asset id> --provider <provider> [--yes]
                                         memories.ai または HeyGen からアップロードを削除します

プロバイダー:
{{providers}}

環境変数:
  ASSEMBLYAI_API_KEY, MEMORIES_API_KEY, WAVESPEED_API_KEY, HEYGEN_API_KEY
                                    この実行で使うキー（「環境変数から」）。キーチェーンの既定の
                                    キーより優先されますが、--key よりは優先されません
  MEDIA_UPLOADER_DATA_DIR           履歴の保存場所（既定: アプリのデータフォルダー）
  MEDIA_UPLOADER_KEYCHAIN_SERVICE   キーチェーンのエントリーグループ（既定 media-uploader）。
                                    テストやスクリプト用
  HTTPS_PROXY, HTTP_PROXY, NO_PROXY 経由するプロキシと、直接接続するホスト。curl と同じ読み方
                                    です（大文字・小文字どちらも可。ALL_PROXY も可。
                                    http://user:password@host:port）
  LC_ALL, LC_MESSAGES, LANG         人に向けた表示の言語（--json の出力は変わりません）

終了ステータス: すべてのファイルをアップロードできたら 0、失敗があれば 1、使い方の誤りは 2。
`,
    providerLine: "{{name}}（キーは {{variable}} または 'media-uploader keys set {{id}}' で指定）",
    notACommand: 'media-uploader のコマンドではありません。media-uploader --help でできることを確認してください。',
    somethingWrong: 'media-uploader の内部で問題が発生しました: {{message}}',
  },
  upload: {
    usage: `使い方: media-uploader upload <ファイルまたはフォルダー>... --provider {{providers}}[,…]
         [--key NAME] [--region {{regions}}] [--base-url URL] [--concurrency N] [--json] [--next] [--keep-location] [--convert] [--reuse] [--wait]
         [--offline-wait 時間]

  --provider      アップロード先（必須）。カンマ区切りで複数指定すると、各ファイルをそれぞれに
                  送ります（assemblyai,memories）。アップロードも出力行も宛先ごとです
  --key           （最初の）プロバイダーの保存済みキーのどれを使うか（media-uploader keys list）。
                  指定がなければ、環境変数のキーがあればそれを、なければ既定のキーを使います。
                  各アップロードに使ったキーは記録されます（名前と ID のみで、キー自体は記録
                  しません。--json では "key"）
  --region        {{regionHelp}}
  --base-url      プロバイダーの代わりにこのサーバーへ送ります（ドキュメントどおりのパスのまま）
  --concurrency   同時アップロード数、{{min}}〜{{max}}（既定 {{concurrency}}）
  --json          stdout に 1 ファイル 1 行で JSON オブジェクトを出力し、それ以外は出力しません
  --next          アップロードした各ファイルについて、次によく使うリクエストも curl コマンドで
                  表示します（キーは環境変数のまま。例: $HEYGEN_API_KEY）
  --keep-location 写真や動画を位置情報（GPS）付きで送ります。既定では位置情報を除いたコピーを
                  送り、元のファイルはそのままです
  --convert       プロバイダーが受け付けない形式のファイルを受け付ける形式に変換して送ります:
                  MOV → MP4（コーデックが許せば再エンコードなし）、FLAC・M4A・OGG・AAC → MP3、
                  GIF・WebP・BMP・TIFF → PNG。元のファイルはそのままです
  --wait          データを受け取った時点ではなく、各アップロードが使える状態になったと
                  プロバイダーが知らせるまで待ちます（memories.ai、HeyGen）
  --offline-wait  プロバイダーに接続できないとき（オフライン）、アップロードを失敗にする前に
                  待つ時間。例: 90s、10m（既定 5m）
  --reuse         同じキーで同じプロバイダーにアップロード済みのファイル（履歴上でサイズと
                  フィンガープリントが同じで、リンクが期限切れでないもの）は再送せず、その
                  リンクを再利用します
`,
    regionHelp: '{{provider}} のデータリージョン（既定 {{region}}）',
    chooseProvider: '--provider でアップロード先を選んでください（{{providers}}）。',
    providerUnknown: '--provider には {{providers}} のいずれか、またはカンマ区切りで複数（assemblyai,memories）を指定してください。',
    nameAFile: 'アップロードするファイルかフォルダーを 1 つ以上指定してください。',
    concurrency: '--concurrency には {{min}}〜{{max}} の整数を指定してください。',
    offlineWait: '--offline-wait には 90s、5m、1h のような時間を指定してください。',
    keyName: '--key には保存済みキーの名前を指定します（media-uploader keys list）。{{problem}}',
    notRecorded: '{{name}} はアップロードしましたが、履歴に記録できませんでした: {{message}}',
    historyNotOpened: 'アップロード履歴を開けなかったため、今回の実行は記録されません: {{message}}',
    note: '注意: {{text}}',
  },
  report: {
    keyHint: "ここでは 'media-uploader keys set {{provider}}' を実行するか、{{variable}} を設定してください。",
    removedKeyHint: "ここでは 'media-uploader keys list' で保存済みのキーを確認でき、'media-uploader keys set {{provider}} --name NAME' でキーを追加できます。",
    asset: 'アセット {{id}}',
    withKey: 'キー {{name}}',
    stillProcessing: '{{provider}} で処理中です。処理が終われば使えます（--wait で完了まで待てます）。',
    converted: '{{conversion}}: 変換したコピーを送りました。',
    locationRemoved: '位置情報を削除しました: 位置情報を除いたコピーを送りました。',
    reused: '{{day}} にアップロード済みです: そのリンクを再利用し、何も送っていません。',
    next: '次の手順（{{purpose}}）:',
  },
  progress: {
    waiting: '待機中',
    left: '残り {{time}}',
    attempt: '（{{attempt}} 回目）',
    allFiles_other: '全 {{count}} ファイル',
    allUploads_other: '全 {{count}} 件のアップロード',
    done: '{{count}} 件完了',
  },
  offline: {
    waiting: 'インターネット接続を待っています（最大 {{time}}）…',
    back: '接続が戻りました。アップロードします。',
  },
  options: {
    baseUrlNotAnAddress: '--base-url には https:// で始まるウェブアドレスを指定してください。',
    baseUrlPlainHttp: '--base-url は https:// で始まる必要があります。暗号化されていない http:// は、キーが暗号化なしでネットワークを通らないよう、このコンピューター（localhost、127.0.0.1、[::1]）に限り使えます。',
    region: '--region には {{choices}} を指定してください（"{{region}}" は使えません）。',
  },
  keyList: {
    keptIn: 'キーの保存先: {{backend}}',
    row: '{{name}}  ID {{id}}',
    default: '既定',
    noKey: '保存済みのキーはありません',
    unreadable: '読み取れませんでした',
    override: '{{variable}} が設定されているため、そちらを使います（ID {{id}}）',
  },
  keys: {
    usage: `使い方: media-uploader keys set <provider> [--name NAME]
                                         キーを保存します（入力は表示されません。パイプでも可）。
                                         名前を付けると別のキーとして保存し、同じ名前のキーは
                                         置き換えます
        media-uploader keys list         各プロバイダーのキー: 名前、ID、既定（キー自体は表示
                                         しません）
        media-uploader keys default <provider> <name>
                                         キーを指定しないアップロード（--key なし）でこのキーを使います
        media-uploader keys rename <provider> <name> <new name>
        media-uploader keys delete <provider> [--name NAME]
                                         保存済みのキーを削除します（--name なしなら既定のキー）
        media-uploader keys test <provider> [--name NAME] [--base-url URL] [--region {{regions}}]
                                         キーが使えるかプロバイダーに確認します

プロバイダー: {{providers}}
プロバイダーの最初のキーは、名前を付けなければ {{defaultName}} になります。\`upload --key NAME\` で別のキーを使えます。
{{variables}} に設定したキーは、その実行では既定のキーより優先されます。
{{serviceVariable}} で別のキーチェーンのエントリーグループを指定できます（テストやスクリプト用）。
`,
    listTakesNothing: 'keys list に引数は指定できません。',
    sayWhat: 'キーをどうするか指定してください。',
    notACommand: 'keys のコマンドではありません（set、list、default、rename、delete、test のいずれかです）。',
    providerAndName: 'keys {{action}} に指定できるのはプロバイダー名と --name NAME だけです。',
    nameTheProvider: 'プロバイダーを指定してください: media-uploader keys {{action}} <{{providers}}>',
    notAProvider: 'プロバイダー名ではありません。{{providers}} から選んでください。（キーだった場合に備えて、入力内容は表示しません。）',
    notOnCommandLine: 'キーをコマンドラインに書かないでください。このコンピューターの他のユーザーから見えてしまいます。キーなしでコマンドを実行し、求められたらキーを貼り付けるか、パイプで渡してください。',
    onlyProvider: 'keys {{action}} に指定できるのはプロバイダー名だけです。',
    paste: '{{provider}} の API キー（{{page}} で取得）を貼り付けて Enter を押してください: ',
    noKeyGiven: 'キーが入力されなかったため、何も保存していません。',
    wrongLength_other: '{{provider}} の API キーではないようです（{{count}} 文字です）。{{page}} からキー全体をコピーして、もう一度お試しください。何も保存していません。',
    nothingSaved: '{{problem}} 何も保存していません。',
    saved: '{{provider}} のキーを {{backend}} に保存しました。',
    savedNamed: '{{provider}} のキー「{{name}}」を {{backend}} に保存しました。',
    notTheDefault: 'このキーは既定のキーではありません。--key {{name}} を付けてアップロードするか、次のコマンドで既定にしてください: media-uploader keys default {{id}} {{name}}',
    environmentWins: '注意: この環境には {{variable}} が設定されており、設定されている間は既定のキーより優先されます。',
    noneSaved: '{{backend}} に {{provider}} のキーは保存されていませんでした。',
    noneOfThatNameIn: "{{backend}} にその名前の {{provider}} のキーはありません。'media-uploader keys list' で保存済みのキーを確認できます。",
    noneOfThatName: "その名前の {{provider}} のキーはありません。'media-uploader keys list' で保存済みのキーを確認できます。",
    deleted: '{{provider}} のキーを {{backend}} から削除しました。',
    deletedNamed: '{{provider}} のキー「{{name}}」を {{backend}} から削除しました。',
    newDefault: '{{provider}} の既定のキーは「{{name}}」になりました。',
    environmentStillSet: '注意: この環境にはまだ {{variable}} が設定されているため、この実行ではキーが使われます。',
    nameTheKey: "キーを指定してください: media-uploader keys default {{id}} <name>（'media-uploader keys list' で名前を確認できます）",
    isNowDefault: '「{{name}}」が {{provider}} の既定のキーになりました。キーを指定しない（--key なしの）アップロードで使われます。',
    nameBoth: 'キーと新しい名前を指定してください: media-uploader keys rename {{id}} <name> <new name>',
    renamed: '{{provider}} のキー「{{from}}」の名前を「{{to}}」に変更しました。このキーで行ったアップロードは、引き続き ID で見つかります。',
    testOptions: 'keys test に指定できるのは、プロバイダー名と --name、--base-url、--region だけです。',
    noKeyYet: '{{provider}} の API キーはまだありません。次のコマンドで保存してください: media-uploader keys set {{id}}',
    tested: '{{message}}（確認したキー: {{source}}）',
    sourceEnvironment: '{{variable}} のキー',
    sourceSaved: '保存済みのキー',
    sourceNamed: '保存済みのキー「{{name}}」',
    saveNew: '新しいキーを保存するには: media-uploader keys set {{command}}',
    notPersistent: '警告: キーチェーンサービス（GNOME Keyring や KWallet など）が動いていないため、キーはカーネルキーリングに保存されます。カーネルキーリングはこのコンピューターを再起動すると内容を失います。キーを残すにはキーリングを起動またはインストールするか、代わりに {{variable}} を設定してください。',
    anyVariable: 'プロバイダーの環境変数',
  },
  history: {
    usage: `使い方: media-uploader history [--search TEXT] [--limit N] [--json]

  --search   ファイル名、プロバイダー、キー名、リンク、アセット ID、パスにすべての語を含む
             アップロードだけを表示します
  --limit    最大 N 件を表示します（既定: すべて）
  --json     1 件 1 行で JSON オブジェクトを新しい順に出力し、それ以外は出力しません
             （keyName と keyId: 記録があればアップロードに使ったキー。キー自体は出しません）

履歴はアプリのデータフォルダーに保存されます。{{variable}} で別のフォルダーを指定できます。
`,
    limit: '--limit には 1 以上の整数を指定してください（"{{value}}" は使えません）。',
    nothingYet: 'まだアップロードはありません（{{dir}} を確認しました）。',
    damaged_other: '注意: {{file}} の破損した {{count}} 行を読み飛ばしました（書き込みの中断かディスクの問題です）。',
    when: '日時',
    provider: 'プロバイダー',
    file: 'ファイル',
    result: '結果',
    failed: '失敗: {{message}}',
    unknownError: '不明なエラー',
    uploaded: 'アップロード済み',
    expires: '有効期限 {{time}}',
    deletedFrom: '{{time}} に {{provider}} から削除',
    uploads_other: '{{count}} 件のアップロード',
    all: '{{uploads}}。',
    allShown: '{{uploads}}（新しい {{shown}} 件を表示）。',
    matching: '{{all}} 件中 {{uploads}}が「{{search}}」に一致しました。',
    matchingShown: '{{all}} 件中 {{uploads}}が「{{search}}」に一致しました（{{shown}} 件を表示）。',
  },
  delete: {
    usage: `使い方: media-uploader delete <history id or asset id> --provider {{providers}}
         [--yes] [--base-url URL] [--region {{regions}}]

  プロバイダーからアップロードを完全に削除し、履歴のエントリーを削除済みにします。
  ID は履歴エントリーの ID（media-uploader history --json）か、プロバイダーが付けた
  アセット ID です。memories.ai と HeyGen はアップロードを削除できます。AssemblyAI と
  WaveSpeedAI はできません（数日後に自動で削除されます）。

  --provider   アップロード先（必須）
  --yes        確認せずに削除します（確認するターミナルがない場合に必要です）
`,
    nameOne: 'アップロードを 1 つ指定してください: 履歴の ID かアセット ID です。',
    sayWhere: '--provider でアップロード先を指定してください（{{providers}}）。',
    providerUnknown: '--provider には {{providers}} のいずれかを指定してください。',
    otherProvider: 'その履歴エントリーは {{provider}} ではなく {{entryProvider}} へのアップロードです。--provider {{id}} を付けてもう一度実行してください。',
    alreadyDeleted: '{{name}} は {{day}} に {{provider}} から削除済みです。',
    noAssetId: '{{name}} には削除する {{provider}} のアセット ID がありません: アップロードが完了していません。',
    withAssetId: 'アセット ID {{id}} のアップロード',
    namedWithAssetId: '{{name}}（アセット ID {{id}}）',
    confirm: '{{provider}} から {{what}} を削除しますか？元に戻せません。[y/N] ',
    yesAnswers: 'はい',
    nothingDeleted: '何も削除していません。',
    nothingDeletedNoTerminal: '何も削除していません: 確認するためのターミナルがありません。確認せずに削除するには --yes を付けてください。',
    deleted: '{{provider}} から {{what}} を削除しました。',
    keyHint: "ここでは 'media-uploader keys set {{id}}' を実行するか、{{variable}} を設定してください。",
    removedKeyHint: "ここでは 'media-uploader keys list' で保存済みのキーを確認でき、'media-uploader keys set {{id}} --name NAME' でそのキーを再び追加できます。",
    historyNotOpened: 'アップロード履歴を開けなかったため、削除したことは履歴に残りません: {{message}}',
  },
} as const satisfies Catalogue;

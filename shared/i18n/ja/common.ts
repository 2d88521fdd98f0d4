// The common words in ja (../catalogue-types.ts says what each namespace holds).

import type { Catalogue } from '../catalogue-types.ts';

export default {
  units: {
    B: '{{value, number}} B',
    KB: '{{value, number}} KB',
    MB: '{{value, number}} MB',
    GB: '{{value, number}} GB',
    TB: '{{value, number}} TB',
    perSecond: '{{size}}/秒',
    count: '{{value, number}}',
    decimal: '{{value, number}}',
    seconds: '{{s}}秒',
    minutesSeconds: '{{m}}分{{s}}秒',
    hoursMinutes: '{{h}}時間{{m}}分',
    moment: '{{at, datetime}}',
  },
  list: {
    separator: '、',
    and: '{{items}}、{{last}}',
    or: '{{items}}、{{last}}',
  },
  words: {
    idName: '{{service}} ID',
    idSentence: '{{service}} ではウェブリンクではなく ID が発行されます。{{service}} でファイルを求められたら、この ID を貼り付けてください。',
    links_other: 'リンク {{count, number}} 件',
    ids_other: 'ID {{count, number}} 件',
    linksAndIds: '{{links}}と{{ids}}',
    passwordStore: 'コンピューターのパスワード保管庫',
    passwordStoreMac: 'Mac のキーチェーン',
    passwordStoreWindows: 'Windows の資格情報マネージャー',
    passwordStoreMemory: 'このコンピューターのメモリ（一時的）',
    keyLabel: '{{service}} — {{key}}',
  },
  notAdded: {
    title_other: '{{count, number}} 件をスキップしました',
    notMedia: '画像・動画・音声のファイルではありません',
    empty: '空です（0 バイト）。保存が終わっていない可能性があります',
    reasonLine: '{{reason}}: {{names}}',
    fileLine: '{{name}}: {{message}}',
    namesAndMore: '{{names}} ほか {{count, number}} 件',
    andMore: '…ほか {{count, number}} 件',
  },
  conversion: {
    converted: '{{from}} から {{to}} に変換しました',
    firstFrameOnly: '{{from}} から {{to}} に変換しました（アニメーションのため最初のフレームのみ）',
    withChange: '{{from}} から {{to}} に変換しました（{{changed}}）',
    changed: {
      nothing: '映像と音声はそのまま',
      video: '映像を変換、音声はそのまま',
      audio: '音声を変換、映像はそのまま',
      both: '映像と音声を変換',
    },
  },
  formats: {
    jpg: 'JPEG 画像', png: 'PNG 画像', gif: 'GIF 画像', webp: 'WebP 画像', bmp: 'BMP 画像', tif: 'TIFF 画像',
    heic: 'HEIC 写真',
    mp4: 'MP4 動画', mov: 'QuickTime 動画', avi: 'AVI 動画', webm: 'WebM 動画', mkv: 'Matroska 動画',
    flv: 'Flash 動画', asf: 'Windows Media 動画', mpg: 'MPEG 動画', '3gp': '3GP 動画', ogv: 'Ogg 動画',
    mp3: 'MP3 音声', wav: 'WAV 音声', aac: 'AAC 音声', flac: 'FLAC 音声', ogg: 'Ogg 音声', oga: 'Ogg 音声',
    opus: 'Opus 音声', m4a: 'M4A 音声',
  },
  kinds: { image: '画像', audio: '音声', video: '動画' },
  nextCall: {
    keyVariable: '先に ${{variable}} にキーを設定してください。',
    keyVariableNamed: '先に ${{variable}} にキー「{{key}}」を設定してください。アップロードはそのキーのアカウントに属しています。',
  },
  providers: {
    assemblyai: {
      summary: '音声や動画の話し言葉をテキストにします。',
      retention: 'AssemblyAI はアップロードされたファイルを約 2 日間保管します。',
      regionHint: 'AssemblyAI のアカウントが EU にデータを保管している場合は「欧州連合」を選んでください。そのキーは EU でしか使えません。',
      regions: { us: '米国', eu: '欧州連合' },
      nextPurpose: '文字起こしする',
      nextThen: '応答に id が含まれます。status が completed になるまで GET /v2/transcript/<id> を実行してください。',
    },
    memories: {
      summary: '動画や画像を検索し、それについての質問に答えます。',
      retention: 'memories.ai は、削除するまでアップロードを保管します。',
      nextPurpose: '音声を文字起こしする',
      nextThen: 'GET /serve/api/v2/<asset_id>/metadata で upload_status が SUCCESS になれば、アセットを使えます。',
    },
    wavespeed: {
      summary: 'AI モデルで画像や動画を作成・編集します。',
      retention: 'WaveSpeedAI はアップロードを 7 日後に削除します。',
      nextPurpose: '画像から動画を作る',
      nextThen: '応答に data.id が含まれます。completed になるまで GET /api/v3/predictions/<id>/result を実行してください。',
    },
    heygen: {
      summary: 'AI アバターと音声で動画を作ります。',
      retention: 'HeyGen は、しばらく使われていないアップロードを削除することがあります。',
      nextPurpose: '画像から話す動画を作る',
      nextThen: '応答に動画 ID が含まれます。準備ができるまで GET /v3/videos/<id> を実行してください。',
    },
  },
} as const satisfies Catalogue;

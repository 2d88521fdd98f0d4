// The common words in zh-CN (../catalogue-types.ts says what each namespace holds).

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
    seconds: '{{s}} 秒',
    minutesSeconds: '{{m}} 分 {{s}} 秒',
    hoursMinutes: '{{h}} 小时 {{m}} 分',
    moment: '{{at, datetime}}',
  },
  list: {
    separator: '、',
    and: '{{items}}和{{last}}',
    or: '{{items}}或{{last}}',
  },
  words: {
    idName: '{{service}} ID',
    idSentence: '{{service}} 提供的是 ID，而不是网页链接：在 {{service}} 要求提供文件的地方粘贴它。',
    links_other: '{{count, number}} 个链接',
    ids_other: '{{count, number}} 个 ID',
    linksAndIds: '{{links}}和{{ids}}',
    passwordStore: '电脑的密码存储',
    passwordStoreMac: 'Mac 的钥匙串',
    passwordStoreWindows: 'Windows 凭据管理器',
    passwordStoreMemory: '仅这台电脑的内存',
    keyLabel: '{{service}} — {{key}}',
  },
  notAdded: {
    title_other: '已跳过 {{count, number}} 项',
    notMedia: '不是图片、视频或音频文件',
    empty: '空文件（0 字节），可能还没保存完',
    reasonLine: '{{reason}}：{{names}}。',
    fileLine: '{{name}}：{{message}}',
    namesAndMore: '{{names}}等另外 {{count, number}} 个',
    andMore: '……以及另外 {{count, number}} 个。',
  },
  conversion: {
    converted: '已从 {{from}} 转换为 {{to}}',
    firstFrameOnly: '已从 {{from}} 转换为 {{to}}，仅第一帧（原文件是动画）',
    withChange: '已从 {{from}} 转换为 {{to}}（{{changed}}）',
    changed: {
      nothing: '画面和声音未改变',
      video: '画面已转换，声音未改变',
      audio: '声音已转换，画面未改变',
      both: '画面和声音均已转换',
    },
  },
  formats: {
    jpg: 'JPEG 图片', png: 'PNG 图片', gif: 'GIF 图片', webp: 'WebP 图片', bmp: 'BMP 图片', tif: 'TIFF 图片',
    heic: 'HEIC 照片',
    mp4: 'MP4 视频', mov: 'QuickTime 视频', avi: 'AVI 视频', webm: 'WebM 视频', mkv: 'Matroska 视频',
    flv: 'Flash 视频', asf: 'Windows Media 视频', mpg: 'MPEG 视频', '3gp': '3GP 视频', ogv: 'Ogg 视频',
    mp3: 'MP3 音频', wav: 'WAV 音频', aac: 'AAC 音频', flac: 'FLAC 音频', ogg: 'Ogg 音频', oga: 'Ogg 音频',
    opus: 'Opus 音频', m4a: 'M4A 音频',
  },
  kinds: { image: '图片', audio: '音频', video: '视频' },
  nextCall: {
    keyVariable: '请先把 ${{variable}} 设为你的密钥。',
    keyVariableNamed: '请先把 ${{variable}} 设为你的密钥“{{key}}”：这次上传属于该密钥的账户。',
  },
  providers: {
    assemblyai: {
      summary: '把音频和视频中的语音转成文字。',
      retention: 'AssemblyAI 会将上传的文件保留约 2 天。',
      regionHint: '如果你的 AssemblyAI 账户将数据存放在欧盟，请选择“欧盟”。它的密钥只能在那里使用。',
      regions: { us: '美国', eu: '欧盟' },
      nextPurpose: '转写',
      nextThen: '应答中有一个 id：反复 GET /v2/transcript/<id>，直到 status 为 completed。',
    },
    memories: {
      summary: '搜索你的视频和图片，并回答有关它们的问题。',
      retention: 'memories.ai 会一直保留上传，直到你删除。',
      nextPurpose: '转写其中的音频',
      nextThen: '当 GET /serve/api/v2/<asset_id>/metadata 显示 upload_status SUCCESS 后，即可使用该 asset。',
    },
    wavespeed: {
      summary: '用 AI 模型生成和编辑图片与视频。',
      retention: 'WaveSpeedAI 会在 7 天后删除上传。',
      nextPurpose: '把图片变成视频',
      nextThen: '应答中有 data.id：反复 GET /api/v3/predictions/<id>/result，直到它变为 completed。',
    },
    heygen: {
      summary: '用 AI 虚拟形象和声音制作视频。',
      retention: 'HeyGen 可能会删除一段时间未使用的上传文件。',
      nextPurpose: '用图片制作会说话的视频',
      nextThen: '应答中有视频 ID：反复 GET /v3/videos/<id>，直到它准备就绪。',
    },
  },
} as const satisfies Catalogue;

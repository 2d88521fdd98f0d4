// The cli words in zh-CN (../catalogue-types.ts says what each namespace holds).

import type { Catalogue } from '../catalogue-types.ts';

export default {
  main: {
    help: `media-uploader：将图片、视频和音频上传到 AI 服务。

{{uploadUsage}}
其他命令：
  media-uploader keys set <provider> [--name NAME]
                                         将密钥保存到系统钥匙串（输入时不显示）；每个服务商
                                         可用不同名称保存多个，其中一个为默认
  media-uploader keys list               每个服务商的密钥：名称、ID、默认项（从不显示密钥本身）
  media-uploader keys default <provider> <name>
                                         未指定密钥（--key）的上传所用的密钥
  media-uploader keys delete <provider> [--name NAME]
                                         删除一个密钥
  media-uploader keys test <provider> [--name NAME]
                                         向服务商验证密钥
  media-uploader history [--search TEXT] [--json]
  media-uploader delete <history id or asset id> --provider <provider> [--yes]
                                         从 memories.ai 或 HeyGen 删除一次上传

服务商：
{{providers}}

环境变量：
  ASSEMBLYAI_API_KEY, MEMORIES_API_KEY, WAVESPEED_API_KEY, HEYGEN_API_KEY
                                    本次运行使用的密钥（“来自环境变量”）；优先于钥匙串中的
                                    默认密钥，但不优先于 --key
  MEDIA_UPLOADER_DATA_DIR           历史记录的保存位置（默认：应用的数据文件夹）
  MEDIA_UPLOADER_KEYCHAIN_SERVICE   钥匙串条目组（默认 media-uploader），用于测试和脚本
  HTTPS_PROXY, HTTP_PROXY, NO_PROXY 要经过的代理，以及直连的主机，读法与 curl 相同
                                    （大小写均可；也支持 ALL_PROXY；http://user:password@host:port）
  LC_ALL, LC_MESSAGES, LANG         面向人的输出所用的语言（--json 输出不变）

退出状态：所有文件都上传成功为 0，有失败为 1，用法错误为 2。
`,
    providerLine: "{{name}}（密钥来自 {{variable}} 或 'media-uploader keys set {{id}}'）",
    notACommand: '这不是 media-uploader 的命令。运行 media-uploader --help 查看它能做什么。',
    somethingWrong: 'media-uploader 内部出错：{{message}}',
  },
  upload: {
    usage: `用法：media-uploader upload <文件或文件夹>... --provider {{providers}}[,…]
         [--key NAME] [--region {{regions}}] [--base-url URL] [--concurrency N] [--json] [--next] [--keep-location] [--convert] [--reuse] [--wait]
         [--offline-wait 时长]

  --provider      文件的上传目标（必填）；用逗号分隔多个时，每个文件都会发送给每个服务商
                  （assemblyai,memories）：每个目标各一次上传、各一行输出
  --key           使用（第一个）服务商已保存密钥中的哪一个（media-uploader keys list）；
                  不指定时，若设置了其环境变量则用其中的密钥，否则用默认密钥。每次上传所用的
                  密钥都会被记录（名称和 ID，从不记录密钥本身：--json 中的 "key"）
  --region        {{regionHelp}}
  --base-url      发送到此服务器而不是服务商的服务器（沿用文档中的路径）
  --concurrency   同时上传的数量，{{min}} 到 {{max}}（默认 {{concurrency}}）
  --json          在 stdout 上每个文件每行输出一个 JSON 对象，不输出其他内容
  --next          同时以 curl 命令打印每个已上传文件通常的下一步请求
                  （密钥保留在环境变量中，例如 $HEYGEN_API_KEY）
  --keep-location 发送照片和视频时保留位置（GPS）数据；默认发送去除位置数据的副本，
                  原文件保持不变
  --convert       将服务商不接受的文件转换为它接受的格式后发送：MOV 转 MP4（编解码器允许时
                  不重新编码），FLAC、M4A、OGG 或 AAC 转 MP3，GIF、WebP、BMP 或 TIFF 转 PNG；
                  原文件保持不变
  --wait          等到服务商表示每次上传都可以使用（memories.ai、HeyGen），而不是在服务商
                  收到数据后立即报告
  --offline-wait  无法连接服务商（没有网络）时，在上传失败前等待的时长，例如 90s、10m
                  （默认 5m）
  --reuse         已用同一密钥上传到同一服务商的文件（根据历史记录，大小和指纹相同且链接未
                  过期）不再重新发送：直接复用其链接
`,
    regionHelp: '{{provider}} 的数据区域（默认 {{region}}）',
    chooseProvider: '请用 --provider 选择上传目标（{{providers}}）。',
    providerUnknown: '--provider 必须是以下之一：{{providers}}，或用逗号分隔的多个（assemblyai,memories）。',
    nameAFile: '请至少指定一个要上传的文件或文件夹。',
    concurrency: '--concurrency 必须是 {{min}} 到 {{max}} 之间的整数。',
    offlineWait: '--offline-wait 必须是时长，例如 90s、5m 或 1h。',
    keyName: '--key 指定一个已保存密钥的名称（media-uploader keys list）。{{problem}}',
    notRecorded: '{{name}} 已上传，但上传历史无法记录：{{message}}',
    historyNotOpened: '无法打开上传历史，本次运行不会被记录：{{message}}',
    note: '注意：{{text}}',
  },
  report: {
    keyHint: "在这里：运行 'media-uploader keys set {{provider}}'，或设置 {{variable}}。",
    removedKeyHint: "在这里：'media-uploader keys list' 显示已保存的密钥；'media-uploader keys set {{provider}} --name NAME' 可添加一个。",
    asset: '资源 {{id}}',
    withKey: '密钥 {{name}}',
    stillProcessing: '{{provider}} 仍在处理：处理完成后即可使用（--wait 会等待完成）。',
    converted: '{{conversion}}：已发送转换后的副本。',
    locationRemoved: '已去除位置信息：发送的是不含位置信息的副本。',
    reused: '已于 {{day}} 上传：复用该链接，未发送任何内容。',
    next: '下一步（{{purpose}}）：',
  },
  progress: {
    waiting: '等待中',
    left: '剩余 {{time}}',
    attempt: '（第 {{attempt}} 次尝试）',
    allFiles_other: '全部 {{count}} 个文件',
    allUploads_other: '全部 {{count}} 次上传',
    done: '已完成 {{count}} 个',
  },
  offline: {
    waiting: '正在等待网络连接（最多 {{time}}）…',
    back: '网络已恢复：正在上传。',
  },
  options: {
    baseUrlNotAnAddress: '--base-url 必须是以 https:// 开头的网址。',
    baseUrlPlainHttp: '--base-url 必须以 https:// 开头。未加密的 http:// 仅限本机（localhost、127.0.0.1 或 [::1]），以免密钥未经加密就穿过网络。',
    region: '--region 必须是 {{choices}}，而不是“{{region}}”。',
  },
  keyList: {
    keptIn: '密钥保存在 {{backend}} 中。',
    row: '{{name}}  ID {{id}}',
    default: '默认',
    noKey: '未保存密钥',
    unreadable: '无法读取',
    override: '已设置 {{variable}}，将改用它（ID {{id}}）',
  },
  keys: {
    usage: `用法：media-uploader keys set <provider> [--name NAME]
                                         保存密钥（输入时不显示，也可通过管道传入）；指定名称时
                                         保存为另一个密钥，或替换同名密钥
      media-uploader keys list           每个服务商的密钥：名称、ID、默认项（从不显示密钥本身）
      media-uploader keys default <provider> <name>
                                         上传未指定密钥（--key）时使用该密钥
      media-uploader keys rename <provider> <name> <new name>
      media-uploader keys delete <provider> [--name NAME]
                                         删除已保存的密钥（不带 --name 时删除默认密钥）
      media-uploader keys test <provider> [--name NAME] [--base-url URL] [--region {{regions}}]
                                         向服务商询问密钥是否可用

服务商：{{providers}}
服务商的第一个密钥如果不命名，就叫 {{defaultName}}；\`upload --key NAME\` 可使用其他密钥。
在 {{variables}} 中设置的密钥，在该次运行中优先于默认密钥。
{{serviceVariable}} 指定另一个钥匙串条目组（用于测试和脚本）。
`,
    listTakesNothing: 'keys list 不接受参数。',
    sayWhat: '请说明要对密钥做什么。',
    notACommand: '这不是 keys 的命令（可用 set、list、default、rename、delete 或 test）。',
    providerAndName: 'keys {{action}} 只接受服务商名称和 --name NAME。',
    nameTheProvider: '请指定服务商：media-uploader keys {{action}} <{{providers}}>。',
    notAProvider: '这不是服务商名称。请从以下选择：{{providers}}。（为防输入的是密钥，不显示所输入的内容。）',
    notOnCommandLine: '请不要把密钥写在命令行上，这台计算机的其他用户可以看到它。请不带密钥运行命令，在提示时粘贴密钥，或通过管道传入。',
    onlyProvider: 'keys {{action}} 只接受服务商名称。',
    paste: '请粘贴你的 {{provider}} API 密钥（来自 {{page}}）并按回车：',
    noKeyGiven: '没有输入密钥，因此未保存任何内容。',
    wrongLength_other: '这看起来不像 {{provider}} 的 API 密钥（它有 {{count}} 个字符）。请从 {{page}} 复制完整的密钥后重试。未保存任何内容。',
    nothingSaved: '{{problem}} 未保存任何内容。',
    saved: '已将 {{provider}} 的密钥保存到 {{backend}}。',
    savedNamed: '已将 {{provider}} 的密钥“{{name}}”保存到 {{backend}}。',
    notTheDefault: '它不是默认密钥：上传时加上 --key {{name}}，或用以下命令设为默认：media-uploader keys default {{id}} {{name}}',
    environmentWins: '注意：此环境中设置了 {{variable}}，在它存在期间优先于默认密钥。',
    noneSaved: '{{backend}} 中没有保存 {{provider}} 的密钥。',
    noneOfThatNameIn: "{{backend}} 中没有该名称的 {{provider}} 密钥。'media-uploader keys list' 显示已保存的密钥。",
    noneOfThatName: "没有该名称的 {{provider}} 密钥。'media-uploader keys list' 显示已保存的密钥。",
    deleted: '已从 {{backend}} 删除 {{provider}} 的密钥。',
    deletedNamed: '已从 {{backend}} 删除 {{provider}} 的密钥“{{name}}”。',
    newDefault: '{{provider}} 的默认密钥现在是“{{name}}”。',
    environmentStillSet: '注意：此环境中仍设置了 {{variable}}，因此本次运行仍会使用一个密钥。',
    nameTheKey: "请指定密钥：media-uploader keys default {{id}} <name>（'media-uploader keys list' 显示名称）。",
    isNowDefault: '“{{name}}”现在是 {{provider}} 的默认密钥：未指定密钥（--key）的上传都会使用它。',
    nameBoth: '请指定密钥及其新名称：media-uploader keys rename {{id}} <name> <new name>。',
    renamed: '已将 {{provider}} 的密钥“{{from}}”重命名为“{{to}}”。用它完成的上传仍可通过其 ID 找到。',
    testOptions: 'keys test 只接受服务商名称，以及 --name、--base-url 和 --region。',
    noKeyYet: '还没有 {{provider}} 的 API 密钥。用以下命令保存一个：media-uploader keys set {{id}}',
    tested: '{{message}}（测试的是：{{source}}。）',
    sourceEnvironment: '{{variable}} 中的密钥',
    sourceSaved: '已保存的密钥',
    sourceNamed: '已保存的密钥“{{name}}”',
    saveNew: '保存新密钥：media-uploader keys set {{command}}',
    notPersistent: '警告：没有运行钥匙串服务（例如 GNOME Keyring 或 KWallet），因此密钥保存在内核密钥环中，这台计算机重启后就会丢失。请启动或安装一个钥匙串来保留它们，或改为设置 {{variable}}。',
    anyVariable: '服务商的环境变量',
  },
  history: {
    usage: `用法：media-uploader history [--search TEXT] [--limit N] [--json]

  --search   只显示文件名、服务商、密钥名称、链接、资源 ID 或路径中包含所有词语的上传
  --limit    最多显示 N 次上传（默认：全部）
  --json     每次上传每行输出一个 JSON 对象，最新的在前，不输出其他内容
             （keyName 和 keyId：完成上传的密钥（如有记录）；从不输出密钥本身）

历史记录保存在应用的数据文件夹中；{{variable}} 可指向另一个文件夹。
`,
    limit: '--limit 必须是 1 或更大的整数，而不是“{{value}}”。',
    nothingYet: '还没有上传（已查看 {{dir}}）。',
    damaged_other: '注意：已跳过 {{file}} 中 {{count}} 行损坏的内容（写入中断或磁盘问题）。',
    when: '时间',
    provider: '服务商',
    file: '文件',
    result: '结果',
    failed: '失败：{{message}}',
    unknownError: '未知错误',
    uploaded: '已上传',
    expires: '{{time}} 过期',
    deletedFrom: '已于 {{time}} 从 {{provider}} 删除',
    uploads_other: '{{count}} 次上传',
    all: '共 {{uploads}}。',
    allShown: '共 {{uploads}}，显示最新的 {{shown}} 次。',
    matching: '{{all}} 次中有 {{uploads}}匹配“{{search}}”。',
    matchingShown: '{{all}} 次中有 {{uploads}}匹配“{{search}}”，显示 {{shown}} 次。',
  },
  delete: {
    usage: `用法：media-uploader delete <history id or asset id> --provider {{providers}}
         [--yes] [--base-url URL] [--region {{regions}}]

  从服务商处永久删除一次上传，并将其历史记录条目标记为已移除。
  ID 是历史记录条目的 ID（media-uploader history --json）或服务商给出的资源 ID。
  memories.ai 和 HeyGen 可以删除上传；AssemblyAI 和 WaveSpeedAI 不能
  （它们会在几天后自行删除上传）。

  --provider   上传所在的服务商（必填）
  --yes        不询问直接删除（没有可用于询问的终端时必须使用）
`,
    nameOne: '请指定一次上传：它的历史记录 ID 或资源 ID。',
    sayWhere: '请用 --provider 指定上传所在的服务商（{{providers}}）。',
    providerUnknown: '--provider 必须是以下之一：{{providers}}。',
    otherProvider: '该历史记录条目是上传到 {{entryProvider}} 的，不是 {{provider}}。请加上 --provider {{id}} 重新运行。',
    alreadyDeleted: '{{name}} 已于 {{day}} 从 {{provider}} 删除。',
    noAssetId: '{{name}} 没有可删除的 {{provider}} 资源 ID：它没有上传完成。',
    withAssetId: '资源 ID 为 {{id}} 的上传',
    namedWithAssetId: '{{name}}（资源 ID {{id}}）',
    confirm: '要从 {{provider}} 删除 {{what}} 吗？此操作无法撤销。[y/N] ',
    yesAnswers: '是',
    nothingDeleted: '未删除任何内容。',
    nothingDeletedNoTerminal: '未删除任何内容：没有可用于询问的终端。加上 --yes 可不询问直接删除。',
    deleted: '已从 {{provider}} 删除 {{what}}。',
    keyHint: "在这里：运行 'media-uploader keys set {{id}}'，或设置 {{variable}}。",
    removedKeyHint: "在这里：'media-uploader keys list' 显示已保存的密钥；'media-uploader keys set {{id}} --name NAME' 可重新添加该密钥。",
    historyNotOpened: '无法打开上传历史，因此它不会记录该上传已被删除：{{message}}',
  },
} as const satisfies Catalogue;

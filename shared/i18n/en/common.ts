// The common words in en (../catalogue-types.ts says what each namespace holds): words every
// part says the same way (shared/words.ts explains the choice of each), sizes and times, the
// services' own facts, formats and conversions.

import type { Catalogue } from '../catalogue-types.ts';

export default {
  /** Sizes, speeds, durations and times (shared/format-units.ts): numbers by Intl in the language. */
  units: {
    B: '{{value, number}} B',
    KB: '{{value, number}} KB',
    MB: '{{value, number}} MB',
    GB: '{{value, number}} GB',
    TB: '{{value, number}} TB',
    perSecond: '{{size}}/s',
    /** A whole number ("1,234"), and one with a decimal where it has one ("50.3"). */
    count: '{{value, number}}',
    decimal: '{{value, number}}',
    seconds: '{{s}} s',
    minutesSeconds: '{{m}} min {{s}} s',
    hoursMinutes: '{{h}} h {{m}} min',
    moment: '{{at, datetime}}',
  },
  /** Lists of words: "a, b and c", "a, b or c" (the separator goes between all but the last two). */
  list: {
    separator: ', ',
    and: '{{items}} and {{last}}',
    or: '{{items}} or {{last}}',
  },
  /** shared/words.ts */
  words: {
    /** What a row, a button's name and a notice call an ID: "memories.ai ID". */
    idName: '{{service}} ID',
    /** Said once beside an ID: what it is and where it goes. */
    idSentence: '{{service}} gives an ID, not a web link: paste it into {{service}} where it asks for your file.',
    links_one: '{{count, number}} link',
    links_other: '{{count, number}} links',
    ids_one: '{{count, number}} ID',
    ids_other: '{{count, number}} IDs',
    /** "3 links and 1 ID". */
    linksAndIds: '{{links}} and {{ids}}',
    /** Where keys are kept, as a person knows it. */
    passwordStore: 'your computer’s password store',
    passwordStoreMac: 'the Keychain of your Mac',
    passwordStoreWindows: 'the Windows Credential Manager',
    passwordStoreMemory: 'this computer’s memory only',
    /** "HeyGen — Work": a service with one of its keys. */
    keyLabel: '{{service}} — {{key}}',
  },
  /** Files that could not be added (shared/refusal-notice.ts). */
  notAdded: {
    title_one: '{{count, number}} item skipped',
    title_other: '{{count, number}} items skipped',
    /** Reasons said once for all their files. */
    notMedia: 'Not an image, video or audio file',
    empty: 'Empty (0 bytes), perhaps not finished saving',
    /** "Not an image…: a.txt, b.doc." */
    reasonLine: '{{reason}}: {{names}}.',
    fileLine: '{{name}}: {{message}}',
    /** The names shown, then how many more. */
    namesAndMore: '{{names}} and {{count, number}} more',
    andMore: '…and {{count, number}} more.',
  },
  /** What a conversion did (shared/conversions.ts). */
  conversion: {
    converted: 'Converted from {{from}} to {{to}}',
    firstFrameOnly: 'Converted from {{from}} to {{to}}, first frame only (it was an animation)',
    /** {{changed}}: one of `changed`. */
    withChange: 'Converted from {{from}} to {{to}} ({{changed}})',
    changed: {
      nothing: 'video and sound unchanged',
      video: 'video converted, sound unchanged',
      audio: 'sound converted, video unchanged',
      both: 'video and sound converted',
    },
  },
  /** Media formats by what people call them (shared/media-formats.ts), and kinds of file. */
  formats: {
    jpg: 'JPEG image', png: 'PNG image', gif: 'GIF image', webp: 'WebP image', bmp: 'BMP image', tif: 'TIFF image',
    heic: 'HEIC photo',
    mp4: 'MP4 video', mov: 'QuickTime video', avi: 'AVI video', webm: 'WebM video', mkv: 'Matroska video',
    flv: 'Flash video', asf: 'Windows Media video', mpg: 'MPEG video', '3gp': '3GP video', ogv: 'Ogg video',
    mp3: 'MP3 audio', wav: 'WAV audio', aac: 'AAC audio', flac: 'FLAC audio', ogg: 'Ogg audio', oga: 'Ogg audio',
    opus: 'Opus audio', m4a: 'M4A audio',
  },
  /** A kind as people say it of several files. */
  kinds: { image: 'images', audio: 'audio', video: 'video' },
  /** "Set $ASSEMBLYAI_API_KEY to your key first." (shared/next-call.ts). */
  nextCall: {
    keyVariable: 'Set ${{variable}} to your key first.',
    keyVariableNamed: 'Set ${{variable}} to your “{{key}}” key first: the upload belongs to that key’s account.',
  },
  /** Each service's own facts (shared/providers.ts), by its id. */
  providers: {
    assemblyai: {
      summary: 'Turns speech in audio and video into text.',
      retention: 'AssemblyAI keeps uploaded files for about 2 days.',
      regionHint: 'Choose European Union if your AssemblyAI account keeps its data in the EU. Its key works only there.',
      regions: { us: 'United States', eu: 'European Union' },
      nextPurpose: 'Transcribe it',
      nextThen: 'The answer has an id: GET /v2/transcript/<id> until its status is completed.',
    },
    memories: {
      summary: 'Searches and answers questions about your videos and images.',
      retention: 'memories.ai keeps uploads until you delete them.',
      nextPurpose: 'Transcribe its audio',
      nextThen: 'The asset can be used once GET /serve/api/v2/<asset_id>/metadata says upload_status SUCCESS.',
    },
    wavespeed: {
      summary: 'Makes and edits images and video with AI models.',
      retention: 'WaveSpeedAI deletes uploads after 7 days.',
      nextPurpose: 'Turn the image into a video',
      nextThen: 'The answer has data.id: GET /api/v3/predictions/<id>/result until it is completed.',
    },
    heygen: {
      summary: 'Makes videos with AI avatars and voices.',
      retention: 'HeyGen may delete uploaded files that go unused for a while.',
      nextPurpose: 'Make a talking video from the image',
      nextThen: 'The answer has the video id: GET /v3/videos/<id> until it is ready.',
    },
  },
} as const satisfies Catalogue;

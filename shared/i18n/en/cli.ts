// The cli words in en (../catalogue-types.ts says what each namespace holds).
// What the command line says to a person (electron/cli/): help, progress, each file's line, the
// key list, prompts and refusals. Option names (--provider…), commands, environment variables and
// `media-uploader …` examples stay as they are in every language: they are typed, not read.
// The usage texts are laid out for an 80-column terminal: a translation keeps the option column.

import type { Catalogue } from '../catalogue-types.ts';

export default {
  main: {
    help: `media-uploader: upload images, video and audio to AI services.

{{uploadUsage}}
Other commands:
  media-uploader keys set <provider> [--name NAME]
                                         save a key in the system keychain (typed, not echoed);
                                         several per provider under names, one the default
  media-uploader keys list               each provider's keys: names, ids, default (never a key)
  media-uploader keys default <provider> <name>
                                         the key uploads use when they name none (--key)
  media-uploader keys delete <provider> [--name NAME]
                                         forget a key
  media-uploader keys test <provider> [--name NAME]
                                         check a key with the provider
  media-uploader history [--search TEXT] [--json]
  media-uploader delete <history id or asset id> --provider <provider> [--yes]
                                         delete an upload from memories.ai or HeyGen

Providers:
{{providers}}

Environment:
  ASSEMBLYAI_API_KEY, MEMORIES_API_KEY, WAVESPEED_API_KEY, HEYGEN_API_KEY
                                    a key for this run ("from the environment"); wins over the
                                    default key in the keychain, not over --key
  MEDIA_UPLOADER_DATA_DIR           where the history is kept (default: the app's data folder)
  MEDIA_UPLOADER_KEYCHAIN_SERVICE   keychain entry group (default media-uploader), for tests and scripts
  HTTPS_PROXY, HTTP_PROXY, NO_PROXY the proxy to go through, and the hosts that go direct, as curl
                                    reads them (either case; ALL_PROXY too; http://user:password@host:port)
  LC_ALL, LC_MESSAGES, LANG         the language of what is shown to a person (--json stays as it is)

Exit status: 0 when every file uploaded, 1 when any failed, 2 for a usage error.
`,
    providerLine: "{{name}} (key from {{variable}} or 'media-uploader keys set {{id}}')",
    notACommand: 'That is not a media-uploader command. Run media-uploader --help to see what it can do.',
    somethingWrong: 'Something went wrong inside media-uploader: {{message}}',
  },
  upload: {
    usage: `Usage: media-uploader upload <file or folder>... --provider {{providers}}[,…]
         [--key NAME] [--region {{regions}}] [--base-url URL] [--concurrency N] [--json] [--next] [--keep-location] [--convert] [--reuse] [--wait]
         [--offline-wait DURATION]

  --provider      where the files go (required); several, separated by commas, send each file
                  to each of them (assemblyai,memories): an upload and a line for each
  --key           which of the (first) provider's saved keys (media-uploader keys list); without it, the
                  key in its environment variable if set, else its default key. The key that made
                  each upload is recorded (its name and id, never the key: "key" in --json)
  --region        {{regionHelp}}
  --base-url      send to this server instead of the provider's (keeps the documented path)
  --concurrency   uploads at once, {{min}} to {{max}} (default {{concurrency}})
  --json          one JSON object per file per line on stdout, nothing else
  --next          also print each uploaded file's usual next request as a curl command
                  (the key stays in its environment variable, e.g. $HEYGEN_API_KEY)
  --keep-location send photos and videos with their location (GPS) data; by default a copy
                  without it is sent and the file itself is left as it is
  --convert       convert a file the provider does not take into a format it does, and send
                  that: MOV to MP4 (nothing re-encoded where the codecs allow), FLAC, M4A,
                  OGG or AAC to MP3, GIF, WebP, BMP or TIFF to PNG; the file itself stays
  --wait          wait until the provider says each upload is ready to use (memories.ai,
                  HeyGen), instead of reporting as soon as it has the bytes
  --offline-wait  when the provider cannot be reached (no connection), wait this long for it
                  before uploads fail, e.g. 90s, 10m (default 5m)
  --reuse         a file already uploaded to the same provider with the same key (same size
                  and fingerprint, link not expired, per the history) is not sent again: its
                  link is reused
`,
    regionHelp: "{{provider}}'s data region (default {{region}})",
    chooseProvider: 'Choose where to upload with --provider ({{providers}}).',
    providerUnknown: '--provider must name one of: {{providers}}, or several separated by commas (assemblyai,memories).',
    nameAFile: 'Name at least one file or folder to upload.',
    concurrency: '--concurrency must be a whole number from {{min}} to {{max}}.',
    offlineWait: '--offline-wait must be a duration such as 90s, 5m or 1h.',
    keyName: '--key names one of the saved keys (media-uploader keys list). {{problem}}',
    notRecorded: '{{name}} uploaded, but the upload history could not record it: {{message}}',
    historyNotOpened: 'The upload history could not be opened, so this run will not be recorded: {{message}}',
    note: 'Note: {{text}}',
  },
  report: {
    keyHint: "Here: run 'media-uploader keys set {{provider}}', or set {{variable}}.",
    removedKeyHint: "Here: 'media-uploader keys list' shows the saved keys; 'media-uploader keys set {{provider}} --name NAME' adds one.",
    asset: 'asset {{id}}',
    withKey: 'key {{name}}',
    stillProcessing: 'Still processing at {{provider}}: it can be used once that is done (--wait waits for it).',
    converted: '{{conversion}}: the converted copy was sent.',
    locationRemoved: 'Location removed: a copy without it was sent.',
    reused: 'Already uploaded on {{day}}: that link is reused, nothing was sent.',
    next: 'Next, {{purpose}}:',
  },
  progress: {
    waiting: 'waiting',
    left: '{{time}} left',
    attempt: '(try {{attempt}})',
    allFiles_one: 'All {{count}} files',
    allFiles_other: 'All {{count}} files',
    allUploads_one: 'All {{count}} uploads',
    allUploads_other: 'All {{count}} uploads',
    done: '{{count}} done',
  },
  offline: {
    waiting: 'Waiting for the internet connection (up to {{time}})…',
    back: 'The connection is back: uploading.',
  },
  options: {
    baseUrlNotAnAddress: '--base-url must be a web address that starts with https://.',
    baseUrlPlainHttp: '--base-url must start with https://. Plain http:// is taken only for this computer (localhost, 127.0.0.1 or [::1]), so that a key never crosses a network unencrypted.',
    region: '--region must be {{choices}}, not "{{region}}".',
  },
  keyList: {
    keptIn: 'Keys are kept in the {{backend}}.',
    row: '{{name}}  id {{id}}',
    default: 'default',
    noKey: 'no key saved',
    unreadable: 'could not be read',
    override: '{{variable}} is set and is used instead (id {{id}})',
  },
  keys: {
    usage: `Usage: media-uploader keys set <provider> [--name NAME]    save a key (typed without echo, or piped in); with
                                                         a name, another key, or the one of that name replaced
       media-uploader keys list                          each provider's keys: names, ids, the default (never a key)
       media-uploader keys default <provider> <name>     use that key when an upload names none (--key)
       media-uploader keys rename <provider> <name> <new name>
       media-uploader keys delete <provider> [--name NAME]
                                                         forget a saved key (the default one without --name)
       media-uploader keys test <provider> [--name NAME] [--base-url URL] [--region {{regions}}]
                                                         ask the provider whether the key works

Providers: {{providers}}
A provider's first key is named {{defaultName}} unless you name it; \`upload --key NAME\` uses another.
A key set in {{variables}} wins over the default key for that run.
{{serviceVariable}} names another keychain entry group (for tests and scripts).
`,
    listTakesNothing: 'keys list takes no arguments.',
    sayWhat: 'Say what to do with keys.',
    notACommand: 'That is not a keys command (set, list, default, rename, delete or test).',
    providerAndName: "keys {{action}} takes the provider's name and --name NAME only.",
    nameTheProvider: 'Name the provider: media-uploader keys {{action}} <{{providers}}>.',
    notAProvider: "That is not a provider's name. Choose one of: {{providers}}. (What was typed is not shown, in case it was a key.)",
    notOnCommandLine: 'Do not put the key on the command line, where other users of this computer can see it. Run the command without it and paste the key when asked, or pipe it in.',
    onlyProvider: "keys {{action}} takes only the provider's name.",
    paste: 'Paste your {{provider}} API key (from {{page}}) and press Enter: ',
    noKeyGiven: 'No key was given, so nothing was saved.',
    wrongLength_one: 'That does not look like an API key for {{provider}} (it has {{count}} character). Copy the whole key from {{page}} and try again. Nothing was saved.',
    wrongLength_other: 'That does not look like an API key for {{provider}} (it has {{count}} characters). Copy the whole key from {{page}} and try again. Nothing was saved.',
    nothingSaved: '{{problem}} Nothing was saved.',
    saved: 'Saved the {{provider}} key in the {{backend}}.',
    savedNamed: 'Saved the {{provider}} key “{{name}}” in the {{backend}}.',
    notTheDefault: 'It is not the default key: upload with --key {{name}}, or make it the default with: media-uploader keys default {{id}} {{name}}',
    environmentWins: 'Note: {{variable}} is set in this environment, and wins over the default key while it is.',
    noneSaved: 'There was no {{provider}} key saved in the {{backend}}.',
    noneOfThatNameIn: "There is no {{provider}} key of that name in the {{backend}}. 'media-uploader keys list' shows the saved keys.",
    noneOfThatName: "There is no {{provider}} key of that name. 'media-uploader keys list' shows the saved keys.",
    deleted: 'Deleted the {{provider}} key from the {{backend}}.',
    deletedNamed: 'Deleted the {{provider}} key “{{name}}” from the {{backend}}.',
    newDefault: 'The default {{provider}} key is now “{{name}}”.',
    environmentStillSet: 'Note: {{variable}} is still set in this environment, so a key is still used for this run.',
    nameTheKey: "Name the key: media-uploader keys default {{id}} <name> ('media-uploader keys list' shows the names).",
    isNowDefault: '“{{name}}” is now the default {{provider}} key: uploads that name no key (--key) use it.',
    nameBoth: 'Name the key and its new name: media-uploader keys rename {{id}} <name> <new name>.',
    renamed: 'Renamed the {{provider}} key “{{from}}” to “{{to}}”. Uploads made with it are still found by its id.',
    testOptions: "keys test takes the provider's name, and --name, --base-url and --region only.",
    noKeyYet: 'There is no {{provider}} API key yet. Save one with: media-uploader keys set {{id}}',
    tested: '{{message}} (Tested {{source}}.)',
    sourceEnvironment: 'the key in {{variable}}',
    sourceSaved: 'the saved key',
    sourceNamed: 'the saved key “{{name}}”',
    saveNew: 'To save a new key: media-uploader keys set {{command}}',
    notPersistent: 'Warning: no keychain service (such as GNOME Keyring or KWallet) is running, so keys are kept in the kernel keyring, which forgets them when this computer restarts. Start or install a keyring to keep them, or set {{variable}} instead.',
    anyVariable: 'the provider’s environment variable',
  },
  history: {
    usage: `Usage: media-uploader history [--search TEXT] [--limit N] [--json]

  --search   only uploads whose file name, provider, key name, link, asset ID or path contain every word
  --limit    show at most N uploads (default: all)
  --json     one JSON object per upload per line, newest first, nothing else
             (keyName and keyId: the key that made it, where recorded; never the key)

The history is kept in the app's data folder; {{variable}} points to another one.
`,
    limit: '--limit must be a whole number of 1 or more, not "{{value}}".',
    nothingYet: 'No uploads yet (looked in {{dir}}).',
    damaged_one: 'Note: {{count}} damaged line(s) in {{file}} were skipped (an interrupted write or a disk problem).',
    damaged_other: 'Note: {{count}} damaged line(s) in {{file}} were skipped (an interrupted write or a disk problem).',
    when: 'When',
    provider: 'Provider',
    file: 'File',
    result: 'Result',
    failed: 'failed: {{message}}',
    unknownError: 'unknown error',
    uploaded: 'uploaded',
    expires: 'expires {{time}}',
    deletedFrom: 'deleted from {{provider}} {{time}}',
    uploads_one: '{{count}} upload',
    uploads_other: '{{count}} uploads',
    all: '{{uploads}}.',
    allShown: '{{uploads}}, {{shown}} newest shown.',
    matching: '{{uploads}} of {{all}} match "{{search}}".',
    matchingShown: '{{uploads}} of {{all}} match "{{search}}", {{shown}} shown.',
  },
  delete: {
    usage: `Usage: media-uploader delete <history id or asset id> --provider {{providers}}
         [--yes] [--base-url URL] [--region {{regions}}]

  Deletes an upload from the provider for good, and marks its history entry removed.
  The id is a history entry's id (media-uploader history --json) or the asset ID the
  provider gave. memories.ai and HeyGen can delete uploads; AssemblyAI and WaveSpeedAI
  cannot (they delete uploads themselves after a few days).

  --provider   where the upload is (required)
  --yes        delete without asking (needed when there is no terminal to ask on)
`,
    nameOne: 'Name one upload: its history id or its asset ID.',
    sayWhere: 'Say where the upload is with --provider ({{providers}}).',
    providerUnknown: '--provider must name one of: {{providers}}.',
    otherProvider: 'That history entry is an upload to {{entryProvider}}, not {{provider}}. Run it again with --provider {{id}}.',
    alreadyDeleted: '{{name}} was already deleted from {{provider}} on {{day}}.',
    noAssetId: '{{name}} has no {{provider}} asset ID to delete: it did not finish uploading.',
    withAssetId: 'the upload with asset ID {{id}}',
    namedWithAssetId: '{{name}} (asset ID {{id}})',
    confirm: 'Delete {{what}} from {{provider}}? It cannot be undone. [y/N] ',
    // The answers taken as yes, separated by commas; anything else keeps the upload.
    yesAnswers: 'y, yes',
    nothingDeleted: 'Nothing was deleted.',
    nothingDeletedNoTerminal: 'Nothing was deleted: there is no terminal to ask on. Add --yes to delete without asking.',
    deleted: 'Deleted {{what}} from {{provider}}.',
    keyHint: "Here: run 'media-uploader keys set {{id}}', or set {{variable}}.",
    removedKeyHint: "Here: 'media-uploader keys list' shows the saved keys; 'media-uploader keys set {{id}} --name NAME' adds that key again.",
    historyNotOpened: 'The upload history could not be opened, so it will not say the upload was deleted: {{message}}',
  },
} as const satisfies Catalogue;

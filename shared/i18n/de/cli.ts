// The cli words in de (../catalogue-types.ts says what each namespace holds).

import type { Catalogue } from '../catalogue-types.ts';

export default {
  main: {
    help: `media-uploader: Bilder, Videos und Audio zu KI-Diensten hochladen.

{{uploadUsage}}
Weitere Befehle:
  media-uploader keys set <provider> [--name NAME]
                                         einen Schlüssel im Schlüsselbund des Systems speichern
                                         (verdeckt eingegeben); mehrere pro Anbieter unter
                                         Namen, einer davon der Standard
  media-uploader keys list               die Schlüssel jedes Anbieters: Namen, IDs, Standard
                                         (nie ein Schlüssel selbst)
  media-uploader keys default <provider> <name>
                                         der Schlüssel für Uploads, die keinen nennen (--key)
  media-uploader keys delete <provider> [--name NAME]
                                         einen Schlüssel vergessen
  media-uploader keys test <provider> [--name NAME]
                                         einen Schlüssel beim Anbieter prüfen
  media-uploader history [--search TEXT] [--json]
  media-uploader delete <history id or asset id> --provider <provider> [--yes]
                                         einen Upload bei memories.ai oder HeyGen löschen

Anbieter:
{{providers}}

Umgebung:
  ASSEMBLYAI_API_KEY, MEMORIES_API_KEY, WAVESPEED_API_KEY, HEYGEN_API_KEY
                                    ein Schlüssel für diesen Lauf („aus der Umgebung“); gilt vor
                                    dem Standardschlüssel im Schlüsselbund, nicht vor --key
  MEDIA_UPLOADER_DATA_DIR           wo der Verlauf liegt (Standard: der Datenordner der App)
  MEDIA_UPLOADER_KEYCHAIN_SERVICE   Gruppe der Schlüsselbund-Einträge (Standard media-uploader),
                                    für Tests und Skripte
  HTTPS_PROXY, HTTP_PROXY, NO_PROXY der Proxy für die Verbindung und die Hosts, die direkt gehen,
                                    wie curl sie liest (groß oder klein; auch ALL_PROXY;
                                    http://user:password@host:port)
  LC_ALL, LC_MESSAGES, LANG         die Sprache der Ausgaben für Menschen (--json bleibt gleich)

Exit-Status: 0, wenn alle Dateien hochgeladen wurden, 1, wenn eine fehlschlug, 2 bei falscher
Verwendung.
`,
    providerLine: "{{name}} (Schlüssel aus {{variable}} oder 'media-uploader keys set {{id}}')",
    notACommand: 'Das ist kein Befehl von media-uploader. Mit media-uploader --help sehen Sie, was er kann.',
    somethingWrong: 'In media-uploader ist etwas schiefgegangen: {{message}}',
  },
  upload: {
    usage: `Verwendung: media-uploader upload <Datei oder Ordner>... --provider {{providers}}[,…]
         [--key NAME] [--region {{regions}}] [--base-url URL] [--concurrency N] [--json] [--next] [--keep-location] [--convert] [--reuse] [--wait]
         [--offline-wait DAUER]

  --provider      wohin die Dateien gehen (Pflicht); mehrere, durch Kommas getrennt, schicken
                  jede Datei an jeden (assemblyai,memories): je ein Upload und eine Zeile
  --key           welcher der gespeicherten Schlüssel des (ersten) Anbieters
                  (media-uploader keys list); ohne die Angabe der Schlüssel aus seiner
                  Umgebungsvariable, sonst sein Standardschlüssel. Zu jedem Upload wird
                  vermerkt, welcher Schlüssel ihn gemacht hat (Name und ID, nie der
                  Schlüssel: "key" in --json)
  --region        {{regionHelp}}
  --base-url      an diesen Server statt an den des Anbieters senden (mit dem dokumentierten Pfad)
  --concurrency   gleichzeitige Uploads, {{min}} bis {{max}} (Standard {{concurrency}})
  --json          ein JSON-Objekt pro Datei und Zeile auf stdout, sonst nichts
  --next          zu jeder hochgeladenen Datei auch die übliche nächste Anfrage als curl-Befehl
                  ausgeben (der Schlüssel bleibt in seiner Umgebungsvariable, z. B. $HEYGEN_API_KEY)
  --keep-location Fotos und Videos mit ihren Standortdaten (GPS) senden; sonst wird eine Kopie
                  ohne sie gesendet, und die Datei selbst bleibt, wie sie ist
  --convert       eine Datei, die der Anbieter nicht annimmt, in ein Format umwandeln, das er
                  annimmt, und das senden: MOV zu MP4 (ohne Neukodierung, wo die Codecs es
                  erlauben), FLAC, M4A, OGG oder AAC zu MP3, GIF, WebP, BMP oder TIFF zu PNG;
                  die Datei selbst bleibt
  --wait          warten, bis der Anbieter meldet, dass jeder Upload bereit ist (memories.ai,
                  HeyGen), statt zu melden, sobald er die Daten hat
  --offline-wait  wenn der Anbieter nicht erreichbar ist (keine Verbindung), so lange auf ihn
                  warten, bevor Uploads fehlschlagen, z. B. 90s, 10m (Standard 5m)
  --reuse         eine Datei, die schon mit demselben Schlüssel zum selben Anbieter hochgeladen
                  wurde (gleiche Größe und gleicher Fingerabdruck, Link nicht abgelaufen, laut
                  Verlauf), wird nicht erneut gesendet: ihr Link wird wiederverwendet
`,
    regionHelp: 'Datenregion von {{provider}} (Standard {{region}})',
    chooseProvider: 'Wählen Sie mit --provider, wohin hochgeladen wird ({{providers}}).',
    providerUnknown: '--provider muss einen dieser Anbieter nennen: {{providers}}, oder mehrere durch Kommas getrennt (assemblyai,memories).',
    nameAFile: 'Nennen Sie mindestens eine Datei oder einen Ordner zum Hochladen.',
    concurrency: '--concurrency muss eine ganze Zahl von {{min}} bis {{max}} sein.',
    offlineWait: '--offline-wait muss eine Dauer sein, etwa 90s, 5m oder 1h.',
    keyName: '--key nennt einen der gespeicherten Schlüssel (media-uploader keys list). {{problem}}',
    notRecorded: '{{name}} wurde hochgeladen, aber der Verlauf konnte es nicht festhalten: {{message}}',
    historyNotOpened: 'Der Upload-Verlauf ließ sich nicht öffnen, daher wird dieser Lauf nicht festgehalten: {{message}}',
    note: 'Hinweis: {{text}}',
  },
  report: {
    keyHint: "Hier: Führen Sie 'media-uploader keys set {{provider}}' aus oder setzen Sie {{variable}}.",
    removedKeyHint: "Hier: 'media-uploader keys list' zeigt die gespeicherten Schlüssel; 'media-uploader keys set {{provider}} --name NAME' fügt einen hinzu.",
    asset: 'Asset {{id}}',
    withKey: 'Schlüssel {{name}}',
    stillProcessing: 'Wird bei {{provider}} noch verarbeitet: nutzbar, sobald das fertig ist (--wait wartet darauf).',
    converted: '{{conversion}}: Die umgewandelte Kopie wurde gesendet.',
    locationRemoved: 'Standort entfernt: Eine Kopie ohne ihn wurde gesendet.',
    reused: 'Bereits am {{day}} hochgeladen: Dieser Link wird wiederverwendet, nichts wurde gesendet.',
    next: 'Als Nächstes – {{purpose}}:',
  },
  progress: {
    waiting: 'wartet',
    left: 'noch {{time}}',
    attempt: '(Versuch {{attempt}})',
    allFiles_one: '{{count}} Datei',
    allFiles_other: 'Alle {{count}} Dateien',
    allUploads_one: '{{count}} Upload',
    allUploads_other: 'Alle {{count}} Uploads',
    done: '{{count}} fertig',
  },
  offline: {
    waiting: 'Warte auf die Internetverbindung (bis zu {{time}})…',
    back: 'Die Verbindung ist wieder da: Es wird hochgeladen.',
  },
  options: {
    baseUrlNotAnAddress: '--base-url muss eine Webadresse sein, die mit https:// beginnt.',
    baseUrlPlainHttp: '--base-url muss mit https:// beginnen. Einfaches http:// geht nur für diesen Computer (localhost, 127.0.0.1 oder [::1]), damit ein Schlüssel nie unverschlüsselt durch ein Netzwerk geht.',
    region: '--region muss {{choices}} sein, nicht „{{region}}“.',
  },
  keyList: {
    keptIn: 'Die Schlüssel liegen im {{backend}}.',
    row: '{{name}}  ID {{id}}',
    default: 'Standard',
    noKey: 'kein Schlüssel gespeichert',
    unreadable: 'konnte nicht gelesen werden',
    override: '{{variable}} ist gesetzt und wird stattdessen verwendet (ID {{id}})',
  },
  keys: {
    usage: `Verwendung: media-uploader keys set <provider> [--name NAME]
                                         einen Schlüssel speichern (verdeckt eingegeben oder
                                         per Pipe); mit Namen ein weiterer Schlüssel, oder der
                                         gleichnamige wird ersetzt
       media-uploader keys list          die Schlüssel jedes Anbieters: Namen, IDs, der Standard
                                         (nie ein Schlüssel selbst)
       media-uploader keys default <provider> <name>
                                         diesen Schlüssel nehmen, wenn ein Upload keinen nennt (--key)
       media-uploader keys rename <provider> <name> <new name>
       media-uploader keys delete <provider> [--name NAME]
                                         einen gespeicherten Schlüssel vergessen (ohne --name
                                         den Standardschlüssel)
       media-uploader keys test <provider> [--name NAME] [--base-url URL] [--region {{regions}}]
                                         beim Anbieter nachfragen, ob der Schlüssel funktioniert

Anbieter: {{providers}}
Der erste Schlüssel eines Anbieters heißt {{defaultName}}, wenn Sie ihn nicht benennen; \`upload --key NAME\` nimmt einen anderen.
Ein Schlüssel in {{variables}} gilt für diesen Lauf vor dem Standardschlüssel.
{{serviceVariable}} nennt eine andere Gruppe von Schlüsselbund-Einträgen (für Tests und Skripte).
`,
    listTakesNothing: 'keys list nimmt keine Argumente.',
    sayWhat: 'Sagen Sie, was mit den Schlüsseln geschehen soll.',
    notACommand: 'Das ist kein keys-Befehl (set, list, default, rename, delete oder test).',
    providerAndName: 'keys {{action}} nimmt nur den Namen des Anbieters und --name NAME.',
    nameTheProvider: 'Nennen Sie den Anbieter: media-uploader keys {{action}} <{{providers}}>.',
    notAProvider: 'Das ist kein Anbietername. Wählen Sie einen von: {{providers}}. (Die Eingabe wird nicht angezeigt, falls es ein Schlüssel war.)',
    notOnCommandLine: 'Geben Sie den Schlüssel nicht in der Befehlszeile an, wo andere Benutzer dieses Computers ihn sehen können. Führen Sie den Befehl ohne ihn aus und fügen Sie den Schlüssel ein, wenn danach gefragt wird, oder leiten Sie ihn per Pipe weiter.',
    onlyProvider: 'keys {{action}} nimmt nur den Namen des Anbieters.',
    paste: 'Fügen Sie Ihren API-Schlüssel für {{provider}} ein (von {{page}}) und drücken Sie die Eingabetaste: ',
    noKeyGiven: 'Es wurde kein Schlüssel eingegeben, daher wurde nichts gespeichert.',
    wrongLength_one: 'Das sieht nicht nach einem API-Schlüssel für {{provider}} aus (er hat {{count}} Zeichen). Kopieren Sie den ganzen Schlüssel von {{page}} und versuchen Sie es noch einmal. Es wurde nichts gespeichert.',
    wrongLength_other: 'Das sieht nicht nach einem API-Schlüssel für {{provider}} aus (er hat {{count}} Zeichen). Kopieren Sie den ganzen Schlüssel von {{page}} und versuchen Sie es noch einmal. Es wurde nichts gespeichert.',
    nothingSaved: '{{problem}} Es wurde nichts gespeichert.',
    saved: 'Der Schlüssel für {{provider}} ist im {{backend}} gespeichert.',
    savedNamed: 'Der Schlüssel „{{name}}“ für {{provider}} ist im {{backend}} gespeichert.',
    notTheDefault: 'Er ist nicht der Standardschlüssel: Laden Sie mit --key {{name}} hoch, oder machen Sie ihn zum Standard mit: media-uploader keys default {{id}} {{name}}',
    environmentWins: 'Hinweis: {{variable}} ist in dieser Umgebung gesetzt und gilt vor dem Standardschlüssel, solange das so ist.',
    noneSaved: 'Im {{backend}} war kein Schlüssel für {{provider}} gespeichert.',
    noneOfThatNameIn: "Im {{backend}} gibt es keinen Schlüssel für {{provider}} mit diesem Namen. 'media-uploader keys list' zeigt die gespeicherten Schlüssel.",
    noneOfThatName: "Es gibt keinen Schlüssel für {{provider}} mit diesem Namen. 'media-uploader keys list' zeigt die gespeicherten Schlüssel.",
    deleted: 'Der Schlüssel für {{provider}} wurde aus dem {{backend}} gelöscht.',
    deletedNamed: 'Der Schlüssel „{{name}}“ für {{provider}} wurde aus dem {{backend}} gelöscht.',
    newDefault: 'Standardschlüssel für {{provider}} ist jetzt „{{name}}“.',
    environmentStillSet: 'Hinweis: {{variable}} ist in dieser Umgebung noch gesetzt, daher wird für diesen Lauf weiterhin ein Schlüssel verwendet.',
    nameTheKey: "Nennen Sie den Schlüssel: media-uploader keys default {{id}} <name> ('media-uploader keys list' zeigt die Namen).",
    isNowDefault: '„{{name}}“ ist jetzt der Standardschlüssel für {{provider}}: Uploads, die keinen Schlüssel nennen (--key), nutzen ihn.',
    nameBoth: 'Nennen Sie den Schlüssel und seinen neuen Namen: media-uploader keys rename {{id}} <name> <new name>.',
    renamed: 'Der Schlüssel „{{from}}“ für {{provider}} heißt jetzt „{{to}}“. Uploads, die damit gemacht wurden, werden weiter über seine ID gefunden.',
    testOptions: 'keys test nimmt nur den Namen des Anbieters sowie --name, --base-url und --region.',
    noKeyYet: 'Es gibt noch keinen API-Schlüssel für {{provider}}. Speichern Sie einen mit: media-uploader keys set {{id}}',
    tested: '{{message}} (Geprüft: {{source}}.)',
    sourceEnvironment: 'der Schlüssel in {{variable}}',
    sourceSaved: 'der gespeicherte Schlüssel',
    sourceNamed: 'der gespeicherte Schlüssel „{{name}}“',
    saveNew: 'Einen neuen Schlüssel speichern: media-uploader keys set {{command}}',
    notPersistent: 'Warnung: Es läuft kein Schlüsselbund-Dienst (etwa GNOME Keyring oder KWallet), daher liegen die Schlüssel im Kernel-Schlüsselbund, der sie beim Neustart dieses Computers vergisst. Starten oder installieren Sie einen Schlüsselbund, um sie zu behalten, oder setzen Sie stattdessen {{variable}}.',
    anyVariable: 'die Umgebungsvariable des Anbieters',
  },
  history: {
    usage: `Verwendung: media-uploader history [--search TEXT] [--limit N] [--json]

  --search   nur Uploads, deren Dateiname, Anbieter, Schlüsselname, Link, Asset-ID oder Pfad
             jedes Wort enthält
  --limit    höchstens N Uploads zeigen (Standard: alle)
  --json     ein JSON-Objekt pro Upload und Zeile, neueste zuerst, sonst nichts
             (keyName und keyId: der Schlüssel, der ihn gemacht hat, wo vermerkt; nie der Schlüssel)

Der Verlauf liegt im Datenordner der App; {{variable}} verweist auf einen anderen.
`,
    limit: '--limit muss eine ganze Zahl ab 1 sein, nicht „{{value}}“.',
    nothingYet: 'Noch keine Uploads (gesucht in {{dir}}).',
    damaged_one: 'Hinweis: {{count}} beschädigte Zeile in {{file}} wurde übersprungen (ein unterbrochener Schreibvorgang oder ein Plattenproblem).',
    damaged_other: 'Hinweis: {{count}} beschädigte Zeilen in {{file}} wurden übersprungen (ein unterbrochener Schreibvorgang oder ein Plattenproblem).',
    when: 'Wann',
    provider: 'Anbieter',
    file: 'Datei',
    result: 'Ergebnis',
    failed: 'fehlgeschlagen: {{message}}',
    unknownError: 'unbekannter Fehler',
    uploaded: 'hochgeladen',
    expires: 'läuft am {{time}} ab',
    deletedFrom: 'am {{time}} bei {{provider}} gelöscht',
    uploads_one: '{{count}} Upload',
    uploads_other: '{{count}} Uploads',
    all: '{{uploads}}.',
    allShown: '{{uploads}}, die {{shown}} neuesten angezeigt.',
    matching: '{{uploads}} von {{all}} passen zu „{{search}}“.',
    matchingShown: '{{uploads}} von {{all}} passen zu „{{search}}“, {{shown}} angezeigt.',
  },
  delete: {
    usage: `Verwendung: media-uploader delete <history id or asset id> --provider {{providers}}
         [--yes] [--base-url URL] [--region {{regions}}]

  Löscht einen Upload endgültig beim Anbieter und markiert seinen Verlaufseintrag als entfernt.
  Die ID ist die eines Verlaufseintrags (media-uploader history --json) oder die Asset-ID,
  die der Anbieter vergeben hat. memories.ai und HeyGen können Uploads löschen; AssemblyAI und
  WaveSpeedAI nicht (sie löschen Uploads nach einigen Tagen selbst).

  --provider   wo der Upload liegt (Pflicht)
  --yes        ohne Rückfrage löschen (nötig, wenn es kein Terminal zum Nachfragen gibt)
`,
    nameOne: 'Nennen Sie einen Upload: seine Verlaufs-ID oder seine Asset-ID.',
    sayWhere: 'Sagen Sie mit --provider, wo der Upload liegt ({{providers}}).',
    providerUnknown: '--provider muss einen dieser Anbieter nennen: {{providers}}.',
    otherProvider: 'Dieser Verlaufseintrag ist ein Upload zu {{entryProvider}}, nicht zu {{provider}}. Führen Sie den Befehl noch einmal mit --provider {{id}} aus.',
    alreadyDeleted: '{{name}} wurde bereits am {{day}} bei {{provider}} gelöscht.',
    noAssetId: '{{name}} hat keine Asset-ID bei {{provider}} zum Löschen: Der Upload wurde nicht fertig.',
    withAssetId: 'Upload mit der Asset-ID {{id}}',
    namedWithAssetId: '{{name}} (Asset-ID {{id}})',
    confirm: '{{what}} bei {{provider}} löschen? Das lässt sich nicht rückgängig machen. [j/N] ',
    yesAnswers: 'j, ja',
    nothingDeleted: 'Es wurde nichts gelöscht.',
    nothingDeletedNoTerminal: 'Es wurde nichts gelöscht: Es gibt kein Terminal zum Nachfragen. Mit --yes wird ohne Rückfrage gelöscht.',
    deleted: '{{what}} wurde bei {{provider}} gelöscht.',
    keyHint: "Hier: Führen Sie 'media-uploader keys set {{id}}' aus oder setzen Sie {{variable}}.",
    removedKeyHint: "Hier: 'media-uploader keys list' zeigt die gespeicherten Schlüssel; 'media-uploader keys set {{id}} --name NAME' fügt diesen Schlüssel wieder hinzu.",
    historyNotOpened: 'Der Upload-Verlauf ließ sich nicht öffnen, daher wird er die Löschung nicht vermerken: {{message}}',
  },
} as const satisfies Catalogue;

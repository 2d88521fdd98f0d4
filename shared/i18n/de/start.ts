// The start words in de (../catalogue-types.ts says what each namespace holds).

import type { Catalogue } from '../catalogue-types.ts';

export default {
  header: {
    appName: 'Media Uploader',
    sections: 'Bereiche',
    queue: 'Warteschlange',
    history: 'Verlauf',
    settings: 'Einstellungen',
    addFiles: 'Dateien hinzufügen…',
  },
  guide: {
    step: 'Schritt {{step}} von {{steps}}',
    skip: 'Vorerst überspringen',
    pickTitle: 'Wohin sollen Ihre Dateien?',
    pickText: 'Wählen Sie den Dienst, den Sie nutzen. Einzelne Dateien können Sie später auch anderswohin senden.',
    service: 'Dienst',
    takes: 'Nimmt {{takes}}.',
    continueWith: 'Weiter mit {{service}}',
    keyTitle: 'Fügen Sie Ihren API-Schlüssel für {{service}} ein',
    keyText: 'Ein API-Schlüssel ist wie ein Passwort, mit dem diese App in Ihr {{service}}-Konto hochladen darf. Melden Sie sich auf der Website von {{service}} an, öffnen Sie die Seite mit den API-Schlüsseln, kopieren Sie den Schlüssel und fügen Sie ihn unten ein. Er wird im Passwortspeicher Ihres Computers aufbewahrt.',
    back: 'Zurück',
  },
  update: {
    ready: 'Version {{version}} von Media Uploader ist bereit.',
    restart: 'Neu starten und aktualisieren',
    later: 'Später',
    checkFailed: 'Media Uploader konnte nicht nach Updates suchen.',
    restartFailed: 'Media Uploader konnte nicht zum Aktualisieren neu starten.',
  },
  errorDetails: {
    region: 'Technische Details zu {{name}}',
    said: '{{service}} meldete:',
    code: 'Code {{code}}',
    http: 'HTTP {{status}}',
    attempts_one: '{{count}} Versuch',
    attempts_other: '{{count}} Versuche',
    file: 'Datei: {{name}} ({{type}}, {{size}} Byte)',
    service: 'Dienst: {{service}}',
    what: 'Was passiert ist: {{what}}',
    saidLine: '{{service}} meldete: {{detail}}',
    copy: 'Für den Support kopieren',
    copyLabel: 'Für den Support kopieren: {{name}}',
    copied: 'Die Details wurden kopiert. Fügen Sie sie in Ihre Nachricht an den Support ein.',
  },
  frame: {
    loadFailed: {
      queue: 'Das Fenster konnte die Upload-Liste nicht laden.',
      paused: 'Das Fenster konnte nicht laden, ob Uploads pausiert sind.',
      settings: 'Das Fenster konnte die Einstellungen nicht laden.',
      keys: 'Das Fenster konnte Ihre API-Schlüssel nicht laden.',
      update: 'Das Fenster konnte nicht laden, ob eine neue Version bereitsteht.',
      history: 'Das Fenster konnte den Verlauf nicht laden.',
    },
    loadFailedHelp: 'Schließen Sie das Fenster und öffnen Sie es erneut. Hilft das nicht, starten Sie die App neu.',
    finished: {
      one: '{{name}} wurde zu {{service}} hochgeladen.',
      several_one: '{{count}} Datei hochgeladen.',
      several_other: '{{count}} Dateien hochgeladen.',
      oneFailed: '{{name}} ist fehlgeschlagen. {{reason}}',
      severalFailed_one: '{{count}} Upload fehlgeschlagen.',
      severalFailed_other: '{{count}} Uploads fehlgeschlagen.',
      all: 'Alle Uploads abgeschlossen: {{done}} fertig, {{failed}} fehlgeschlagen.',
    },
  },
} as const satisfies Catalogue;

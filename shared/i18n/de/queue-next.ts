// The queue words in de of the Use it next dialog: a finished upload's next request, as a command
// for a terminal. queue.ts joins them to the rest of the namespace.

import type { Catalogue } from '../catalogue-types.ts';

export default {
  next: {
    useItNext: 'Weiterverwenden',
    useItNextFor: 'Weiterverwenden: {{name}}',
    forDevelopers: 'Für Entwickler',
    forDevelopersFor: 'Für Entwickler: {{name}}',
    purposeNote: '{{purpose}}: ein Befehl fürs Terminal',
    title: '{{purpose}} mit {{service}}',
    paste: 'Fügen Sie dies in ein Terminal ein.',
    pasteReadsKey: 'Fügen Sie dies in ein Terminal ein. Es liest Ihren Schlüssel aus <code>{{variable}}</code>: Legen Sie diese Variable zuerst fest.',
    replaceWords: 'Ersetzen Sie die Wörter in <spitzen Klammern>.',
    keyGone: 'Der Schlüssel „{{key}}“, mit dem dieser Upload gemacht wurde, ist in dieser App nicht mehr gespeichert (er wurde entfernt oder ersetzt). Nur dieser Schlüssel kann den Upload verwenden; ohne ihn laden Sie die Datei bitte erneut hoch.',
    command: 'Befehl',
    body: 'Anfragetext',
    bodyOnItsOwn: 'Der Anfragetext allein:',
    copyBody: 'Anfragetext kopieren',
    copyBodyFor: 'Anfragetext für {{name}} kopieren',
    bodyCopied: 'Der Anfragetext wurde kopiert.',
    copyCommand: 'Befehl kopieren',
    copyCommandFor: 'Befehl für {{name}} kopieren',
    commandCopied: 'Der Befehl wurde kopiert.',
    close: 'Schließen',
  },
} as const satisfies Catalogue;

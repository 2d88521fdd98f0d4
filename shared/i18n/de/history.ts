// The history words in de (../catalogue-types.ts says what each namespace holds).

import type { Catalogue } from '../catalogue-types.ts';

export default {
  // The history's CSV export (electron/core/history/history-export.ts), for people in a spreadsheet.
  csv: {
    date: 'Datum',
    file: 'Datei',
    folder: 'Ordner',
    provider: 'Anbieter',
    key: 'Schlüssel',
    status: 'Status',
    link: 'Link',
    assetId: 'Asset-ID',
    linkExpires: 'Link läuft ab',
    size: 'Größe',
    whatWentWrong: 'Was schiefging',
    uploaded: 'Hochgeladen',
    failed: 'Fehlgeschlagen',
    uploadedLater: 'Fehlgeschlagen, später hochgeladen',
    deletedFrom: 'Bei {{provider}} gelöscht',
    notFinished: 'Der Upload wurde nicht abgeschlossen.',
  },
} as const satisfies Catalogue;

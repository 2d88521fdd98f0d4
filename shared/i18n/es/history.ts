// The history words in es (../catalogue-types.ts says what each namespace holds).

import type { Catalogue } from '../catalogue-types.ts';

export default {
  // The history's CSV export (electron/core/history/history-export.ts), for people in a spreadsheet.
  csv: {
    date: 'Fecha',
    file: 'Archivo',
    folder: 'Carpeta',
    provider: 'Proveedor',
    key: 'Clave',
    status: 'Estado',
    link: 'Enlace',
    assetId: 'ID de recurso',
    linkExpires: 'Caducidad del enlace',
    size: 'Tamaño',
    whatWentWrong: 'Qué salió mal',
    uploaded: 'Subido',
    failed: 'Falló',
    uploadedLater: 'Falló, subido más tarde',
    deletedFrom: 'Borrado de {{provider}}',
    notFinished: 'La subida no terminó.',
  },
} as const satisfies Catalogue;

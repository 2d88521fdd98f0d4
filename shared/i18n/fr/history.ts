// The history words in fr (../catalogue-types.ts says what each namespace holds).

import type { Catalogue } from '../catalogue-types.ts';

export default {
  // The history's CSV export (electron/core/history/history-export.ts), for people in a spreadsheet.
  csv: {
    date: 'Date',
    file: 'Fichier',
    folder: 'Dossier',
    provider: 'Fournisseur',
    key: 'Clé',
    status: 'État',
    link: 'Lien',
    assetId: 'ID de ressource',
    linkExpires: 'Expiration du lien',
    size: 'Taille',
    whatWentWrong: 'Problème',
    uploaded: 'Envoyé',
    failed: 'Échec',
    uploadedLater: 'Échec, envoyé plus tard',
    deletedFrom: 'Supprimé de {{provider}}',
    notFinished: 'L\'envoi n\'a pas abouti.',
  },
} as const satisfies Catalogue;

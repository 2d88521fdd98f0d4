// The history words in pt-BR (../catalogue-types.ts says what each namespace holds).

import type { Catalogue } from '../catalogue-types.ts';

export default {
  // The history's CSV export (electron/core/history/history-export.ts), for people in a spreadsheet.
  csv: {
    date: 'Data',
    file: 'Arquivo',
    folder: 'Pasta',
    provider: 'Provedor',
    key: 'Chave',
    status: 'Status',
    link: 'Link',
    assetId: 'ID do recurso',
    linkExpires: 'Link expira em',
    size: 'Tamanho',
    whatWentWrong: 'O que deu errado',
    uploaded: 'Enviado',
    failed: 'Falhou',
    uploadedLater: 'Falhou, enviado depois',
    deletedFrom: 'Excluído do {{provider}}',
    notFinished: 'O envio não terminou.',
  },
} as const satisfies Catalogue;

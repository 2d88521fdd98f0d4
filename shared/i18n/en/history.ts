// The history words in en (../catalogue-types.ts says what each namespace holds).

import type { Catalogue } from '../catalogue-types.ts';

export default {
  // The history's CSV export (electron/core/history/history-export.ts), for people in a spreadsheet.
  csv: {
    date: 'Date',
    file: 'File',
    folder: 'Folder',
    provider: 'Provider',
    key: 'Key',
    status: 'Status',
    link: 'Link',
    assetId: 'Asset ID',
    linkExpires: 'Link expires',
    size: 'Size',
    whatWentWrong: 'What went wrong',
    uploaded: 'Uploaded',
    failed: 'Failed',
    uploadedLater: 'Failed, uploaded later',
    deletedFrom: 'Deleted from {{provider}}',
    notFinished: 'The upload did not finish.',
  },
} as const satisfies Catalogue;

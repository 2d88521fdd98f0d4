// The queue words in en of the Use it next dialog: a finished upload's next request, as a command
// for a terminal. queue.ts joins them to the rest of the namespace.

import type { Catalogue } from '../catalogue-types.ts';

export default {
  next: {
    useItNext: 'Use it next',
    useItNextFor: 'Use it next: {{name}}',
    forDevelopers: 'For developers',
    forDevelopersFor: 'For developers: {{name}}',
    purposeNote: '{{purpose}}: a command for a terminal',
    title: '{{purpose}} with {{service}}',
    paste: 'Paste this into a terminal.',
    pasteReadsKey: 'Paste this into a terminal. It reads your key from <code>{{variable}}</code>: set that first.',
    replaceWords: 'Replace the words in <angle brackets>.',
    keyGone: 'The “{{key}}” key that made this upload is no longer saved in this app (it was removed or replaced). Only that key can use the upload: without it, upload the file again.',
    command: 'Command',
    body: 'Body',
    bodyOnItsOwn: 'The request\'s body on its own:',
    copyBody: 'Copy body',
    copyBodyFor: 'Copy the request body for {{name}}',
    bodyCopied: 'The request body was copied.',
    copyCommand: 'Copy command',
    copyCommandFor: 'Copy the command for {{name}}',
    commandCopied: 'The command was copied.',
    close: 'Close',
  },
} as const satisfies Catalogue;

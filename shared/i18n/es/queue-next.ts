// The queue words in es of the Use it next dialog: a finished upload's next request, as a command
// for a terminal. queue.ts joins them to the rest of the namespace.

import type { Catalogue } from '../catalogue-types.ts';

export default {
  next: {
    useItNext: 'Siguiente paso',
    useItNextFor: 'Siguiente paso: {{name}}',
    forDevelopers: 'Para desarrolladores',
    forDevelopersFor: 'Para desarrolladores: {{name}}',
    purposeNote: '{{purpose}}: un comando para la terminal',
    title: '{{purpose}} con {{service}}',
    paste: 'Pega esto en una terminal.',
    pasteReadsKey: 'Pega esto en una terminal. Lee tu clave de <code>{{variable}}</code>: defínela primero.',
    replaceWords: 'Sustituye las palabras entre <corchetes angulares>.',
    keyGone: 'La clave «{{key}}» con la que se hizo esta subida ya no está guardada en esta app (se quitó o se sustituyó). Solo esa clave puede usar la subida: sin ella, vuelve a subir el archivo.',
    command: 'Comando',
    body: 'Cuerpo',
    bodyOnItsOwn: 'El cuerpo de la solicitud por separado:',
    copyBody: 'Copiar cuerpo',
    copyBodyFor: 'Copiar el cuerpo de la solicitud de {{name}}',
    bodyCopied: 'Se copió el cuerpo de la solicitud.',
    copyCommand: 'Copiar comando',
    copyCommandFor: 'Copiar el comando de {{name}}',
    commandCopied: 'Se copió el comando.',
    close: 'Cerrar',
  },
} as const satisfies Catalogue;

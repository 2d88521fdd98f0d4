// The queue words in pt-BR of the Use it next dialog: a finished upload's next request, as a command
// for a terminal. queue.ts joins them to the rest of the namespace.

import type { Catalogue } from '../catalogue-types.ts';

export default {
  next: {
    useItNext: 'Próximo passo',
    useItNextFor: 'Próximo passo: {{name}}',
    forDevelopers: 'Para desenvolvedores',
    forDevelopersFor: 'Para desenvolvedores: {{name}}',
    purposeNote: '{{purpose}}: um comando para o terminal',
    title: '{{purpose}} com o {{service}}',
    paste: 'Cole isto em um terminal.',
    pasteReadsKey: 'Cole isto em um terminal. Ele lê sua chave de <code>{{variable}}</code>: defina essa variável primeiro.',
    replaceWords: 'Substitua as palavras entre <colchetes angulares>.',
    keyGone: 'A chave “{{key}}” que fez este envio não está mais salva neste app (foi removida ou substituída). Só essa chave pode usar o envio: sem ela, envie o arquivo de novo.',
    command: 'Comando',
    body: 'Corpo',
    bodyOnItsOwn: 'Só o corpo da requisição:',
    copyBody: 'Copiar corpo',
    copyBodyFor: 'Copiar o corpo da requisição de {{name}}',
    bodyCopied: 'O corpo da requisição foi copiado.',
    copyCommand: 'Copiar comando',
    copyCommandFor: 'Copiar o comando de {{name}}',
    commandCopied: 'O comando foi copiado.',
    close: 'Fechar',
  },
} as const satisfies Catalogue;

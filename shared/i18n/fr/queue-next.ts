// The queue words in fr of the Use it next dialog: a finished upload's next request, as a command
// for a terminal. queue.ts joins them to the rest of the namespace.

import type { Catalogue } from '../catalogue-types.ts';

export default {
  next: {
    useItNext: 'Utiliser ensuite',
    useItNextFor: 'Utiliser ensuite : {{name}}',
    forDevelopers: 'Pour les développeurs',
    forDevelopersFor: 'Pour les développeurs : {{name}}',
    purposeNote: '{{purpose}} : une commande pour le terminal',
    title: '{{purpose}} avec {{service}}',
    paste: 'Collez ceci dans un terminal.',
    pasteReadsKey: 'Collez ceci dans un terminal. La commande lit votre clé dans <code>{{variable}}</code> : définissez-la d’abord.',
    replaceWords: 'Remplacez les mots entre <chevrons>.',
    keyGone: 'La clé « {{key}} » qui a servi à cet envoi n’est plus enregistrée dans cette app (elle a été supprimée ou remplacée). Seule cette clé peut utiliser l’envoi : sans elle, envoyez à nouveau le fichier.',
    command: 'Commande',
    body: 'Corps',
    bodyOnItsOwn: 'Le corps de la requête seul :',
    copyBody: 'Copier le corps',
    copyBodyFor: 'Copier le corps de la requête pour {{name}}',
    bodyCopied: 'Le corps de la requête a été copié.',
    copyCommand: 'Copier la commande',
    copyCommandFor: 'Copier la commande pour {{name}}',
    commandCopied: 'La commande a été copiée.',
    close: 'Fermer',
  },
} as const satisfies Catalogue;

// The queue words in fr about files: what a file is ("PNG image"), what a service takes, the
// notices after a drop, a paste or Add files…, and sending refused files to another service.
// queue.ts joins them to the rest of the namespace.

import type { Catalogue } from '../catalogue-types.ts';

export default {
  types: {
    image: 'image {{format}}',
    photo: 'photo {{format}}',
    video: 'vidéo {{format}}',
    audio: 'audio {{format}}',
  },
  dropKinds: {
    image: 'Déposez des images ici',
    audio: 'Déposez des fichiers audio ici',
    video: 'Déposez des vidéos ici',
    image_audio: 'Déposez des images ou des fichiers audio ici',
    image_video: 'Déposez des images ou des vidéos ici',
    audio_video: 'Déposez des fichiers audio ou vidéo ici',
    image_audio_video: 'Déposez des images, de l’audio ou des vidéos ici',
  },
  takesKinds: {
    image: 'les images',
    audio: 'l’audio',
    video: 'la vidéo',
    image_audio: 'les images et l’audio',
    image_video: 'les images et la vidéo',
    audio_video: 'l’audio et la vidéo',
    image_audio_video: 'les images, l’audio et la vidéo',
  },
  refused: {
    image_one: 'Envoyer l’image ({{count, number}}) à {{service}}',
    image_many: 'Envoyer les {{count, number}} d’images à {{service}}',
    image_other: 'Envoyer les {{count, number}} images à {{service}}',
    video_one: 'Envoyer la vidéo ({{count, number}}) à {{service}}',
    video_many: 'Envoyer les {{count, number}} de vidéos à {{service}}',
    video_other: 'Envoyer les {{count, number}} vidéos à {{service}}',
    audio_one: 'Envoyer le fichier audio ({{count, number}}) à {{service}}',
    audio_many: 'Envoyer les {{count, number}} de fichiers audio à {{service}}',
    audio_other: 'Envoyer les {{count, number}} fichiers audio à {{service}}',
    file_one: 'Envoyer le fichier ({{count, number}}) à {{service}}',
    file_many: 'Envoyer les {{count, number}} de fichiers à {{service}}',
    file_other: 'Envoyer les {{count, number}} fichiers à {{service}}',
  },
  add: {
    failed: 'Impossible d’ajouter les fichiers.',
    notOnDisk: 'Rien n’a été ajouté.',
    notOnDiskLine: 'Ce que vous avez déposé n’est pas un fichier de cet ordinateur. Faites plutôt glisser des fichiers ou des dossiers depuis une fenêtre de dossier.',
    pasteFailed: 'Impossible d’ajouter ce que vous avez collé.',
    nothingToPaste: 'Il n’y avait rien à coller.',
    nothingToPasteLine: 'Copiez des fichiers dans une fenêtre de dossier, ou copiez une image, puis appuyez sur Ctrl+V (⌘V sur Mac) dans cette fenêtre.',
    added_one: '{{count, number}} fichier ajouté à la file.',
    added_many: '{{count, number}} de fichiers ajoutés à la file.',
    added_other: '{{count, number}} fichiers ajoutés à la file.',
  },
  move: {
    failed: 'Impossible de changer le service.',
    moved_one: '{{count, number}} fichier ira à {{service}}.',
    moved_many: '{{count, number}} de fichiers iront à {{service}}.',
    moved_other: '{{count, number}} fichiers iront à {{service}}.',
    undo: 'Annuler',
    undoFailed: 'Impossible d’annuler la modification.',
    defaultKeyFailed: 'Impossible de définir cette clé par défaut.',
  },
} as const satisfies Catalogue;

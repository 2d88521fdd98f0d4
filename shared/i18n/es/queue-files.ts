// The queue words in es about files: what a file is ("PNG image"), what a service takes, the
// notices after a drop, a paste or Add files…, and sending refused files to another service.
// queue.ts joins them to the rest of the namespace.

import type { Catalogue } from '../catalogue-types.ts';

export default {
  types: {
    image: 'imagen {{format}}',
    photo: 'foto {{format}}',
    video: 'vídeo {{format}}',
    audio: 'audio {{format}}',
  },
  dropKinds: {
    image: 'Suelta imágenes aquí',
    audio: 'Suelta archivos de audio aquí',
    video: 'Suelta archivos de vídeo aquí',
    image_audio: 'Suelta imágenes o archivos de audio aquí',
    image_video: 'Suelta imágenes o vídeos aquí',
    audio_video: 'Suelta archivos de audio o vídeo aquí',
    image_audio_video: 'Suelta imágenes, audio o vídeo aquí',
  },
  takesKinds: {
    image: 'imágenes',
    audio: 'audio',
    video: 'vídeo',
    image_audio: 'imágenes y audio',
    image_video: 'imágenes y vídeo',
    audio_video: 'audio y vídeo',
    image_audio_video: 'imágenes, audio y vídeo',
  },
  refused: {
    image_one: 'Enviar {{count, number}} imagen a {{service}}',
    image_many: 'Enviar los {{count, number}} de imágenes a {{service}}',
    image_other: 'Enviar las {{count, number}} imágenes a {{service}}',
    video_one: 'Enviar {{count, number}} vídeo a {{service}}',
    video_many: 'Enviar los {{count, number}} de vídeos a {{service}}',
    video_other: 'Enviar los {{count, number}} vídeos a {{service}}',
    audio_one: 'Enviar {{count, number}} archivo de audio a {{service}}',
    audio_many: 'Enviar los {{count, number}} de archivos de audio a {{service}}',
    audio_other: 'Enviar los {{count, number}} archivos de audio a {{service}}',
    file_one: 'Enviar {{count, number}} archivo a {{service}}',
    file_many: 'Enviar los {{count, number}} de archivos a {{service}}',
    file_other: 'Enviar los {{count, number}} archivos a {{service}}',
  },
  add: {
    failed: 'No se pudieron añadir los archivos.',
    notOnDisk: 'No se añadió nada.',
    notOnDiskLine: 'Lo que soltaste no es un archivo de este equipo. Arrastra archivos o carpetas desde una ventana de carpeta.',
    pasteFailed: 'No se pudo añadir lo que pegaste.',
    nothingToPaste: 'No había nada que pegar.',
    nothingToPasteLine: 'Copia archivos en una ventana de carpeta, o copia una imagen, y luego pulsa Ctrl+V (⌘V en Mac) en esta ventana.',
    added_one: 'Se añadió {{count, number}} archivo a la cola.',
    added_many: 'Se añadieron {{count, number}} de archivos a la cola.',
    added_other: 'Se añadieron {{count, number}} archivos a la cola.',
  },
  move: {
    failed: 'No se pudo cambiar el servicio.',
    moved_one: '{{count, number}} archivo irá a {{service}}.',
    moved_many: '{{count, number}} de archivos irán a {{service}}.',
    moved_other: '{{count, number}} archivos irán a {{service}}.',
    undo: 'Deshacer',
    undoFailed: 'No se pudo deshacer el cambio.',
    defaultKeyFailed: 'No se pudo hacer que esa clave sea la predeterminada.',
  },
} as const satisfies Catalogue;

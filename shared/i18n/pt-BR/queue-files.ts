// The queue words in pt-BR about files: what a file is ("PNG image"), what a service takes, the
// notices after a drop, a paste or Add files…, and sending refused files to another service.
// queue.ts joins them to the rest of the namespace.

import type { Catalogue } from '../catalogue-types.ts';

export default {
  types: {
    image: 'imagem {{format}}',
    photo: 'foto {{format}}',
    video: 'vídeo {{format}}',
    audio: 'áudio {{format}}',
  },
  dropKinds: {
    image: 'Solte imagens aqui',
    audio: 'Solte arquivos de áudio aqui',
    video: 'Solte arquivos de vídeo aqui',
    image_audio: 'Solte imagens ou arquivos de áudio aqui',
    image_video: 'Solte imagens ou vídeos aqui',
    audio_video: 'Solte arquivos de áudio ou vídeo aqui',
    image_audio_video: 'Solte imagens, áudio ou vídeo aqui',
  },
  takesKinds: {
    image: 'imagens',
    audio: 'áudio',
    video: 'vídeo',
    image_audio: 'imagens e áudio',
    image_video: 'imagens e vídeo',
    audio_video: 'áudio e vídeo',
    image_audio_video: 'imagens, áudio e vídeo',
  },
  refused: {
    image_one: 'Enviar {{count, number}} imagem para o {{service}}',
    image_many: 'Enviar as {{count, number}} de imagens para o {{service}}',
    image_other: 'Enviar as {{count, number}} imagens para o {{service}}',
    video_one: 'Enviar {{count, number}} vídeo para o {{service}}',
    video_many: 'Enviar os {{count, number}} de vídeos para o {{service}}',
    video_other: 'Enviar os {{count, number}} vídeos para o {{service}}',
    audio_one: 'Enviar {{count, number}} arquivo de áudio para o {{service}}',
    audio_many: 'Enviar os {{count, number}} de arquivos de áudio para o {{service}}',
    audio_other: 'Enviar os {{count, number}} arquivos de áudio para o {{service}}',
    file_one: 'Enviar {{count, number}} arquivo para o {{service}}',
    file_many: 'Enviar os {{count, number}} de arquivos para o {{service}}',
    file_other: 'Enviar os {{count, number}} arquivos para o {{service}}',
  },
  add: {
    failed: 'Não foi possível adicionar os arquivos.',
    notOnDisk: 'Nada foi adicionado.',
    notOnDiskLine: 'O que você soltou não é um arquivo deste computador. Arraste arquivos ou pastas de uma janela de pasta.',
    pasteFailed: 'Não foi possível adicionar o que você colou.',
    nothingToPaste: 'Não havia nada para colar.',
    nothingToPasteLine: 'Copie arquivos em uma janela de pasta, ou copie uma imagem, e depois pressione Ctrl+V (⌘V no Mac) nesta janela.',
    added_one: '{{count, number}} arquivo adicionado à fila.',
    added_many: '{{count, number}} de arquivos adicionados à fila.',
    added_other: '{{count, number}} arquivos adicionados à fila.',
  },
  move: {
    failed: 'Não foi possível trocar o serviço.',
    moved_one: '{{count, number}} arquivo vai para o {{service}}.',
    moved_many: '{{count, number}} de arquivos vão para o {{service}}.',
    moved_other: '{{count, number}} arquivos vão para o {{service}}.',
    undo: 'Desfazer',
    undoFailed: 'Não foi possível desfazer a alteração.',
    defaultKeyFailed: 'Não foi possível tornar essa chave a padrão.',
  },
} as const satisfies Catalogue;

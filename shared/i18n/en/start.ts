// The start words in en (../catalogue-types.ts says what each namespace holds).

import type { Catalogue } from '../catalogue-types.ts';

export default {
  header: {
    appName: 'Media Uploader',
    sections: 'Sections',
    queue: 'Queue',
    history: 'History',
    settings: 'Settings',
    addFiles: 'Add files…',
  },
  guide: {
    step: 'Step {{step}} of {{steps}}',
    skip: 'Skip for now',
    pickTitle: 'Where should your files go?',
    pickText: 'Pick the service you use. You can send single files elsewhere later.',
    service: 'Service',
    takes: 'Takes {{takes}}.',
    continueWith: 'Continue with {{service}}',
    keyTitle: 'Paste your {{service}} API key',
    keyText: 'An API key is like a password that lets this app upload to your {{service}} account. Sign in on the {{service}} website, open its API keys page, copy the key and paste it below. It is kept in your computer’s password store.',
    back: 'Back',
  },
  update: {
    ready: 'Version {{version}} of Media Uploader is ready.',
    restart: 'Restart to update',
    later: 'Later',
    checkFailed: 'Media Uploader could not look for updates.',
    restartFailed: 'Media Uploader could not restart to update.',
  },
  errorDetails: {
    region: 'Technical details for {{name}}',
    said: '{{service}} said:',
    code: 'Code {{code}}',
    http: 'HTTP {{status}}',
    attempts_one: '{{count}} attempt',
    attempts_other: '{{count}} attempts',
    file: 'File: {{name}} ({{type}}, {{size}} bytes)',
    service: 'Service: {{service}}',
    what: 'What happened: {{what}}',
    saidLine: '{{service}} said: {{detail}}',
    copy: 'Copy for support',
    copyLabel: 'Copy for support: {{name}}',
    copied: 'The details were copied. Paste them into your message to support.',
  },
  frame: {
    loadFailed: {
      queue: 'The window could not load the upload list.',
      paused: 'The window could not load whether uploads are paused.',
      settings: 'The window could not load the settings.',
      keys: 'The window could not load your API keys.',
      update: 'The window could not load whether a new version is ready.',
      history: 'The window could not load the history.',
    },
    loadFailedHelp: 'Close the window and open it again. If that does not help, restart the app.',
    finished: {
      one: '{{name}} uploaded to {{service}}.',
      several_one: '{{count}} file uploaded.',
      several_other: '{{count}} files uploaded.',
      oneFailed: '{{name}} failed. {{reason}}',
      severalFailed_one: '{{count}} upload failed.',
      severalFailed_other: '{{count}} uploads failed.',
      all: 'All uploads finished: {{done}} done, {{failed}} failed.',
    },
  },
} as const satisfies Catalogue;

// The errors words in en (../catalogue-types.ts says what each namespace holds).
//
// Upload failures are keyed by their code (shared/error-codes.ts), with a variant where a value
// is missing (`_noFile`: no file's name; `_noExtra`: no size, host or key name) or where the
// sentence says something else (`_until`, `_processed`…). shared/error-codes.ts errorSentence
// chooses the key; the values are {{provider}} (a service's name), {{file}} (a file's name) and
// {{extra}} (words that are never translated: a host, a proxy's host:port, a key's name), or
// already-formatted sizes and times. Failures outside an upload are under their own headings.

import type { Catalogue } from '../catalogue-types.ts';

export default {
  KEY_MISSING: 'There is no {{provider}} API key yet. Open Settings and paste your {{provider}} key.',
  KEY_REJECTED: '{{provider}} rejected the API key. Open Settings and paste a new one.',
  KEY_REMOVED: 'The {{provider}} key “{{extra}}” for {{file}} is no longer saved. Choose another key for it, or add that key again in Settings.',
  KEY_REMOVED_noFile: 'The {{provider}} key “{{extra}}” for this file is no longer saved. Choose another key for it, or add that key again in Settings.',
  KEY_REMOVED_noExtra: 'The {{provider}} key for {{file}} is no longer saved. Choose another key for it, or add that key again in Settings.',
  KEY_REMOVED_noFile_noExtra: 'The {{provider}} key for this file is no longer saved. Choose another key for it, or add that key again in Settings.',
  // A file about to be sent with the key chosen for it (shared/key-names.ts keyRemovedSentence).
  KEY_REMOVED_send: 'The {{provider}} key “{{extra}}” chosen for {{file}} is no longer saved. Choose another key for it, or add the “{{extra}}” key again in Settings.',
  KEY_REMOVED_send_noFile: 'The {{provider}} key “{{extra}}” chosen for this file is no longer saved. Choose another key for it, or add the “{{extra}}” key again in Settings.',
  // An upload already made with that key, which only that key's account can reach.
  KEY_REMOVED_reach: '{{file}} was made with the {{provider}} key “{{extra}}”, which is no longer saved (it was removed or replaced). Only that key’s account can reach it: add that key again in Settings, under any name.',
  KEY_REMOVED_reach_noFile: 'This upload was made with the {{provider}} key “{{extra}}”, which is no longer saved (it was removed or replaced). Only that key’s account can reach it: add that key again in Settings, under any name.',
  // A key with characters no key has (shared/key-rules.ts).
  KEY_REJECTED_characters: 'The {{provider}} key has characters a key cannot have, such as a line break or an invisible control character. Copy the key again from the {{provider}} website.',
  FORBIDDEN: '{{provider}} refused this upload for your account. Check your plan, or what the key is allowed to do, on the {{provider}} website.',
  FILE_NOT_FOUND: '{{file}} is no longer there. It may have been moved or deleted; add it again from its new place.',
  FILE_NOT_FOUND_noFile: 'The file is no longer there. It may have been moved or deleted; add it again from its new place.',
  NOT_A_FILE: '{{file}} is a folder or a device, not a media file. Choose a file instead.',
  NOT_A_FILE_noFile: 'This is a folder or a device, not a media file. Choose a file instead.',
  FILE_EMPTY: '{{file}} is empty (0 bytes). Check that it saved completely, then add it again.',
  FILE_EMPTY_noFile: 'The file is empty (0 bytes). Check that it saved completely, then add it again.',
  FILE_UNREADABLE: '{{file}} could not be read. Check that you have permission to open it and that the disk is connected.',
  FILE_UNREADABLE_noFile: 'The file could not be read. Check that you have permission to open it and that the disk is connected.',
  FILE_CHANGED: '{{file}} changed while it was being uploaded. Wait until it is finished saving, then press Retry.',
  FILE_CHANGED_noFile: 'The file changed while it was being uploaded. Wait until it is finished saving, then press Retry.',
  PHOTO_TOO_LARGE: '{{file}} is too large to convert ({{extra}}). Save a smaller copy of it, for example by exporting it from Photos, and add that instead.',
  PHOTO_TOO_LARGE_noFile: 'The photo is too large to convert ({{extra}}). Save a smaller copy of it, for example by exporting it from Photos, and add that instead.',
  PHOTO_TOO_LARGE_noExtra: '{{file}} is too large to convert. Save a smaller copy of it, for example by exporting it from Photos, and add that instead.',
  PHOTO_TOO_LARGE_noFile_noExtra: 'The photo is too large to convert. Save a smaller copy of it, for example by exporting it from Photos, and add that instead.',
  TOO_LARGE: '{{file}} is too large for {{provider}} ({{extra}}). Choose a smaller file or another service.',
  TOO_LARGE_noFile: 'The file is too large for {{provider}} ({{extra}}). Choose a smaller file or another service.',
  TOO_LARGE_noExtra: '{{file}} is too large for {{provider}}. Choose a smaller file or another service.',
  TOO_LARGE_noFile_noExtra: 'The file is too large for {{provider}}. Choose a smaller file or another service.',
  UNSUPPORTED_TYPE: '{{provider}} does not accept {{extra}}. Convert it to a format {{provider}} takes, or choose another service.',
  UNSUPPORTED_TYPE_noExtra: '{{provider}} does not accept this kind of file. Convert it to a format {{provider}} takes, or choose another service.',
  // A format the provider does not take ({{format}}: common's `formats`; {{takes}}: one of `takes`),
  // and what to do: the window's button or the terminal's option where a conversion would do ({{target}}).
  UNSUPPORTED_TYPE_format: '{{provider}} does not accept {{format}} files. {{takes}}: choose another service for this one.',
  UNSUPPORTED_TYPE_format_window: '{{provider}} does not accept {{format}} files. {{takes}}: press Convert and upload to send it as {{target}}, or choose another service for this one.',
  UNSUPPORTED_TYPE_format_terminal: '{{provider}} does not accept {{format}} files. {{takes}}: add --convert to convert it to {{target}} first, or choose another service for this one.',
  // A file whose bytes match no media format at all: naming a provider would only confuse.
  UNSUPPORTED_TYPE_notMedia: '{{file}} does not look like an image, video or audio file. Choose a media file instead.',
  RATE_LIMITED: '{{provider}} is receiving too many uploads from your account right now. Wait a minute, then press Retry.',
  // {{until}}: a time on the person's clock (format-units: clock time).
  RATE_LIMITED_until: '{{provider}} asks for no more uploads from your account until {{until}}. Press Retry after that.',
  PROVIDER_ERROR: '{{provider}} had a problem on its side. Try again in a few minutes.',
  // The provider had the file and failed while processing it (memories.ai's FAILED).
  PROVIDER_ERROR_file: '{{provider}} could not process {{file}} after it arrived, so it cannot be used. Press Retry to upload it again.',
  // Deleting an upload whose id the provider does not know (History's "Delete from …").
  PROVIDER_ERROR_unknownId: '{{provider}} does not know this ID, so nothing was deleted. It may have been deleted already.',
  NETWORK: 'Could not reach {{provider}}. Check your internet connection, then press Retry.',
  // {{extra}}: the host the certificate was for.
  CERTIFICATE_UNTRUSTED: 'Could not check that this computer is talking to the real {{provider}} ({{extra}}): the connection\'s certificate is not trusted. If your company inspects internet traffic, ask IT to install its certificate on this computer, then restart the uploader and try again.',
  CERTIFICATE_UNTRUSTED_noExtra: 'Could not check that this computer is talking to the real {{provider}}: the connection\'s certificate is not trusted. If your company inspects internet traffic, ask IT to install its certificate on this computer, then restart the uploader and try again.',
  TIMEOUT: '{{provider}} stopped responding. Check your internet connection, then press Retry.',
  // {{waited}}: a duration (format-units: duration).
  TIMEOUT_processing: '{{provider}} has not finished processing {{file}} after {{waited}}. It may still become ready: check again later.',
  CANCELLED: 'The upload was cancelled.',
  // The app quit while the file was uploading (electron/core/history/history-recorder.ts).
  CANCELLED_quit: 'Media Uploader was closed while this file was uploading, so it stopped. It is back in the upload list as interrupted: press Retry there to upload it again.',
  CONVERT_FAILED: '{{file}} could not be converted to a format {{provider}} takes: it may be damaged, or in a form the converter cannot read. Check that it plays, or choose another service.',
  CONVERT_FAILED_noFile: 'The file could not be converted to a format {{provider}} takes: it may be damaged, or in a form the converter cannot read. Check that it plays, or choose another service.',
  // The converter that comes with the app is not there, or cannot run (electron/core/convert/ffmpeg-binary.ts).
  CONVERT_FAILED_converterMissing: 'The converter that comes with Media Uploader (ffmpeg) is missing for this computer, so nothing could be converted for {{provider}}. Reinstall Media Uploader, or convert the file yourself and add it again.',
  CONVERT_FAILED_converterNotRunnable: 'The converter that comes with Media Uploader (ffmpeg) cannot be run (it is not marked as a program), so nothing could be converted for {{provider}}. Reinstall Media Uploader, or convert the file yourself and add it again.',
  LOCATION_TOO_COMPLEX: '{{file}} was not sent: it is built in an unusual way that would take too long to check for location data. To send it, keep its location (Settings, "Location in photos and videos", or --keep-location in a terminal), or save it again in another format and add that copy.',
  LOCATION_TOO_COMPLEX_noFile: 'The file was not sent: it is built in an unusual way that would take too long to check for location data. To send it, keep its location (Settings, "Location in photos and videos", or --keep-location in a terminal), or save it again in another format and add that copy.',
  // {{extra}}, for the three PROXY_ codes: the proxy's "host:port" (never its password).
  PROXY_AUTH: 'The proxy {{extra}} asks for a user name and password before it lets the uploader reach {{provider}}. Check your proxy settings, or ask your IT department for the proxy\'s sign-in, then press Retry.',
  PROXY_REFUSED: 'The proxy {{extra}} refused the connection to {{provider}}, or did not answer. Check your proxy settings, or ask your IT department whether {{provider}} is allowed, then press Retry.',
  PROXY_UNSUPPORTED: 'Your network settings send {{provider}} through the proxy {{extra}}, which the uploader cannot use yet: it is a SOCKS proxy, or not a proxy address. Ask your IT department for an HTTP proxy address to use instead.',
  BAD_RESPONSE: '{{provider}} sent an answer the uploader does not understand, so no link was saved. Try again later; if it keeps happening, {{provider}} may have changed how it works.',

  /** What goes in a sentence's parentheses, made from numbers in the reader's language. */
  sizes: {
    /** TOO_LARGE: the file's size and the provider's limit. */
    sizeAndLimit: '{{size}}; the limit is {{limit}}',
    /** PHOTO_TOO_LARGE: a file too large to look into. */
    photoFileSize: '{{size}}; up to {{limit}} megapixels can be converted',
    /** PHOTO_TOO_LARGE: one image's width × height. */
    photoPixels: '{{width}} × {{height}} pixels, {{megapixels}} megapixels; up to {{limit}} megapixels can be converted',
    /** PHOTO_TOO_LARGE: every image of the file together. */
    photoTotal: 'its images add up to {{megapixels}} megapixels; up to {{limit}} megapixels can be converted',
  },
  /** Which formats a provider takes: of the file's own kind ({{kind}}: common's `kinds`), or the kinds it takes. */
  takes: {
    formats: 'It takes {{kind}} only as {{list}}',
    kinds: 'It takes only {{kinds}} files',
  },
  /** A sentence with a note after it ({{note}}: a service's own note, as for a rejected key). */
  withNote: '{{sentence}} {{note}}',

  /** Why a service may refuse a key that is right, said after KEY_REJECTED. */
  keyRejectedNote: {
    assemblyai: 'If your AssemblyAI account is in the EU, choose European Union as the AssemblyAI region, then try again: an EU account’s key works only there.',
    wavespeed: 'WaveSpeedAI accepts a key only after the account’s first top-up: add credit on wavespeed.ai if you have not yet.',
  },
  /** What the person can do instead, said after TOO_LARGE. */
  hardLimitNote: {
    assemblyai: 'AssemblyAI can still transcribe a file of up to 5 GB if you put it online yourself and give AssemblyAI its link when you ask for the transcript.',
  },
  /** A service that offers no way to delete an upload ({{retention}}: how long it keeps uploads). */
  deletionNotOffered: '{{provider}} offers no way to delete an upload. {{retention}}',
  /** Deleting a history entry's upload that never finished. */
  nothingToDelete: '{{file}} has no {{provider}} ID to delete: it did not finish uploading.',

  /** The password store (electron/core/keys/secret-store.ts keychainSentence). */
  keychain: {
    unavailable: 'Your computer’s password store is locked or unavailable. Unlock it and try again.',
    locked: 'Your computer’s password store is locked. Unlock it (for example by logging in again) and try again.',
    denied: 'Your computer’s password store refused access to the uploader’s keys. Unlock it and try again.',
    ambiguous: 'Your computer’s password store holds more than one entry for this key. Remove the duplicates in its app (Keychain Access on a Mac), then try again.',
    noKeyring: 'Your computer’s password store has no keyring to keep keys in. Create or unlock one (on GNOME: the Passwords and Keys app), then try again.',
    notRunning: 'Your computer’s password store is not running. Start your keyring (GNOME Keyring or KWallet), or log in to a desktop session, then try again.',
    /** {{detail}}: the store's own words. */
    said: '{{sentence}} (The password store said: {{detail}})',
  },
  /** Saved keys by name (electron/core/keys/named-keys.ts). */
  keys: {
    noSuchName: 'There is no {{provider}} key named “{{name}}”.',
    empty: 'The {{provider}} key is empty. Paste the whole key and try again.',
    nameTaken: 'There is already a {{provider}} key named “{{name}}”. Choose another name.',
    /** Why a name cannot name a key (shared/key-names.ts keyNameProblem): never repeating what was typed. */
    nameEmpty: 'Give the key a name, such as Work or Personal.',
    nameTooLong: 'A key’s name can be at most {{max}} characters long. Choose a shorter name, such as Work or Personal.',
    nameCharacters: 'A key’s name can hold letters, digits, spaces and punctuation only. Choose another name, such as Work or Personal.',
    nameReserved: '“{{name}}” is what the command line calls a key given in an environment variable. Choose another name.',
  },
  /** A key checked with its service (electron/core/keys/key-check.ts); KEY_REJECTED sends people to Settings, where this is read. */
  keyCheck: {
    workedForUpload: 'The {{provider}} key worked for an upload.',
    works: 'The {{provider}} key works.',
    rejected: '{{provider}} did not accept this key. Check that you copied all of it, or create a new key on the {{provider}} website.',
    offline: 'This computer is offline, so whether the {{provider}} key works could not be checked. Press Check again once it is back online.',
    cancelled: 'The key test was cancelled.',
  },
  /** The upload history (electron/core/history/). */
  history: {
    failed: 'The upload history in {{dir}} could not be read or saved. Check that the disk is connected, then try again.',
    failed_code: 'The upload history in {{dir}} could not be read or saved ({{code}}). Check that the disk is connected, then try again.',
    diskFull: 'The disk is full, so the upload history in {{dir}} could not be saved. Free some space and try again.',
    notAllowed: 'The uploader is not allowed to write its history in {{dir}}. Check that folder\'s permissions.',
    closed: 'The upload history is closed. Restart the app to record uploads again.',
    entryGone: 'That upload is no longer in the history.',
    cannotRestore: 'That entry can no longer be put back in the history.',
    exportFailed: 'The history could not be saved there. Choose another folder and try again.',
  },
  /** Calls the window makes (electron/main/calls/). */
  calls: {
    earlierGone: 'The earlier {{provider}} link for {{file}} cannot be used any more (it expired or was deleted). Press Upload to send the file again.',
    fileUnknown: 'That file is no longer known to the app.',
    fileGone: '{{file}} is no longer in its folder. It may have been moved or deleted.',
    linkGone: 'That link is no longer in the app, so it was not opened.',
    linkNotWeb: 'Only web links that start with https:// can be opened.',
    refusedSender: 'This request did not come from the app’s own window, so it was refused.',
    refusedUnknown: 'The app does not know this request. Restart the app and try again.',
    refusedMalformed: 'The window sent a request the app could not read. Restart the app and try again.',
    failedUnexpectedly: 'Something went wrong inside the app. Try again; if it keeps happening, restart the app.',
    refusedUnchosen: 'These files were not added, because the app did not see you choose them. Drop them on the window again, or use Add files….',
  },
} as const satisfies Catalogue;

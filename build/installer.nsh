; Windows: "Open with > Media Uploader" and "Send to > Media Uploader" for the image, video and
; audio files the app takes, never as their default app. electron-builder's own NSIS
; fileAssociations write each extension's default value (its APP_ASSOCIATE macro in
; templates/nsis/include/FileAssociation.nsh), which would take over .mp4 or .png; this adds
; the app only to each extension's OpenWithProgids and to the app's SupportedTypes, the keys
; Windows reads for the Open with list (Microsoft Learn, "Registering an Application for Use
; with Windows" and "How to include an application on the Open With dialog box").
; electron-builder includes build/installer.nsh by itself (nsis.include defaults to it) and
; calls the customInstall and customUnInstall macros. With nsis.oneClick false the installer asks
; "Anyone who uses this computer" or "Only for me": its templates/nsis/multiUser.nsh then sets
; $installMode to "all" or "CurrentUser" and SetShellVarContext to all or current, so
; SHELL_CONTEXT is HKLM or HKCU and the Open with entries follow the choice.
; The extensions are shared/media-formats.ts MEDIA_EXTENSIONS (test/main/packaging-config.test.ts,
; which checks this file's text; test/main/packaging-nsis-compile.test.ts compiles it where
; makensis is installed).

; electron-builder's templates include LogicLib before this runs; said again so the file stands alone.
!include LogicLib.nsh

!define MEDIA_UPLOADER_PROGID "MediaUploader.Media"

; The file type's name, as Explorer shows it where Media Uploader became a type's app (its Type
; column, a file's Properties). The registry holds one string for everyone, so it is written in the
; installer's own language: $LANGUAGE, the language id electron-builder's multi-language installer
; chose from Windows' (its MUI_LANGUAGE list, app-builder-lib nsisLang.js), and English for any
; language the app does not speak. A name per reader would need an indirect string
; ("@app.exe,-id") from a string table in the executable, which electron-builder does not build.
; The app's own name in Open with (FriendlyAppName) and the Send to shortcut are its brand name,
; the same in every language. Written as ${U+XXXX} so the file stays ASCII for any makensis.
Var mediaUploaderTypeName
!macro mediaUploaderTypeName
  StrCpy $mediaUploaderTypeName "Media file"
  ${if} $LANGUAGE == 1031 ; German
    StrCpy $mediaUploaderTypeName "Mediendatei"
  ${elseIf} $LANGUAGE == 1036 ; French: Fichier multimedia, with its accent
    StrCpy $mediaUploaderTypeName "Fichier multim${U+00E9}dia"
  ${elseIf} $LANGUAGE == 3082 ; Spanish (SpanishInternational)
    StrCpy $mediaUploaderTypeName "Archivo multimedia"
  ${elseIf} $LANGUAGE == 1046 ; Portuguese (Brazil): Arquivo de midia, with its accent
    StrCpy $mediaUploaderTypeName "Arquivo de m${U+00ED}dia"
  ${elseIf} $LANGUAGE == 1041 ; Japanese: media file, in katakana
    StrCpy $mediaUploaderTypeName "${U+30E1}${U+30C7}${U+30A3}${U+30A2} ${U+30D5}${U+30A1}${U+30A4}${U+30EB}"
  ${elseIf} $LANGUAGE == 2052 ; Chinese (Simplified): media file
    StrCpy $mediaUploaderTypeName "${U+5A92}${U+4F53}${U+6587}${U+4EF6}"
  ${endIf}
!macroend

!macro mediaUploaderOpenWith EXT
  WriteRegNone SHELL_CONTEXT "Software\Classes\.${EXT}\OpenWithProgids" "${MEDIA_UPLOADER_PROGID}"
  WriteRegStr SHELL_CONTEXT "Software\Classes\Applications\${APP_EXECUTABLE_FILENAME}\SupportedTypes" ".${EXT}" ""
!macroend

!macro mediaUploaderForgetOpenWith EXT
  DeleteRegValue SHELL_CONTEXT "Software\Classes\.${EXT}\OpenWithProgids" "${MEDIA_UPLOADER_PROGID}"
!macroend

!macro customInstall
  !insertmacro mediaUploaderTypeName
  WriteRegStr SHELL_CONTEXT "Software\Classes\${MEDIA_UPLOADER_PROGID}" "" "$mediaUploaderTypeName"
  WriteRegStr SHELL_CONTEXT "Software\Classes\${MEDIA_UPLOADER_PROGID}\DefaultIcon" "" "$appExe,0"
  WriteRegStr SHELL_CONTEXT "Software\Classes\${MEDIA_UPLOADER_PROGID}\shell\open" "FriendlyAppName" "Media Uploader"
  WriteRegStr SHELL_CONTEXT "Software\Classes\${MEDIA_UPLOADER_PROGID}\shell\open\command" "" '"$appExe" "%1"'
  WriteRegStr SHELL_CONTEXT "Software\Classes\Applications\${APP_EXECUTABLE_FILENAME}" "FriendlyAppName" "Media Uploader"
  WriteRegStr SHELL_CONTEXT "Software\Classes\Applications\${APP_EXECUTABLE_FILENAME}\shell\open\command" "" '"$appExe" "%1"'
  !insertmacro mediaUploaderOpenWith "jpg"
  !insertmacro mediaUploaderOpenWith "jpeg"
  !insertmacro mediaUploaderOpenWith "png"
  !insertmacro mediaUploaderOpenWith "gif"
  !insertmacro mediaUploaderOpenWith "webp"
  !insertmacro mediaUploaderOpenWith "bmp"
  !insertmacro mediaUploaderOpenWith "tif"
  !insertmacro mediaUploaderOpenWith "tiff"
  !insertmacro mediaUploaderOpenWith "heic"
  !insertmacro mediaUploaderOpenWith "heif"
  !insertmacro mediaUploaderOpenWith "mp4"
  !insertmacro mediaUploaderOpenWith "m4v"
  !insertmacro mediaUploaderOpenWith "mov"
  !insertmacro mediaUploaderOpenWith "avi"
  !insertmacro mediaUploaderOpenWith "webm"
  !insertmacro mediaUploaderOpenWith "mkv"
  !insertmacro mediaUploaderOpenWith "flv"
  !insertmacro mediaUploaderOpenWith "wmv"
  !insertmacro mediaUploaderOpenWith "asf"
  !insertmacro mediaUploaderOpenWith "mpg"
  !insertmacro mediaUploaderOpenWith "mpeg"
  !insertmacro mediaUploaderOpenWith "3gp"
  !insertmacro mediaUploaderOpenWith "ogv"
  !insertmacro mediaUploaderOpenWith "mp3"
  !insertmacro mediaUploaderOpenWith "wav"
  !insertmacro mediaUploaderOpenWith "aac"
  !insertmacro mediaUploaderOpenWith "flac"
  !insertmacro mediaUploaderOpenWith "ogg"
  !insertmacro mediaUploaderOpenWith "oga"
  !insertmacro mediaUploaderOpenWith "opus"
  !insertmacro mediaUploaderOpenWith "m4a"
  ; SHChangeNotify(SHCNE_ASSOCCHANGED, SHCNF_IDLIST, NULL, NULL): Explorer caches what each
  ; extension offers; this tells it the associations changed (Microsoft Learn, SHChangeNotify:
  ; "SHCNE_ASSOCCHANGED: A file type association has changed. SHCNF_IDLIST must be specified").
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, i 0, i 0)'
  ; Send to: the selected files arrive as arguments, like Open with. Only for a per-user install:
  ; Windows has a Send To folder per user and none for all users, so $SENDTO ignores
  ; SetShellVarContext all, and a per-machine install runs elevated (multiUserUi.nsh,
  ; UAC_RunElevated), possibly as another account, whose Send To would get the shortcut.
  ${if} $installMode == "CurrentUser"
    CreateShortCut "$SENDTO\Media Uploader.lnk" "$appExe" "" "$appExe" 0
  ${endIf}
!macroend

!macro customUnInstall
  !insertmacro mediaUploaderForgetOpenWith "jpg"
  !insertmacro mediaUploaderForgetOpenWith "jpeg"
  !insertmacro mediaUploaderForgetOpenWith "png"
  !insertmacro mediaUploaderForgetOpenWith "gif"
  !insertmacro mediaUploaderForgetOpenWith "webp"
  !insertmacro mediaUploaderForgetOpenWith "bmp"
  !insertmacro mediaUploaderForgetOpenWith "tif"
  !insertmacro mediaUploaderForgetOpenWith "tiff"
  !insertmacro mediaUploaderForgetOpenWith "heic"
  !insertmacro mediaUploaderForgetOpenWith "heif"
  !insertmacro mediaUploaderForgetOpenWith "mp4"
  !insertmacro mediaUploaderForgetOpenWith "m4v"
  !insertmacro mediaUploaderForgetOpenWith "mov"
  !insertmacro mediaUploaderForgetOpenWith "avi"
  !insertmacro mediaUploaderForgetOpenWith "webm"
  !insertmacro mediaUploaderForgetOpenWith "mkv"
  !insertmacro mediaUploaderForgetOpenWith "flv"
  !insertmacro mediaUploaderForgetOpenWith "wmv"
  !insertmacro mediaUploaderForgetOpenWith "asf"
  !insertmacro mediaUploaderForgetOpenWith "mpg"
  !insertmacro mediaUploaderForgetOpenWith "mpeg"
  !insertmacro mediaUploaderForgetOpenWith "3gp"
  !insertmacro mediaUploaderForgetOpenWith "ogv"
  !insertmacro mediaUploaderForgetOpenWith "mp3"
  !insertmacro mediaUploaderForgetOpenWith "wav"
  !insertmacro mediaUploaderForgetOpenWith "aac"
  !insertmacro mediaUploaderForgetOpenWith "flac"
  !insertmacro mediaUploaderForgetOpenWith "ogg"
  !insertmacro mediaUploaderForgetOpenWith "oga"
  !insertmacro mediaUploaderForgetOpenWith "opus"
  !insertmacro mediaUploaderForgetOpenWith "m4a"
  DeleteRegKey SHELL_CONTEXT "Software\Classes\${MEDIA_UPLOADER_PROGID}"
  DeleteRegKey SHELL_CONTEXT "Software\Classes\Applications\${APP_EXECUTABLE_FILENAME}"
  ; The same notice as on install. electron-builder's uninstaller.nsh sends one too, later in its
  ; section ("refresh the desktop"); this one does not depend on that.
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, i 0, i 0)'
  ; The install made a Send to shortcut only when per user; removing one from the elevated
  ; account's Send To on a per-machine uninstall could take that account's own install's.
  ${if} $installMode == "CurrentUser"
    Delete "$SENDTO\Media Uploader.lnk"
  ${endIf}
!macroend

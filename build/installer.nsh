; Windows: "Open with > Media Uploader" and "Send to > Media Uploader" for the image, video and
; audio files the app takes, never as their default app. electron-builder's own NSIS
; fileAssociations write each extension's default value (its APP_ASSOCIATE macro in
; templates/nsis/include/FileAssociation.nsh), which would take over .mp4 or .png; this adds
; the app only to each extension's OpenWithProgids and to the app's SupportedTypes, the keys
; Windows reads for the Open with list (Microsoft Learn, "Registering an Application for Use
; with Windows" and "How to include an application on the Open With dialog box").
; electron-builder includes build/installer.nsh by itself (nsis.include defaults to it) and
; calls the customInstall and customUnInstall macros; SHELL_CONTEXT is the current user for a
; per-user install (nsis.perMachine: false).
; The extensions are shared/media-formats.ts MEDIA_EXTENSIONS (test/main/packaging-config.test.ts).

!define MEDIA_UPLOADER_PROGID "MediaUploader.Media"

!macro mediaUploaderOpenWith EXT
  WriteRegNone SHELL_CONTEXT "Software\Classes\.${EXT}\OpenWithProgids" "${MEDIA_UPLOADER_PROGID}"
  WriteRegStr SHELL_CONTEXT "Software\Classes\Applications\${APP_EXECUTABLE_FILENAME}\SupportedTypes" ".${EXT}" ""
!macroend

!macro mediaUploaderForgetOpenWith EXT
  DeleteRegValue SHELL_CONTEXT "Software\Classes\.${EXT}\OpenWithProgids" "${MEDIA_UPLOADER_PROGID}"
!macroend

!macro customInstall
  WriteRegStr SHELL_CONTEXT "Software\Classes\${MEDIA_UPLOADER_PROGID}" "" "Media file"
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
  ; Send to: the selected files arrive as arguments, like Open with.
  CreateShortCut "$SENDTO\Media Uploader.lnk" "$appExe" "" "$appExe" 0
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
  Delete "$SENDTO\Media Uploader.lnk"
!macroend

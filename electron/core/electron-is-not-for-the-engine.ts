// tsconfig.engine.json resolves 'electron' to this file, which that project does not list: an
// import of Electron from electron/core or electron/cli fails to compile ("not listed within
// the file list of project"). The engine also runs as the command-line uploader in plain Node,
// where there is no Electron; what needs Electron belongs in electron/main.
export {};

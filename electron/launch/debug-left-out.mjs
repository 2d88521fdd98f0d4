// Stands in for the `debug` package inside the command-line bundle (electron/launch/build-cli.ts).
// file-type's zip detector (@tokenizer/inflate) logs through `debug`, which prints only when a
// developer sets DEBUG=…, yet loading it reads the terminal's colour support (supports-color,
// tty, os) on every run: several milliseconds of start-up for output the CLI never shows. This
// is `debug`'s interface as that code uses it: a named logger that is a function and says
// whether it is enabled.
export default function createDebug() {
  const log = () => {};
  log.enabled = false;
  return log;
}

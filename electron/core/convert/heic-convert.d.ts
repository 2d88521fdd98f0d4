// Types for heic-convert (no published ones): the package's README documents exactly this call.
declare module 'heic-convert' {
  interface HeicConvertOptions {
    readonly buffer: Uint8Array;
    readonly format: 'JPEG' | 'PNG';
    /** JPEG quality, 0 to 1. */
    readonly quality?: number;
  }
  function convert(options: HeicConvertOptions): Promise<ArrayBuffer>;
  export default convert;
}

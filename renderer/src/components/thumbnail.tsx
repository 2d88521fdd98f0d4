import { useEffect, useState } from 'react';
import type { MediaKind } from '../../../shared/media-formats.ts';
import { uploader } from '../uploader-api.ts';
import { KindIcon } from './icons.tsx';

// Pictures main already made, by queue item: a row scrolled away and back asks only once.
const made = new Map<string, string | null>();

/** An image's own picture, made by main (queue:thumbnail); the type icon until then, or instead. */
export function Thumbnail({ id, kind }: { id: string; kind: MediaKind | undefined }) {
  const [dataUrl, setDataUrl] = useState(made.get(id));
  useEffect(() => {
    if (kind !== 'image' || made.has(id)) return undefined;
    let current = true;
    uploader()['queue:thumbnail']({ id }).then(
      (answer) => {
        made.set(id, answer.dataUrl ?? null);
        if (current) setDataUrl(answer.dataUrl ?? null);
      },
      () => made.set(id, null),
    );
    return () => {
      current = false;
    };
  }, [id, kind]);
  // Decoration: the row's name says what the file is.
  // A picture that does not decode after all falls back to the icon.
  if (typeof dataUrl === 'string') return <img src={dataUrl} alt="" className="thumbnail" onError={() => setDataUrl(null)} />;
  return <KindIcon kind={kind} />;
}

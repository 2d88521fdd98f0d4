import { nameParts } from '../queue-words.ts';

/**
 * A file name cut in the middle when it does not fit ("Team interview…2025-03-14.mp4"), so its
 * end stays readable. The text is whole for screen readers and in the tooltip.
 */
export function FileName({ name, id, className = 'row-name' }: { name: string; id?: string; className?: string }) {
  const [head, tail] = nameParts(name);
  return (
    <span className={className} id={id} title={name}>
      <span className="name-head">{head}</span>
      {tail !== '' && <span className="name-tail">{tail}</span>}
    </span>
  );
}

import { nameParts } from '../queue-words.ts';

/**
 * A file name cut in the middle when it does not fit ("Team interview…2025-03-14.mp4"), so its
 * end stays readable. The two visible halves are hidden from screen readers, which would hear
 * them as two words ("presente r-headshot.png"); they read the whole name, which is also what
 * `id` points at (rows are named by it) and the tooltip. The halves keep their spaces (queue.css:
 * white-space: pre), so a space where the name is cut stays on screen.
 */
export function FileName({ name, id, className = 'row-name' }: { name: string; id?: string; className?: string }) {
  // The halves keep spaces as they are; a line break or tab in a name (Linux allows them) would
  // break the row, so it shows as a space.
  const [head, tail] = nameParts(name.replace(/[\t\n\v\f\r]/g, ' '));
  return (
    <span className={className} title={name}>
      <span className="visually-hidden" id={id}>{name}</span>
      <span className="name-head" aria-hidden="true">{head}</span>
      {tail !== '' && <span className="name-tail" aria-hidden="true">{tail}</span>}
    </span>
  );
}

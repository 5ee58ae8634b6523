import type { Author } from '@/lib/content/collections';

export type SamplePersonNoteProps = { person: Author };

/** Says, next to a name, that the person is a made-up example shipped with the site, so no reader mistakes them for real staff. */
export function SamplePersonNote({ person }: SamplePersonNoteProps) {
  if (!person.sample) return null;
  return (
    <>
      {' '}
      <span className="rounded border border-line px-1 text-xs font-medium text-muted">(sample person)</span>
    </>
  );
}

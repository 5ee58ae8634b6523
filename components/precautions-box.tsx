import type { Heading } from '@/lib/content/types';

export type PrecautionsBoxProps = { items: string[] };

/** The box's heading, also listed in the page's table of contents. */
export const precautionsHeading = { depth: 2, text: 'Before you start: precautions', id: 'precautions' } as const satisfies Heading;

/** Safety notes, set apart so they are hard to miss. */
export function PrecautionsBox({ items }: PrecautionsBoxProps) {
  return (
    <section aria-labelledby={precautionsHeading.id} className="my-10 rounded-2xl border-l-4 border-caution-line bg-caution p-6">
      <h2 id={precautionsHeading.id} className="text-lg font-semibold">
        {precautionsHeading.text}
      </h2>
      <ul className="mt-3 list-disc space-y-2 pl-5">
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </section>
  );
}

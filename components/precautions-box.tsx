import { GuideSection } from './guide-section';

export type PrecautionsBoxProps = { items: string[] };

/** A guide's safety notes, the one place they are listed in full, set apart so they are hard to miss. */
export function PrecautionsBox({ items }: PrecautionsBoxProps) {
  return (
    <GuideSection section="precautions" className="my-10 rounded-2xl border-l-4 border-caution-line bg-caution p-5 sm:p-6">
      <ul className="mt-3 list-disc space-y-2 pl-5 text-lg leading-relaxed">
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </GuideSection>
  );
}

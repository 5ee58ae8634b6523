export type PrecautionsBoxProps = { items: string[] };

/** Safety notes, set apart so they are hard to miss. */
export function PrecautionsBox({ items }: PrecautionsBoxProps) {
  return (
    <section aria-labelledby="precautions" className="my-10 rounded-2xl border-l-4 border-caution-line bg-caution p-6">
      <h2 id="precautions" className="text-lg font-semibold">
        Before you start: precautions
      </h2>
      <ul className="mt-3 list-disc space-y-2 pl-5">
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </section>
  );
}

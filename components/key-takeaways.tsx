export type KeyTakeawaysProps = { items: string[] };

/** The post's key points, shown before the body. */
export function KeyTakeaways({ items }: KeyTakeawaysProps) {
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="takeaways" className="my-8 rounded-2xl border border-line p-6">
      <h2 id="takeaways" className="font-sans text-base font-semibold">
        Key takeaways
      </h2>
      <ul className="mt-3 list-disc space-y-2 pl-5">
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </section>
  );
}

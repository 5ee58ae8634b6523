export type KeyTakeawaysProps = { items: string[] };

function TakeawayList({ items }: KeyTakeawaysProps) {
  return (
    <ul className="mt-3 list-disc space-y-2 pl-5">
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}

/**
 * The post's key points: folded under one line on phones, so the text starts
 * on the first screen; an open box from `lg` up. Only one is displayed at a time.
 */
export function KeyTakeaways({ items }: KeyTakeawaysProps) {
  if (items.length === 0) return null;
  return (
    <>
      <details className="mt-5 border-y border-line font-sans lg:hidden">
        <summary className="cursor-pointer py-2 font-semibold">Key takeaways ({items.length})</summary>
        <div className="pb-4 font-serif text-lg">
          <TakeawayList items={items} />
        </div>
      </details>
      <section aria-labelledby="takeaways" data-pagefind-ignore className="my-8 hidden rounded-2xl border border-line p-6 lg:block">
        <h2 id="takeaways" className="heading-section">
          Key takeaways
        </h2>
        <TakeawayList items={items} />
      </section>
    </>
  );
}

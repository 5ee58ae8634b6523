/** A tag slug as readers see it: "bedtime-routine" reads "Bedtime routine". */
export function tagLabel(slug: string): string {
  const words = slug.split('-').filter(Boolean).join(' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

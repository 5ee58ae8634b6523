import { SiteLink } from './site-link';

export type SectionHeadingProps = { id: string; title: string; more?: { label: string; href: string } };

/** A home-page section's h2, with an optional "see all" link beside it. */
export function SectionHeading({ id, title, more }: SectionHeadingProps) {
  return (
    <div className="mb-5 flex flex-wrap items-baseline justify-between gap-2">
      <h2 id={id} className="heading-section">
        {title}
      </h2>
      {more && (
        <SiteLink href={more.href} className="text-sm text-accent underline underline-offset-4">
          {more.label}
        </SiteLink>
      )}
    </div>
  );
}

import type { ReactNode } from 'react';
import { guideSections } from '@/lib/guide-layout';

export type GuideSectionProps = {
  /** Which of the guide page's own sections this is; its id and heading come from guideSections. */
  section: 'steps' | 'precautions';
  /** The section's spacing and surface. */
  className: string;
  children: ReactNode;
};

/** A section every guide page has besides its body (the steps, the precautions): labelled by its h2, which the contents link to. */
export function GuideSection({ section, className, children }: GuideSectionProps) {
  const { id, text } = guideSections[section];
  return (
    <section aria-labelledby={id} className={`not-prose ${className}`}>
      <h2 id={id} className="scroll-mt-6 heading-section">
        {text}
      </h2>
      {children}
    </section>
  );
}

import type { ReactNode } from 'react';
import { PageIntro } from './page-intro';

export type ProsePageProps = { title: string; lead: string; children: ReactNode };

/** An information page (about, policies, contact): a title, a lead sentence and readable body text. */
export function ProsePage({ title, lead, children }: ProsePageProps) {
  return (
    <article className="max-w-2xl">
      <PageIntro title={title}>
        <p>{lead}</p>
      </PageIntro>
      <div className="prose-calm prose prose-lg font-serif">{children}</div>
    </article>
  );
}

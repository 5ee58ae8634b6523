import type { ReactNode } from 'react';

export type PageIntroProps = { title: string; children?: ReactNode };

/** The top of an index or information page: its h1 and a short introduction. */
export function PageIntro({ title, children }: PageIntroProps) {
  return (
    <header className="mb-8 max-w-2xl">
      <h1 className="heading-page">{title}</h1>
      {children && <div className="mt-3 text-lg text-muted">{children}</div>}
    </header>
  );
}

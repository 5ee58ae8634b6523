import { Children, isValidElement, type ReactNode } from 'react';
import type { Guide } from '@/lib/content/collections';
import { guideSections, splitGuideBody } from '@/lib/guide-layout';
import { GuideSteps } from './guide-steps';
import { PrecautionsBox } from './precautions-box';

export type GuideBodyProps = { guide: Guide; children?: ReactNode };

const isSectionHeading = (node: ReactNode) => isValidElement(node) && node.type === 'h2';

type Rendered = { children?: ReactNode };

/**
 * MDX hands its wrapper the body as one element (its content component);
 * rendering that plain function, which has no hooks, gives the fragment of
 * top-level elements to reorder.
 */
function topLevelElements(children: ReactNode): ReactNode[] {
  let body = children;
  if (isValidElement<Rendered>(children) && typeof children.type === 'function') {
    const rendered = (children.type as (props: unknown) => ReactNode)(children.props);
    body = isValidElement<Rendered>(rendered) ? rendered.props.children : rendered;
  }
  return Children.toArray(body).filter((node) => typeof node !== 'string' || node.trim() !== '');
}

/**
 * A guide's MDX body in the order of lib/guide-layout: set-up, steps,
 * precautions, then the opening paragraphs and the rest. Used as the MDX
 * wrapper, so it receives the body's top-level elements on the server.
 */
export function GuideBody({ guide, children }: GuideBodyProps) {
  const { lead, setup, rest } = splitGuideBody(topLevelElements(children), isSectionHeading);
  return (
    <>
      {setup}
      <GuideSteps steps={guide.steps} />
      <PrecautionsBox items={guide.precautions} />
      {lead.length > 0 && (
        <>
          <h2 id={guideSections.about.id}>{guideSections.about.text}</h2>
          {lead}
        </>
      )}
      {rest}
    </>
  );
}

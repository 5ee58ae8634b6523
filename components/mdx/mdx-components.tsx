/**
 * The MDX component map: the one place that says which components editors may
 * use in MDX, and how plain Markdown elements render. Each editor component is
 * also listed, with its required props, in `mdx-component-specs.ts`.
 */
import type { MDXComponents } from 'mdx/types';
import type { CallToActionContext } from '@/lib/call-to-action';
import { CallToAction } from '../call-to-action';
import { Figure } from './figure';
import { MdxLink } from './mdx-link';
import { ProfessionalHelpLink } from './professional-help-link';

/** Components editors may place in MDX, bound to the page they appear on. */
export function mdxComponents(page: Omit<CallToActionContext, 'placement'>) {
  return {
    // Markdown elements
    a: MdxLink,
    // Editor components
    CallToAction: () => <CallToAction placement="inline" medium={page.medium} campaign={page.campaign} />,
    Figure,
    ProfessionalHelpLink,
  } satisfies MDXComponents;
}

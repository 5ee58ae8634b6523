import type { ReactNode } from 'react';
import { siteConfig } from '@/lib/site-config';
import { MdxLink } from './mdx-link';

export type ProfessionalHelpLinkProps = { children: ReactNode };

/** Words in the body that lead to where readers reach the business's sleep-health professionals (the contact page, or CONTACT_URL). */
export function ProfessionalHelpLink({ children }: ProfessionalHelpLinkProps) {
  return <MdxLink href={siteConfig.contactUrl}>{children}</MdxLink>;
}

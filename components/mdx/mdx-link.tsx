import type { ComponentPropsWithoutRef } from 'react';
import { SiteLink } from '../site-link';

export type MdxLinkProps = ComponentPropsWithoutRef<'a'>;

/** Internal links use Next's Link; external links open safely and send no referrer. */
export function MdxLink({ href = '', children, ...rest }: MdxLinkProps) {
  if (href.startsWith('/') || href.startsWith('#')) {
    return (
      <SiteLink href={href} {...rest}>
        {children}
      </SiteLink>
    );
  }
  return (
    <a href={href} rel="noopener noreferrer" {...rest}>
      {children}
    </a>
  );
}

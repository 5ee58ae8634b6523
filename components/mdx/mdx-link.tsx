import Link from 'next/link';
import type { ComponentPropsWithoutRef } from 'react';

export type MdxLinkProps = ComponentPropsWithoutRef<'a'>;

/** Internal links use Next's Link; external links open safely and send no referrer. */
export function MdxLink({ href = '', children, ...rest }: MdxLinkProps) {
  if (href.startsWith('/') || href.startsWith('#')) {
    return (
      <Link href={href} prefetch={false} {...rest}>
        {children}
      </Link>
    );
  }
  return (
    <a href={href} rel="noopener noreferrer" {...rest}>
      {children}
    </a>
  );
}

import { SiteLink } from './site-link';

export type LinkListItem = { href: string; label: string };
export type LinkListProps = { links: LinkListItem[]; className: string; linkClassName: string };

/** A wrapping row of in-site links, one list item each, so screen readers announce how many there are. */
export function LinkList({ links, className, linkClassName }: LinkListProps) {
  return (
    <ul className={className}>
      {links.map((link) => (
        <li key={link.href}>
          <SiteLink href={link.href} className={linkClassName}>
            {link.label}
          </SiteLink>
        </li>
      ))}
    </ul>
  );
}

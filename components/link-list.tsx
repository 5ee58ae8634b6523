import Link from 'next/link';

export type LinkListItem = { href: string; label: string };
export type LinkListProps = { links: LinkListItem[]; className: string; linkClassName: string };

/** A wrapping row of in-site links, one list item each, so screen readers announce how many there are. */
export function LinkList({ links, className, linkClassName }: LinkListProps) {
  return (
    <ul className={className}>
      {links.map((link) => (
        <li key={link.href}>
          <Link href={link.href} prefetch={false} className={linkClassName}>
            {link.label}
          </Link>
        </li>
      ))}
    </ul>
  );
}

/**
 * The 1200×630 Open Graph card: the page's title, what kind of page it is and
 * the site's name, in the site's colours. Rendered at build time with Next's
 * bundled default font (Geist), so no font is fetched. A change to the drawing
 * needs a new cardDesignVersion (og-image-path.ts).
 */
import { ImageResponse } from 'next/og';
import { siteConfig } from '../site-config';
import { openGraphImageSize, type OpenGraphCardInput } from './og-image-path';

/** Long headlines get a smaller type size so they fit in four lines. */
const titleSize = (title: string) => (title.length > 70 ? 56 : title.length > 40 ? 66 : 78);

export function openGraphCard({ title, kind }: OpenGraphCardInput): ImageResponse {
  return new ImageResponse(
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: 80,
        background: '#fbf7f1',
        color: '#2a2622',
        borderTop: '24px solid #3d5a80',
      }}
    >
      <div style={{ display: 'flex', fontSize: 32, letterSpacing: 2, textTransform: 'uppercase', color: '#3d5a80' }}>{kind}</div>
      <div style={{ display: 'flex', fontSize: titleSize(title), lineHeight: 1.15, maxWidth: 1040 }}>{title}</div>
      <div style={{ display: 'flex', alignItems: 'center', fontSize: 34, color: '#5f574e' }}>
        <div style={{ width: 28, height: 28, borderRadius: 14, background: '#c2410c', marginRight: 18 }} />
        {siteConfig.name}
      </div>
    </div>,
    { ...openGraphImageSize },
  );
}

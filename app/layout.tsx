import type { ReactNode } from 'react';
import { SiteDocument } from '@/components/site-document';
import { siteMetadata, siteViewport } from '@/lib/seo/site-metadata';
import './globals.css';

export const metadata = siteMetadata;
export const viewport = siteViewport;

export default function RootLayout({ children }: { children: ReactNode }) {
  return <SiteDocument>{children}</SiteDocument>;
}

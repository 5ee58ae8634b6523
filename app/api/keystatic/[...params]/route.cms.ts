/**
 * The browser CMS's API. Files named *.cms.ts are routes only in server builds
 * (next.config.mjs), so the static export has no admin.
 * @see https://nextjs.org/docs/app/api-reference/file-conventions/route
 */
import { adminApi } from '@/tooling/cms/admin-api';

export const dynamic = 'force-dynamic';
export const GET = adminApi;
export const POST = adminApi;

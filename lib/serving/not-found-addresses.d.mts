export type RoutesManifest = {
  redirects: { regex: string }[];
  staticRoutes: { page: string; regex: string }[];
  dynamicRoutes: { page: string; regex: string }[];
  rewrites?: unknown;
};
export type PrerenderManifest = { routes: Record<string, unknown>; dynamicRoutes: Record<string, { fallback?: unknown }> };
export const internalPages: string[];
export function notFoundTest(build: { routes: RoutesManifest; prerender: PrerenderManifest; publicFiles: Set<string> }): (pathname: string) => boolean;
export function notFoundTestForBuild(root: string): (pathname: string) => boolean;

export type Rejection = { status: 400 | 405; text: string; headers: Record<string, string> };
export const formPostPaths: string[];
export function trimTrailingSlash(pathname: string): string;
export function allowedMethods(pathname: string): 'GET, HEAD' | 'GET, HEAD, POST';
export function rejection(method: string, pathname: string): Rejection | undefined;

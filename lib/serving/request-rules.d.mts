export type Rejection = { status: 400 | 405 | 414; text: string; headers: Record<string, string> };
export const formPostPaths: string[];
export const cmsApiPattern: RegExp;
export const maxPathLength: number;
export const maxTargetLength: number;
export function trimTrailingSlash(pathname: string): string;
export function originForm(target: string): string | undefined;
export function allowedMethods(pathname: string): 'GET, HEAD' | 'GET, HEAD, POST';
export function rejection(method: string, pathname: string): Rejection | undefined;

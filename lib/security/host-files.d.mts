export type Redirect = { source: string; destination: string };
export const hostFileNames: string[];
export function headersFile(pageHashes: Record<string, string[]>, cards?: string[]): string;
export function redirectsFile(redirects: Redirect[]): string;
export function nginxConfig(pageHashes: Record<string, string[]>, redirects: Redirect[], root: string): string;

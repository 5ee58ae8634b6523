export function contentSecurityPolicy(options?: { scriptHashes?: string[] }): string;
export const securityHeaders: { key: string; value: string }[];

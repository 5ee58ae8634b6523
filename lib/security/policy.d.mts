export function contentSecurityPolicy(options?: { scriptHashes?: string[]; webAssembly?: boolean }): string;
export const securityHeaders: { key: string; value: string }[];

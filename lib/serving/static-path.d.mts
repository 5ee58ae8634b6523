export function staticPath(target: string): { path: string; hidden: boolean } | { status: 400 | 414 };

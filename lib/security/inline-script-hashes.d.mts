export function inlineScriptHashes(html: string): string[];
export function pagePath(relativeFile: string): string;
export function hashesOfBuild(folder: string): Record<string, string[]>;

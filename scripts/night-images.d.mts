export const nightPalette: Record<string, string>;
export const nightFolders: string[];
export function nightStyle(svg: string): string;
export function withNightStyle(svg: string): string;

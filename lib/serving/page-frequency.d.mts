export type PageFrequency = { record(path: string): void; of(path: string): number };
export function createPageFrequency(sampleSize: number): PageFrequency;

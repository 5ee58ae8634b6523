/** The shape of one document in contentlayer's output, as far as the loader reads it. */
import type { CollectionName } from './collections';

export type GeneratedDocument = { _id: string; _raw: { sourceFilePath: string }; type: string; body?: { raw: string; code: string } };

export type GeneratedCollections = Record<CollectionName, GeneratedDocument[]>;

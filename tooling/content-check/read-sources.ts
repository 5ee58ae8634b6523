/**
 * Reads content/ straight from disk, without contentlayer, so `content:check`
 * can report every problem with its line before anything is built.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { splitFrontmatter } from '../../lib/content/frontmatter';
import { collectionNames, collections, fileExtension, mapCollections } from '../../lib/content/collections';
import type { ContentIssue } from '../../lib/content/validation-rules';
import type { RawCollections, RawDocument } from '../../lib/content/validate';

export type SourceRead = { raw: RawCollections; texts: Map<string, string>; issues: ContentIssue[] };

/** Larger than any real post (about 40,000 words): a file this big is a paste gone wrong, and would slow every build. */
export const maxFileBytes = 256 * 1024;

/** Decodes a file as UTF-8, or reports the line of the first byte that is not UTF-8. */
export function decodeSource(file: string, bytes: Uint8Array): { text?: string; issues: ContentIssue[] } {
  if (bytes.length > maxFileBytes) {
    const size = `${Math.round(bytes.length / 1024)} KB`;
    return {
      issues: [
        {
          file,
          field: '',
          rule: 'file/too-large',
          message: `the file is ${size}, more than the ${maxFileBytes / 1024} KB limit`,
          hint: 'split it into several posts, or remove pasted data such as inline images or tables',
          severity: 'error',
          line: 1,
          column: 1,
        },
      ],
    };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), issues: [] };
  } catch {
    const lenient = new TextDecoder('utf-8').decode(bytes);
    const before = lenient.slice(0, lenient.indexOf('\uFFFD'));
    const line = before.split('\n').length;
    const column = before.length - before.lastIndexOf('\n');
    return {
      issues: [
        {
          file,
          field: '',
          rule: 'file/encoding',
          message: 'the file is not saved as UTF-8 text',
          hint: 'save it again as "UTF-8" in your editor; a character such as é or ’ was written in an older encoding',
          severity: 'error',
          line,
          column,
        },
      ],
    };
  }
}

function parseYaml(file: string, yaml: string, firstLine: number): { fields?: Record<string, unknown>; issues: ContentIssue[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(yaml, { lineCounter, prettyErrors: false });
  if (doc.errors.length) {
    // Later YAML errors are usually echoes of the first; one clear message is more useful.
    return {
      issues: doc.errors.slice(0, 1).map((error) => {
        const pos = lineCounter.linePos(error.pos[0]);
        return {
          file,
          field: '',
          rule: 'yaml/syntax',
          message: `the frontmatter is not valid YAML: ${error.message.split('\n')[0]}`,
          severity: 'error' as const,
          line: pos.line + firstLine - 1,
          column: pos.col,
        };
      }),
    };
  }
  const value: unknown = doc.toJS();
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return {
      issues: [
        {
          file,
          field: '',
          rule: 'yaml/not-a-map',
          message: 'the frontmatter must be a list of "field: value" lines',
          severity: 'error',
          line: firstLine,
          column: 1,
        },
      ],
    };
  }
  return { fields: value as Record<string, unknown>, issues: [] };
}

/** Parses one content file into a raw document, or reports why it cannot be read. */
export function readSource(file: string, sourceFilePath: string, text: string): { doc?: RawDocument; issues: ContentIssue[] } {
  if (text.trim() === '') {
    return { issues: [{ file, field: '', rule: 'file/empty', message: 'the file is empty', severity: 'error', line: 1, column: 1 }] };
  }
  if (!file.endsWith('.mdx')) {
    const { fields, issues } = parseYaml(file, text, 1);
    return { doc: fields && { sourceFilePath, fields }, issues };
  }
  const parts = splitFrontmatter(text);
  if (!parts) {
    return {
      issues: [
        {
          file,
          field: '',
          rule: 'frontmatter/missing',
          message: 'the file does not start with a frontmatter block between two "---" lines',
          severity: 'error',
          line: 1,
          column: 1,
        },
      ],
    };
  }
  const { fields, issues } = parseYaml(file, parts.yaml, parts.yamlStartLine);
  return { doc: fields && { sourceFilePath, fields, body: { raw: parts.body, code: '' } }, issues };
}

/** Reads every content file under a content directory. */
export function readSources(contentDir: string): SourceRead {
  const raw: RawCollections = mapCollections(() => []);
  const texts = new Map<string, string>();
  const issues: ContentIssue[] = [];
  for (const collection of collectionNames) {
    const { folder } = collections[collection];
    const extension = fileExtension(collections[collection]);
    const dir = path.join(contentDir, folder);
    let names: string[] = [];
    try {
      names = readdirSync(dir)
        .filter((name) => !name.startsWith('.'))
        .sort();
    } catch {
      continue;
    }
    for (const name of names) {
      const sourceFilePath = `${folder}/${name}`;
      const file = path.join(contentDir, sourceFilePath);
      if (!name.endsWith(extension)) {
        issues.push({
          file,
          field: '',
          rule: 'file/extension',
          message: `files in content/${folder}/ must end in ${extension}`,
          hint: `rename it to ${name.replace(/\.[^.]*$/, '')}${extension}`,
          severity: 'error',
          line: 1,
          column: 1,
        });
        continue;
      }
      const decoded = decodeSource(file, readFileSync(file));
      issues.push(...decoded.issues);
      if (decoded.text === undefined) continue;
      const text = decoded.text;
      texts.set(file, text);
      const result = readSource(file, sourceFilePath, text);
      issues.push(...result.issues);
      if (result.doc) raw[collection].push(result.doc);
    }
  }
  return { raw, texts, issues };
}

/**
 * Finds the line and column of a frontmatter field in a content file, so an
 * error can point the editor at the exact place to fix.
 */
import { isMap, isNode, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import { splitFrontmatter } from './frontmatter';
import type { ContentIssue } from './validation-rules';

/** The YAML part of a file: the frontmatter of an MDX file, or the whole of a YAML file. */
function yamlPart(file: string, text: string): { yaml: string; firstLine: number } {
  if (!file.endsWith('.mdx')) return { yaml: text, firstLine: 1 };
  const parts = splitFrontmatter(text);
  return { yaml: parts?.yaml ?? '', firstLine: 2 };
}

/**
 * The line and column (both from 1) of a dotted field path like "cover.alt" or
 * "steps.2.text": its key when present, else its deepest existing parent.
 */
export function locateField(file: string, text: string, field: string): { line: number; column: number } {
  const { yaml, firstLine } = yamlPart(file, text);
  const lineCounter = new LineCounter();
  const doc = parseDocument(yaml, { lineCounter });
  const path = field ? field.split('.').map((key) => (/^\d+$/.test(key) ? Number(key) : key)) : [];
  let node: unknown = doc.contents;
  let offset: number | undefined;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && item.key.value === key);
      if (!pair) break;
      offset = isScalar(pair.key) ? pair.key.range?.[0] : offset;
      node = pair.value;
    } else if (isSeq(node) && typeof key === 'number' && node.items[key]) {
      node = node.items[key];
      offset = isNode(node) ? node.range?.[0] : offset;
    } else break;
  }
  if (offset === undefined) return { line: firstLine, column: 1 };
  const pos = lineCounter.linePos(offset);
  return { line: pos.line + firstLine - 1, column: pos.col };
}

/** Adds line and column to issues whose file text is known. */
export function locateIssues(issues: ContentIssue[], readText: (file: string) => string | undefined): ContentIssue[] {
  return issues.map((issue) => {
    if (issue.line) return issue;
    const text = readText(issue.file);
    if (text === undefined) return issue;
    const firstField = issue.field.split(',')[0].trim();
    return { ...issue, ...locateField(issue.file, text, firstField) };
  });
}

/** One issue as `file:line:column  rule  message`, with the hint on the next line. */
export function formatIssue(issue: ContentIssue): string {
  const where = `${issue.file}:${issue.line ?? 1}:${issue.column ?? 1}`;
  const head = `${where}  ${issue.rule}  ${issue.message}`;
  return issue.hint ? `${head}\n    hint: ${issue.hint}` : head;
}

import type { Finding, SourceDocument } from './content-rule';

/** The first match of the patterns on each line of a document's text, with its line and column. */
export function textMatches(doc: SourceDocument, patterns: RegExp[], message: (match: string) => string): Finding[] {
  const findings: Finding[] = [];
  doc.text.split('\n').forEach((text, index) => {
    const match = patterns.map((pattern) => pattern.exec(text)).find((found) => found !== null);
    if (match) findings.push({ file: doc.file, line: index + 1, column: match.index + 1, message: message(match[0]) });
  });
  return findings;
}

/**
 * A remark plugin that stops the MDX compiler on unsafe content (imports,
 * exports, code in braces, <script>/<iframe>/<style>, event handlers), so a
 * post cannot bypass `content:check`. The message matches content:check's.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { findViolations, safeMdxRules } from '../content-check/rules/mdx/safe-mdx';
import { formatIssue } from '../../lib/content/locate-issue';

/** The content file a vfile holds: contentlayer puts its raw document data on `file.data`. */
function sourceFile(file: VFile, contentDir: string): string {
  const raw = file.data.rawDocumentData as { sourceFilePath?: string } | undefined;
  return raw?.sourceFilePath ? `${contentDir}/${raw.sourceFilePath}` : (file.path ?? 'MDX');
}

export type RemarkSafeMdxOptions = { contentDir?: string };

export function remarkSafeMdx({ contentDir = 'content' }: RemarkSafeMdxOptions = {}) {
  return (tree: Root, file: VFile) => {
    const violations = findViolations(tree, safeMdxRules);
    if (violations.length === 0) return;
    const where = sourceFile(file, contentDir);
    const lines = violations.map(({ rule, message, line, column }) =>
      formatIssue({ file: where, field: '', rule: rule.id, message, hint: rule.hint, severity: 'error', line, column }),
    );
    const first = violations[0];
    file.fail(`unsafe MDX — fix and save again:\n${lines.join('\n')}`, {
      place: { line: first.line, column: first.column },
      ruleId: first.rule.id,
      source: 'remark-safe-mdx',
    });
  };
}

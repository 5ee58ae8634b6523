/**
 * content:check's engine: reads every file, validates it with the Zod schemas,
 * parses each MDX body once and runs every rule. It prints nothing, so tests
 * and the CLI share it.
 */
import { allRules, contentRules } from './rules/content-rules';
import { allPosts, type Content, type Post } from '../../lib/content/collections';
import type { CheckContext, SourceDocument } from './rules/content-rule';
import { locateIssues } from '../../lib/content/locate-issue';
import { parseMdx } from './mdx-tree';
import { isScheduled } from '../../lib/content/publishing';
import { splitFrontmatter } from '../../lib/content/frontmatter';
import { readSources } from './read-sources';
import type { ContentIssue } from '../../lib/content/validation-rules';
import { publicImageSizer } from '../../lib/content/image-sizes';
import { validateCollections } from '../../lib/content/validate';

export type CheckOptions = { contentDir: string; publicDir: string; now?: Date };

export type CheckReport = {
  /** Every problem, sorted by file and line. */
  issues: ContentIssue[];
  files: number;
  drafts: { file: string }[];
  scheduled: { file: string; publishedAt: string }[];
  /** Everything that passed validation, for the build's inputs. */
  content: Content;
};

function sourceDocuments(texts: Map<string, string>, posts: Post[]): SourceDocument[] {
  const byFile = new Map(posts.map((post) => [post.sourceFilePath, post]));
  return [...texts].map(([file, text]) => {
    const parts = file.endsWith('.mdx') ? splitFrontmatter(text) : undefined;
    if (!parts) return { file, text, post: byFile.get(file) };
    const firstLine = parts.bodyStartLine;
    return { file, text, post: byFile.get(file), body: { firstLine, ...parseMdx(parts.body, firstLine) } };
  });
}

export function checkContent({ contentDir, publicDir, now = new Date() }: CheckOptions): CheckReport {
  const sources = readSources(contentDir);
  const { content, issues: validationIssues } = validateCollections(sources.raw, contentDir, publicImageSizer(publicDir));
  const posts = allPosts(content);
  const documents = sourceDocuments(sources.texts, posts);
  const context: CheckContext = { documents, content, contentDir, publicDir, now };
  const ruleIssues = contentRules.flatMap((rule) =>
    rule.check(context).map(({ hint, field, ...finding }): ContentIssue => ({
      ...finding,
      field: field ?? '',
      rule: rule.id,
      hint: hint ?? rule.hint,
      severity: rule.severity,
    })),
  );
  const hints = new Map(allRules.map((rule) => [rule.id, rule.hint]));
  const withHints = [...sources.issues, ...validationIssues, ...ruleIssues].map((issue) => ({ ...issue, hint: issue.hint ?? hints.get(issue.rule) }));
  const issues = locateIssues(withHints, (file) => sources.texts.get(file)).sort(
    (a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0),
  );
  return {
    issues,
    files: Object.values(sources.raw).reduce((sum, docs) => sum + docs.length, 0),
    drafts: posts.filter((post) => post.draft).map((post) => ({ file: post.sourceFilePath })),
    scheduled: posts.filter((post) => isScheduled(post, now)).map((post) => ({ file: post.sourceFilePath, publishedAt: post.publishedAt.slice(0, 10) })),
    content,
  };
}

/** The shape of a content:check rule and what it sees. */
import type { Root } from 'mdast';
import type { Content, Post } from '../../../lib/content/collections';

/** One content file as read from disk. */
export type SourceDocument = {
  /** Path from the repository root, e.g. "content/articles/x.mdx". */
  file: string;
  text: string;
  /** The MDX body: its parsed tree, or why it does not parse; positions are file lines. */
  body?: { tree?: Root; error?: { message: string; line: number; column: number }; firstLine: number };
  /** The validated post, when the file is an article or guide that passed the schema. */
  post?: Post;
};

export type CheckContext = {
  documents: SourceDocument[];
  /** Everything that passed the schema. */
  content: Content;
  /** The content folder, e.g. "content". */
  contentDir: string;
  /** The folder served at "/", where images live. */
  publicDir: string;
  /** The moment the check runs, for date rules. */
  now: Date;
};

/** A problem a rule found; the runner adds the rule id, severity and default hint. */
export type Finding = { file: string; message: string; field?: string; line?: number; column?: number; hint?: string };

export type ContentRule = {
  id: string;
  severity: 'error' | 'warning';
  /** What the rule asks for, in one sentence (listed in CONTENT.md). */
  summary: string;
  /** How to fix a problem it finds. */
  hint: string;
  check(context: CheckContext): Finding[];
};

/** Documents that are validated posts with a parsed body. */
export function parsedPosts(context: CheckContext): (SourceDocument & { post: Post; body: { tree: Root; firstLine: number } })[] {
  return context.documents.flatMap((doc) =>
    doc.post && doc.body?.tree ? [{ ...doc, post: doc.post, body: { tree: doc.body.tree, firstLine: doc.body.firstLine } }] : [],
  );
}

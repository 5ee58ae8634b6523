/** The one frontmatter splitter of our own code (contentlayer has its own, inside its package). */

export type FrontmatterParts = {
  /** The YAML between the two "---" lines. */
  yaml: string;
  /** Everything after the closing "---" line. */
  body: string;
  /** The file line the YAML starts on (the line after the opening "---"). */
  yamlStartLine: number;
  /** The file line the body starts on. */
  bodyStartLine: number;
};

const frontmatter = /^---\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/;

/** Splits an MDX file into its YAML frontmatter and body; undefined when it does not start with one. */
export function splitFrontmatter(text: string): FrontmatterParts | undefined {
  const match = frontmatter.exec(text);
  if (!match) return undefined;
  return { yaml: match[1], body: text.slice(match[0].length), yamlStartLine: 2, bodyStartLine: match[0].split('\n').length };
}

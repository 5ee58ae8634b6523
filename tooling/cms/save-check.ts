/**
 * Runs content:check on the library as it would be after a CMS save, before
 * anything is written: the changed files are applied to a scratch copy of
 * content/ and public/images/, and every error the save would add is returned.
 */
import { cpSync, mkdtempSync, mkdirSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { checkContent } from '@/tooling/content-check/check-content';
import type { ContentIssue } from '@/lib/content/validation-rules';

export type ProposedSave = { additions: { path: string; contents: Uint8Array }[]; deletions: { path: string }[] };

/** The folders a save may write, relative to the repository. */
export const writableFolders = ['content/', 'public/images/'] as const;

/** A repository-relative path inside content/ or public/images/, with no way out of them. */
export function isWritablePath(file: string): boolean {
  if (file.includes('\\') || file.includes('\0') || file.startsWith('/')) return false;
  if (file.split('/').some((part) => part === '' || part === '.' || part === '..')) return false;
  return writableFolders.some((folder) => file.startsWith(folder));
}

function errorsOf(contentDir: string, publicDir: string, now: Date): ContentIssue[] {
  return checkContent({ contentDir, publicDir, now }).issues.filter((issue) => issue.severity === 'error');
}

const key = (issue: ContentIssue) => `${issue.file}\n${issue.field}\n${issue.rule}\n${issue.message}`;

/** A scratch copy of the library: content/ and public/images/ copied, the rest of public/ linked. */
function scratchLibrary(root: string): string {
  const scratch = mkdtempSync(path.join(tmpdir(), 'cms-save-'));
  cpSync(path.join(root, 'content'), path.join(scratch, 'content'), { recursive: true });
  mkdirSync(path.join(scratch, 'public'));
  for (const entry of readdirSync(path.join(root, 'public'))) {
    if (entry === 'images') cpSync(path.join(root, 'public', entry), path.join(scratch, 'public', entry), { recursive: true });
    else symlinkSync(path.join(root, 'public', entry), path.join(scratch, 'public', entry));
  }
  return scratch;
}

/**
 * The errors the save would add to the library (those already there are not
 * the editor's doing, and do not block it), with file names as in the repository.
 */
export function checkSave(save: ProposedSave, root = process.cwd(), now = new Date()): ContentIssue[] {
  const scratch = scratchLibrary(root);
  try {
    const inRepo = (issue: ContentIssue): ContentIssue => ({ ...issue, file: path.relative(scratch, path.resolve(scratch, issue.file)) });
    const local = (dir: string) => path.join(scratch, dir);
    const before = new Set(errorsOf(local('content'), local('public'), now).map(inRepo).map(key));
    for (const { path: file } of save.deletions) rmSync(path.join(scratch, file), { force: true });
    for (const { path: file, contents } of save.additions) {
      mkdirSync(path.dirname(path.join(scratch, file)), { recursive: true });
      writeFileSync(path.join(scratch, file), contents);
    }
    return errorsOf(local('content'), local('public'), now)
      .map(inRepo)
      .filter((issue) => !before.has(key(issue)));
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

import { formatIssue } from './locate-issue';
import type { ContentIssue } from './validation-rules';

/** Thrown when content fails validation: the message lists every problem with its file, line and field. */
export class ContentError extends Error {
  constructor(readonly issues: ContentIssue[]) {
    const errors = issues.filter((issue) => issue.severity === 'error');
    super(
      `${errors.length} content error${errors.length === 1 ? '' : 's'} — fix ${errors.length === 1 ? 'it' : 'them'} and save again:\n\n` +
        errors.map(formatIssue).join('\n'),
    );
    this.name = 'ContentError';
  }
}

/** Every content:check rule beyond reading and schema validation, in the order they run. */
import { assistantLeftover } from './assistant-leftover';
import type { ContentRule } from './content-rule';
import { ctaBeforeSafety } from './cta-before-safety';
import { dateImplausible } from './date-implausible';
import { fileRules, type RuleDoc } from './file-rules';
import { guideMinutes } from './guide-minutes';
import { headingH1 } from './heading-h1';
import { headingSkippedLevel } from './heading-skipped-level';
import { imageMissing } from './image-missing';
import { imageSizeMismatch } from './image-size-mismatch';
import { linkAnchor } from './link-anchor';
import { linkBroken } from './link-broken';
import { linkUnpublished } from './link-unpublished';
import { mdxContentRules } from './mdx-node-rules';
import { mdxSyntax } from './mdx-syntax';
import { sourcesMinimum } from './sources-minimum';
import { reviewDueSoon, reviewInFuture, reviewOverdue } from './review-dates';
import { templateLeftover } from './template-leftover';
import { upNextUnpublished } from './up-next-unpublished';

export const contentRules: ContentRule[] = [
  linkBroken,
  linkAnchor,
  linkUnpublished,
  imageMissing,
  imageSizeMismatch,
  headingH1,
  headingSkippedLevel,
  dateImplausible,
  reviewOverdue,
  reviewDueSoon,
  reviewInFuture,
  guideMinutes,
  sourcesMinimum,
  ctaBeforeSafety,
  upNextUnpublished,
  assistantLeftover,
  templateLeftover,
  mdxSyntax,
  ...mdxContentRules,
];

/** Every rule id content:check can report, with its meaning and fix. */
export const allRules: RuleDoc[] = [...fileRules, ...contentRules.map(({ id, severity, summary, hint }) => ({ id, severity, summary, hint }))];

import type { ContentRule, Finding } from './content-rule';

const earliest = Date.parse('2000-01-01');
const dayMs = 24 * 60 * 60 * 1000;
/** Posts may be scheduled up to a year ahead; further is almost always a typo in the year. */
const maxScheduleDays = 366;

export const dateImplausible: ContentRule = {
  id: 'date/implausible',
  severity: 'error',
  summary: 'publishedAt is after 2000 and at most a year ahead; updatedAt is not in the future.',
  hint: 'check the year: dates are written YYYY-MM-DD, e.g. 2025-03-14',
  check: (context) =>
    context.documents.flatMap((doc): Finding[] => {
      if (!doc.post) return [];
      const published = Date.parse(doc.post.publishedAt);
      const findings: Finding[] = [];
      if (published < earliest)
        findings.push({ file: doc.file, field: 'publishedAt', message: `publishedAt ${doc.post.publishedAt.slice(0, 10)} is before 2000` });
      if (published > context.now.getTime() + maxScheduleDays * dayMs)
        findings.push({ file: doc.file, field: 'publishedAt', message: `publishedAt ${doc.post.publishedAt.slice(0, 10)} is more than a year ahead` });
      if (doc.post.updatedAt && Date.parse(doc.post.updatedAt) > context.now.getTime() + dayMs)
        findings.push({
          file: doc.file,
          field: 'updatedAt',
          message: `updatedAt ${doc.post.updatedAt.slice(0, 10)} is in the future`,
          hint: 'updatedAt is the day of the last real update, never a day to come',
        });
      return findings;
    }),
};

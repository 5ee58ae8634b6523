/**
 * Chooses what to read after the test from whatever guides and articles the
 * site has, by tag and body area rather than by slug, so it keeps working as
 * content comes and goes.
 */
import type { SleepTestResult } from './scoring';

/** What the result needs to know about a post; built on the server from the content API. */
export type ReadingCandidate = {
  title: string;
  path: string;
  kind: 'article' | 'guide';
  tags: string[];
  /** A guide's body area, such as "legs". */
  bodyArea?: string;
  /** A guide's audience: done on yourself, to a partner, or both. */
  audience?: 'self' | 'partner' | 'both';
};

/** A topic the reader may find useful: a tag or body area, with how much it matters. */
type Topic = { tag?: string; bodyArea?: string; weight: number };

/** Every tag and body area readingTopics can name: a post with none of them is never suggested for its relevance. */
export const readingTopicKeys = {
  tags: ['breathing', 'stress', 'bedtime-routine', 'warm-bath', 'self-massage'],
  bodyAreas: ['whole-body', 'legs', 'feet', 'neck-and-shoulders', 'head'],
};

/** Whether some result could find this post relevant. */
export const couldSuggest = (candidate: ReadingCandidate) =>
  candidate.tags.some((tag) => readingTopicKeys.tags.includes(tag)) ||
  (candidate.bodyArea !== undefined && readingTopicKeys.bodyAreas.includes(candidate.bodyArea));

/** Topics that fit the result, from its answers' points. */
export function readingTopics(result: SleepTestResult): Topic[] {
  const { points } = result;
  const sleepless = points['fall-asleep'] + points['night-waking'] + points['early-waking'];
  const topics: Topic[] = [];
  if (sleepless >= 3) topics.push({ tag: 'breathing', weight: 3 }, { bodyArea: 'whole-body', weight: 3 }, { tag: 'stress', weight: 2 });
  if (points['restless-legs'] >= 1) topics.push({ bodyArea: 'legs', weight: 3 }, { bodyArea: 'feet', weight: 2 });
  if (result.habits.length > 0) topics.push({ tag: 'bedtime-routine', weight: 2 }, { tag: 'warm-bath', weight: 2 });
  if (result.signals.includes('breathing') || result.signals.includes('daytime-sleepiness')) topics.push({ tag: 'bedtime-routine', weight: 2 });
  if (points.rested >= 2) topics.push({ bodyArea: 'neck-and-shoulders', weight: 1 }, { bodyArea: 'head', weight: 1 });
  topics.push({ tag: 'bedtime-routine', weight: 1 }, { tag: 'self-massage', weight: 1 });
  return topics;
}

/**
 * Whether a post is wrong for this result whatever its topic. When a pattern is worth
 * a doctor's view, that comes first: nothing for couples or for doing to someone else,
 * and no breathing exercise that could pass for an answer to pauses in breathing.
 */
export function unsuitableFor(result: SleepTestResult, candidate: ReadingCandidate): boolean {
  if (result.signals.length === 0) return false;
  if (candidate.audience === 'partner' || candidate.tags.includes('couples')) return true;
  return result.signals.includes('breathing') && candidate.tags.includes('breathing');
}

/** A line above the reading when it needs one: self-care never stands in for seeing a doctor. */
export function readingNote(result: SleepTestResult): string | null {
  return result.signals.length > 0
    ? 'While you wait to see a doctor, these may help you wind down in the evening. They are not a treatment for the signs above.'
    : null;
}

function relevance(candidate: ReadingCandidate, topics: Topic[]): number {
  return topics.reduce((sum, topic) => {
    const matches = (topic.tag && candidate.tags.includes(topic.tag)) || (topic.bodyArea && candidate.bodyArea === topic.bodyArea);
    return matches ? sum + topic.weight : sum;
  }, 0);
}

/**
 * Up to `limit` posts, most relevant first (ties keep the candidates' order), none of
 * them unsuitable for the result. When nothing matches, the first suitable candidates
 * stand in, so there is usually something to read.
 */
export function suggestReading(result: SleepTestResult, candidates: ReadingCandidate[], limit = 3): ReadingCandidate[] {
  const topics = readingTopics(result);
  const suitable = candidates.filter((candidate) => !unsuitableFor(result, candidate));
  const ranked = suitable
    .map((candidate, index) => ({ candidate, index, score: relevance(candidate, topics) }))
    .filter((entry) => entry.score > 0)
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map((entry) => entry.candidate);
  return (ranked.length > 0 ? ranked : suitable).slice(0, limit);
}

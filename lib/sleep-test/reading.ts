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
  candidate.tags.some((tag) => readingTopicKeys.tags.includes(tag)) || (candidate.bodyArea !== undefined && readingTopicKeys.bodyAreas.includes(candidate.bodyArea));

/** Topics that fit the result, from its answers' points. */
export function readingTopics(result: SleepTestResult): Topic[] {
  const { points } = result;
  const sleepless = points['fall-asleep'] + points['night-waking'] + points['early-waking'];
  const topics: Topic[] = [];
  if (sleepless >= 3) topics.push({ tag: 'breathing', weight: 3 }, { bodyArea: 'whole-body', weight: 3 }, { tag: 'stress', weight: 2 });
  if (points['restless-legs'] >= 1) topics.push({ bodyArea: 'legs', weight: 3 }, { bodyArea: 'feet', weight: 2 });
  if (result.habits.length > 0) topics.push({ tag: 'bedtime-routine', weight: 2 }, { tag: 'warm-bath', weight: 2 });
  if (points.rested >= 2) topics.push({ bodyArea: 'neck-and-shoulders', weight: 1 }, { bodyArea: 'head', weight: 1 });
  topics.push({ tag: 'bedtime-routine', weight: 1 }, { tag: 'self-massage', weight: 1 });
  return topics;
}

function relevance(candidate: ReadingCandidate, topics: Topic[]): number {
  return topics.reduce((sum, topic) => {
    const matches = (topic.tag && candidate.tags.includes(topic.tag)) || (topic.bodyArea && candidate.bodyArea === topic.bodyArea);
    return matches ? sum + topic.weight : sum;
  }, 0);
}

/**
 * Up to `limit` posts, most relevant first (ties keep the candidates' order).
 * When nothing matches, the first candidates stand in, so there is always something to read.
 */
export function suggestReading(result: SleepTestResult, candidates: ReadingCandidate[], limit = 3): ReadingCandidate[] {
  const topics = readingTopics(result);
  const ranked = candidates
    .map((candidate, index) => ({ candidate, index, score: relevance(candidate, topics) }))
    .filter((entry) => entry.score > 0)
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map((entry) => entry.candidate);
  return (ranked.length > 0 ? ranked : candidates).slice(0, limit);
}

import { describe, expect, it } from 'vitest';
import { sleepTestQuestions, type SleepTestAnswers } from './questions';
import { couldSuggest, readingNote, readingTopicKeys, readingTopics, suggestReading, unsuitableFor, type ReadingCandidate } from './reading';
import { scoreSleepTest } from './scoring';

const calm = Object.fromEntries(sleepTestQuestions.map((q) => [q.id, q.options[0].value])) as SleepTestAnswers;
const post = (path: string, tags: string[], bodyArea?: string): ReadingCandidate => ({
  title: path,
  path,
  kind: bodyArea ? 'guide' : 'article',
  tags,
  bodyArea,
});
const candidates = [
  post('/articles/couples', ['couples']),
  post('/guides/calf-massage', ['legs', 'self-massage'], 'legs'),
  post('/guides/progressive-muscle-relaxation', ['stress'], 'whole-body'),
  post('/guides/slow-breathing-for-sleep', ['breathing', 'self-massage'], 'chest'),
  post('/articles/warm-bath-before-bed', ['warm-bath', 'bedtime-routine']),
];
const paths = (answers: Partial<SleepTestAnswers>, list = candidates, limit?: number) =>
  suggestReading(scoreSleepTest({ ...calm, ...answers }), list, limit).map((candidate) => candidate.path);

describe('suggestReading', () => {
  it('leads with leg and foot guides for restless legs', () => {
    expect(paths({ 'restless-legs': 'often' })[0]).toBe('/guides/calf-massage');
  });

  it('leads with relaxation and breathing for trouble falling or staying asleep', () => {
    expect(paths({ 'fall-asleep': 'over-60' }).slice(0, 2)).toEqual(['/guides/progressive-muscle-relaxation', '/guides/slow-breathing-for-sleep']);
  });

  it('suggests the bedtime routine when habits get in the way', () => {
    expect(paths({ screens: 'nightly' })[0]).toBe('/articles/warm-bath-before-bed');
  });

  it('keeps the candidates’ order among equals and respects the limit', () => {
    expect(paths({}, candidates, 2)).toEqual(['/guides/calf-massage', '/guides/slow-breathing-for-sleep']);
  });

  it('falls back to the first candidates when nothing matches, and copes with none', () => {
    expect(paths({}, [post('/a', []), post('/b', ['couples'])])).toEqual(['/a', '/b']);
    expect(paths({}, [])).toEqual([]);
  });
});

describe('suggestReading for a result worth raising with a doctor', () => {
  const apnoeaSigns: Partial<SleepTestAnswers> = { snoring: 'often', 'breathing-pauses': 'repeatedly', 'daytime-sleepiness': 'daily' };
  const library: ReadingCandidate[] = [
    { ...post('/guides/couples-bedtime-massage-routine', ['couples', 'partner-massage', 'bedtime-routine'], 'whole-body'), audience: 'partner' },
    { ...post('/guides/lower-back-massage', ['back', 'partner-massage', 'bedtime-routine'], 'back'), audience: 'partner' },
    { ...post('/guides/slow-breathing-for-sleep', ['breathing', 'bedtime-routine'], 'chest'), audience: 'self' },
    post('/articles/warm-bath-before-bed', ['warm-bath', 'bedtime-routine']),
    { ...post('/guides/progressive-muscle-relaxation', ['stress', 'bedtime-routine'], 'whole-body'), audience: 'self' },
  ];

  it('never offers a couples or partner routine, or a breathing exercise, for signs of breathing pauses', () => {
    expect(paths(apnoeaSigns, library)).toEqual(['/articles/warm-bath-before-bed', '/guides/progressive-muscle-relaxation']);
  });

  it('offers nothing rather than something unsuitable when only unsuitable posts exist', () => {
    expect(paths(apnoeaSigns, library.slice(0, 3))).toEqual([]);
  });

  it('still offers breathing exercises for sleeplessness without breathing signs, but no partner routine', () => {
    const sleepless: Partial<SleepTestAnswers> = { 'fall-asleep': 'over-60', 'night-waking': 'nightly', rested: 'exhausted' };
    expect(paths(sleepless, library)).toEqual(['/guides/progressive-muscle-relaxation', '/guides/slow-breathing-for-sleep', '/articles/warm-bath-before-bed']);
  });

  it('lets a calm result see every post, partner routines included', () => {
    const result = scoreSleepTest(calm);
    expect(library.some((candidate) => unsuitableFor(result, candidate))).toBe(false);
    expect(readingNote(result)).toBeNull();
  });

  it('says above the reading that it is no treatment for the signs', () => {
    expect(readingNote(scoreSleepTest({ ...calm, ...apnoeaSigns }))).toMatch(/not a treatment/);
  });
});

describe('readingTopicKeys', () => {
  it('names every tag and body area a result can point to', () => {
    const worst = Object.fromEntries(sleepTestQuestions.map((q) => [q.id, q.options.at(-1)!.value])) as SleepTestAnswers;
    const topics = [...readingTopics(scoreSleepTest(worst)), ...readingTopics(scoreSleepTest(calm))];
    for (const topic of topics) {
      if (topic.tag) expect(readingTopicKeys.tags).toContain(topic.tag);
      if (topic.bodyArea) expect(readingTopicKeys.bodyAreas).toContain(topic.bodyArea);
    }
    expect(topics.some((topic) => topic.bodyArea === 'legs')).toBe(true);
  });

  it('tells a post some result could suggest from one none would', () => {
    expect(candidates.map(couldSuggest)).toEqual([false, true, true, true, true]);
  });
});

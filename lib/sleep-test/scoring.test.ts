import { describe, expect, it } from 'vitest';
import { sleepTestQuestions, type QuestionId, type SleepTestAnswers } from './questions';
import { bandText, describeResult, signalHeadline } from './result-text';
import { bandThresholds, maxTotal, scoreSleepTest } from './scoring';

/** Answers worth the given points per question (0 where not given), using each question's first option with those points. */
function answersWorth(points: Partial<Record<QuestionId, number>>): SleepTestAnswers {
  const entries = sleepTestQuestions.map((question) => {
    const option = question.options.find((candidate) => candidate.points === (points[question.id] ?? 0));
    if (!option) throw new Error(`${question.id} has no option worth ${points[question.id]}`);
    return [question.id, option.value];
  });
  return Object.fromEntries(entries) as SleepTestAnswers;
}

const calm = answersWorth({});
const habitsOnly = { schedule: 3, caffeine: 3, screens: 3 } as const;

describe('scoreSleepTest: bands', () => {
  it('gives the lowest answers a total of 0, band settled, nothing flagged', () => {
    expect(scoreSleepTest(calm)).toMatchObject({ total: 0, band: 'settled', signals: [], habits: [] });
  });

  it('gives the highest answers the maximum total of 32, band struggling, everything flagged', () => {
    const worst = Object.fromEntries(
      sleepTestQuestions.map((question) => [question.id, question.options.reduce((a, b) => (b.points > a.points ? b : a)).value]),
    ) as SleepTestAnswers;
    const result = scoreSleepTest(worst);
    expect(maxTotal).toBe(32);
    expect(result).toMatchObject({ total: 32, band: 'struggling', habits: ['schedule', 'caffeine', 'screens'] });
    expect(result.signals).toEqual(['breathing', 'daytime-sleepiness', 'restless-legs', 'ongoing-sleeplessness']);
  });

  it.each([
    [8, 'settled', { ...habitsOnly, schedule: 2 }],
    [9, 'unsettled', habitsOnly],
    [17, 'unsettled', { ...habitsOnly, 'fall-asleep': 2, 'night-waking': 2, rested: 2, 'daytime-sleepiness': 1, snoring: 1 }],
    [18, 'struggling', { ...habitsOnly, 'fall-asleep': 2, 'night-waking': 2, rested: 2, 'daytime-sleepiness': 1, snoring: 1, 'restless-legs': 1 }],
  ] as const)('puts a total of %i in band %s', (total, band, points) => {
    const result = scoreSleepTest(answersWorth(points));
    expect(result).toMatchObject({ total, band, signals: [] });
    expect(describeResult(result).headline).not.toBe(signalHeadline);
  });

  it('documents thresholds that match the bands', () => {
    expect(bandThresholds).toEqual({ unsettled: 9, struggling: 18 });
  });
});

describe('scoreSleepTest: signals worth raising with a doctor', () => {
  const signalsOf = (answers: Partial<SleepTestAnswers>) => scoreSleepTest({ ...calm, ...answers }).signals;

  it('flags loud snoring with breathing pauses and daytime sleepiness, and leads with it', () => {
    const result = scoreSleepTest({ ...calm, snoring: 'often', 'breathing-pauses': 'repeatedly', 'daytime-sleepiness': 'often' });
    expect(result.signals).toEqual(['breathing']);
    expect(result.band).toBe('settled');
    expect(describeResult(result).headline).toBe('Signs worth raising with a doctor');
    // The band's own words ("nights that go reasonably well") would contradict the signs.
    expect(describeResult(result).summary).not.toBe(bandText.settled.summary);
    expect(describeResult(result).summary).toMatch(/GP or doctor/);
  });

  it('flags breathing pauses someone has seen, even once and without snoring', () => {
    expect(signalsOf({ 'breathing-pauses': 'once' })).toEqual(['breathing']);
  });

  it('flags loud snoring most nights when the days are sleepy three or more days a week', () => {
    expect(signalsOf({ snoring: 'often', 'daytime-sleepiness': 'often' })).toEqual(['breathing']);
  });

  it('does not flag snoring alone, occasional snoring, or nobody having noticed', () => {
    expect(signalsOf({ snoring: 'often', 'daytime-sleepiness': 'weekly' })).toEqual([]);
    expect(signalsOf({ snoring: 'sometimes', 'daytime-sleepiness': 'often' })).toEqual([]);
    expect(signalsOf({ snoring: 'unknown', 'breathing-pauses': 'unknown' })).toEqual([]);
  });

  it('flags struggling to stay awake almost every day, but not three to five days', () => {
    expect(signalsOf({ 'daytime-sleepiness': 'daily' })).toEqual(['daytime-sleepiness']);
    expect(signalsOf({ 'daytime-sleepiness': 'often' })).toEqual([]);
  });

  it('flags restless legs from three nights a week, not one or two', () => {
    expect(signalsOf({ 'restless-legs': 'often' })).toEqual(['restless-legs']);
    expect(signalsOf({ 'restless-legs': 'weekly' })).toEqual([]);
  });

  it('flags ongoing sleeplessness only when the nights (5+) and the days (3+) both suffer', () => {
    const flag = (points: Partial<Record<QuestionId, number>>) => scoreSleepTest(answersWorth(points)).signals;
    expect(flag({ 'fall-asleep': 2, 'night-waking': 2, 'early-waking': 1, rested: 2, 'daytime-sleepiness': 1 })).toEqual(['ongoing-sleeplessness']);
    expect(flag({ 'fall-asleep': 2, 'night-waking': 2, rested: 3, 'daytime-sleepiness': 2 })).toEqual([]);
    expect(flag({ 'fall-asleep': 3, 'night-waking': 3, 'early-waking': 3, rested: 2 })).toEqual([]);
  });
});

describe('scoreSleepTest: habits and bad input', () => {
  it('lists a habit from 2 points, in question order', () => {
    expect(scoreSleepTest(answersWorth({ screens: 2, caffeine: 3, schedule: 1 })).habits).toEqual(['caffeine', 'screens']);
  });

  it('throws on an answer that is not an option', () => {
    expect(() => scoreSleepTest({ ...calm, rested: 'sleepy' } as unknown as SleepTestAnswers)).toThrow(/"rested"/);
  });
});

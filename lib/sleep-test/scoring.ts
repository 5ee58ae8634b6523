/**
 * Scores a completed sleep test. Pure: the same answers always give the same
 * result, in the browser, on the server or in a test.
 *
 * Every answer is worth 0 to 3 points (see questions.ts); the total runs from
 * 0 to 32. The total places the reader in a band:
 *
 * | band         | total   | what it says                                        |
 * | ------------ | ------- | --------------------------------------------------- |
 * | `settled`    | 0 to 8  | sleep seems mostly on track                         |
 * | `unsettled`  | 9 to 17 | some things may be getting in the way of sleep      |
 * | `struggling` | 18+     | sleep seems hard much of the time                   |
 *
 * Independently of the band, some patterns are worth raising with a
 * professional (`signals`), and then the result leads with that:
 *
 * - `breathing`: breathing pauses, gasping or choking seen by someone (any
 *   "yes"), or loud snoring most nights together with daytime sleepiness on
 *   three or more days a week.
 * - `daytime-sleepiness`: hard to stay awake almost every day.
 * - `restless-legs`: the urge to move the legs on three or more nights a week.
 * - `ongoing-sleeplessness`: falling asleep, night waking and early waking
 *   add up to 5 or more points, and the days suffer for it (daytime
 *   sleepiness plus how rested the reader feels add up to 3 or more).
 *
 * Habits that are easy to change (`habits`) are listed when their answer is
 * worth 2 or more points. None of this is a diagnosis.
 */
import { sleepTestQuestions, type QuestionId, type SleepTestAnswers } from './questions';

export const sleepTestBands = ['settled', 'unsettled', 'struggling'] as const;
export type SleepTestBand = (typeof sleepTestBands)[number];

export const sleepTestSignals = ['breathing', 'daytime-sleepiness', 'restless-legs', 'ongoing-sleeplessness'] as const;
export type SleepTestSignal = (typeof sleepTestSignals)[number];

export const sleepTestHabits = ['schedule', 'caffeine', 'screens'] as const;
export type SleepTestHabit = (typeof sleepTestHabits)[number];

export type SleepTestResult = {
  /** Sum of every answer's points. */
  total: number;
  band: SleepTestBand;
  /** Patterns worth raising with a professional, in the order listed above. */
  signals: SleepTestSignal[];
  /** Habits worth a look, in question order. */
  habits: SleepTestHabit[];
  /** Points per question, for choosing what to read next. */
  points: Record<QuestionId, number>;
};

/** Highest total the questions allow. */
export const maxTotal = sleepTestQuestions.reduce((sum, question) => sum + Math.max(...question.options.map((o) => o.points)), 0);

/** Lowest total of each band after the first. */
export const bandThresholds = { unsettled: 9, struggling: 18 } as const;

function pointsFor(answers: SleepTestAnswers): Record<QuestionId, number> {
  const entries = sleepTestQuestions.map((question) => {
    const option = question.options.find((candidate) => candidate.value === answers[question.id]);
    if (!option) throw new Error(`No answer "${answers[question.id]}" for question "${question.id}"`);
    return [question.id, option.points] as const;
  });
  return Object.fromEntries(entries) as Record<QuestionId, number>;
}

function bandFor(total: number): SleepTestBand {
  if (total >= bandThresholds.struggling) return 'struggling';
  if (total >= bandThresholds.unsettled) return 'unsettled';
  return 'settled';
}

function signalsFor(answers: SleepTestAnswers, points: Record<QuestionId, number>): SleepTestSignal[] {
  const pausesSeen = answers['breathing-pauses'] === 'once' || answers['breathing-pauses'] === 'repeatedly';
  const snoringWithSleepiness = answers.snoring === 'often' && points['daytime-sleepiness'] >= 2;
  const sleepless = points['fall-asleep'] + points['night-waking'] + points['early-waking'];
  const daytimeCost = points['daytime-sleepiness'] + points.rested;
  const present: Record<SleepTestSignal, boolean> = {
    breathing: pausesSeen || snoringWithSleepiness,
    'daytime-sleepiness': points['daytime-sleepiness'] === 3,
    'restless-legs': points['restless-legs'] >= 2,
    'ongoing-sleeplessness': sleepless >= 5 && daytimeCost >= 3,
  };
  return sleepTestSignals.filter((signal) => present[signal]);
}

/** The result of a completed test; throws if an answer is not one of its question's options. */
export function scoreSleepTest(answers: SleepTestAnswers): SleepTestResult {
  const points = pointsFor(answers);
  const total = Object.values(points).reduce((sum, value) => sum + value, 0);
  return {
    total,
    band: bandFor(total),
    signals: signalsFor(answers, points),
    habits: sleepTestHabits.filter((habit) => points[habit] >= 2),
    points,
  };
}

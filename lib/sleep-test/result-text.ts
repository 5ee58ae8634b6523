/**
 * The words of a result, kept apart from the scoring so an editor can change
 * them without touching a rule. Plain, calm, and never a diagnosis.
 */
import type { SleepTestBand, SleepTestHabit, SleepTestResult, SleepTestSignal } from './scoring';

export const bandText: Record<SleepTestBand, { headline: string; summary: string }> = {
  settled: {
    headline: 'Your sleep seems mostly on track',
    summary:
      'Most of your answers point to nights that go reasonably well. Keeping the habits that help you, and noticing early when something changes, is worth the effort.',
  },
  unsettled: {
    headline: 'Some things may be getting in the way of your sleep',
    summary:
      'Your answers show a few things that can make nights lighter or shorter. Small, steady changes to the evening often help, and it is fine to ask for advice if they don’t.',
  },
  struggling: {
    headline: 'Sleep seems hard for you much of the time',
    summary:
      'Many of your answers point to nights that don’t give you the rest you need. That is tiring to live with, and you don’t have to work it out alone.',
  },
};

/** Headline and summary used whenever a pattern is worth raising with a doctor, whatever the band. */
export const signalHeadline = 'Signs worth raising with a doctor';
export const signalSummary =
  'Some of your answers fit patterns that a GP or doctor would want to hear about. That does not mean something is wrong, but it is worth having them checked rather than waiting.';

export const signalText: Record<SleepTestSignal, string> = {
  breathing:
    'Pauses in breathing, gasping or choking in your sleep, often with loud snoring and tired days, are signs a doctor would want to hear about: they can have a cause that is worth treating.',
  'daytime-sleepiness':
    'Finding it hard to stay awake almost every day deserves a doctor’s attention. Until then, take extra care with driving or anything else where nodding off could be dangerous.',
  'restless-legs':
    'An uncomfortable urge to move your legs in the evening, several nights a week, is worth mentioning to a doctor: it has several possible causes, and some, such as low iron, can be checked.',
  'ongoing-sleeplessness':
    'Trouble falling or staying asleep on many nights, together with tired days, is worth talking through with a doctor, especially if it has gone on for weeks or months.',
};

export const habitText: Record<SleepTestHabit, string> = {
  schedule: 'Getting up at about the same time every day, weekends too, helps your body know when night is coming.',
  caffeine: 'Caffeine can keep you alert for hours. Try moving your last coffee, tea or cola to before midday.',
  screens: 'Try putting phones and screens away for the last half hour and doing something calm instead.',
};

export const notADiagnosis = {
  lead: 'This is not a diagnosis.',
  text: 'It is a short self-check that points out patterns in your answers. Only a doctor or other health professional who talks with you can say what lies behind them.',
};

/** The headline and summary for a result. */
export function describeResult(result: SleepTestResult): { headline: string; summary: string } {
  if (result.signals.length > 0) return { headline: signalHeadline, summary: signalSummary };
  return bandText[result.band];
}

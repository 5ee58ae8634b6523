/**
 * How strongly a result offers a conversation with the business's sleep team.
 * A worrying result puts the doctor first and the offer beside it; a result
 * with a few things in the way gets the offer; a good result gets one quiet line.
 */
import type { SleepTestResult } from './scoring';

export type NextStepKind = 'beside-doctor' | 'offer' | 'quiet';

export function nextStepFor(result: Pick<SleepTestResult, 'signals' | 'band'>): NextStepKind {
  if (result.signals.length > 0) return 'beside-doctor';
  return result.band === 'settled' ? 'quiet' : 'offer';
}

export const nextStepText: Record<Exclude<NextStepKind, 'quiet'>, { heading: string; text: string }> = {
  'beside-doctor': {
    heading: 'Talk it through with our sleep team',
    text: 'As well as seeing your doctor, you can go through your answers with one of our sleep-health professionals. They can listen, help you prepare for your appointment and suggest what to try meanwhile. They do not replace your doctor.',
  },
  offer: {
    heading: 'Would it help to talk?',
    text: 'One of our sleep-health professionals can go through your answers with you and suggest what might help.',
  },
};

/** The one line a good result gets, with a link to the sleep team in its words. */
export const quietNextStep = { before: 'If your nights change, you can take the test again, or', link: 'talk with our sleep team', after: '.' };

/** The link's words on the offer, the same wherever it appears. */
export const talkToTheTeam = 'Talk with a sleep-health professional';

/**
 * When a result's patterns are worth a doctor's view, what to do and how
 * soon, in the way NHS pages put it: "See your GP or doctor if…" for the
 * everyday route, "Get help now if…" for what should not wait. The lines are
 * conditions the reader checks against their own life, never a diagnosis.
 * Every line names the sources (care-sources.ts) it rests on.
 */
import { careSources, type CareSource, type CareSourceId } from './care-sources';
import type { SleepTestResult, SleepTestSignal } from './scoring';

export type AdviceLine = { text: string; sources: CareSourceId[] };

export type CareAdvice = {
  /** Non-urgent: reasons to book an ordinary appointment. */
  seeDoctor: AdviceLine[];
  /** Urgent: situations that need help the same day or at once; may be empty. */
  urgent: AdviceLine[];
  /** Every source the lines above rest on, once each, in the order first used. */
  sources: CareSource[];
};

const seeDoctorLines: Record<SleepTestSignal, AdviceLine[]> = {
  breathing: [
    {
      text: 'someone has seen your breathing stop and start while you sleep, or heard you gasp, snort or choke. If you can, bring the person who noticed it with you.',
      sources: ['sleepApnoea'],
    },
  ],
  'daytime-sleepiness': [
    { text: 'you feel very tired most days, or you nod off during the day without meaning to.', sources: ['sleepApnoea', 'insomniaSeeGp'] },
  ],
  'restless-legs': [
    {
      text: 'the feelings in your legs keep you from sleeping, get you down, or have not eased with the things you have tried yourself.',
      sources: ['restlessLegs'],
    },
  ],
  'ongoing-sleeplessness': [
    { text: 'poor sleep has gone on for months, or changing your sleep habits has not helped.', sources: ['insomnia', 'insomniaSeeGp'] },
    { text: 'you think worry, anxiety or low mood may be behind your sleep.', sources: ['insomniaSeeGp'] },
  ],
};

const drowsyDriving: AdviceLine = {
  text: 'you have fallen asleep, or nearly, while driving. Don’t drive while you feel this sleepy, and ask for an urgent GP appointment or call NHS 111.',
  sources: ['drivingWhenSleepy', 'nhs111'],
};

const urgentLines: Record<SleepTestSignal, AdviceLine[]> = {
  breathing: [drowsyDriving, { text: 'someone cannot be woken, or is not breathing: call 999.', sources: ['when999'] }],
  'daytime-sleepiness': [drowsyDriving],
  'restless-legs': [],
  'ongoing-sleeplessness': [
    {
      text: 'you feel you cannot cope, or you have thoughts of harming yourself: call NHS 111 and choose the mental health option, or 999 in an emergency.',
      sources: ['nhs111'],
    },
  ],
};

/** Each line once, in the order the signals list them. */
const unique = (lines: AdviceLine[]) => lines.filter((line, index) => lines.findIndex((other) => other.text === line.text) === index);

/** The advice for a result's signals, or null when it has none (then the result stays light). */
export function careAdvice(result: Pick<SleepTestResult, 'signals'>): CareAdvice | null {
  if (result.signals.length === 0) return null;
  const seeDoctor = unique(result.signals.flatMap((signal) => seeDoctorLines[signal]));
  const urgent = unique(result.signals.flatMap((signal) => urgentLines[signal]));
  const ids = [...new Set([...seeDoctor, ...urgent].flatMap((line) => line.sources))];
  return { seeDoctor, urgent, sources: ids.map((id) => careSources[id]) };
}

/** For readers outside the UK, where the numbers above differ. */
export const outsideTheUk = 'Outside the UK, see your own doctor, and use your local urgent-care and emergency numbers.';

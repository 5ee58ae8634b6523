/**
 * The sleep test's questions, written for this site. Each answer carries
 * points from 0 (no sign of trouble) to 3; `scoreSleepTest` adds them up and
 * looks for patterns. The wording is our own, not a clinical questionnaire's.
 */

export type SleepTestOption = {
  /** Sent as the radio's value; stable, so saved results stay readable. */
  value: string;
  label: string;
  points: 0 | 1 | 2 | 3;
};

export type SleepTestQuestion = {
  id: string;
  /** A few words naming what the question asks, for the summary a reader keeps (e.g. "Falling asleep"). */
  topic: string;
  /** The question as the fieldset's legend. */
  prompt: string;
  /** A short line under the prompt, when the question needs one. */
  hint?: string;
  options: readonly SleepTestOption[];
};

type Points = SleepTestOption['points'];

/**
 * Four answers scored 0, 1, 2 and 3 in the order given: from no sign of
 * trouble to the most. Keys are the answers' values, in the order they are shown.
 */
function graded<const Value extends string>(labels: Record<Value, string>) {
  return (Object.entries(labels) as [Value, string][]).map(([value, label], points) => ({ value, label, points: points as Points }));
}

/** How many nights a week something happens. */
const nights = (never: string) =>
  graded({ rarely: never, weekly: 'One or two nights a week', often: 'Three to five nights a week', nightly: 'Almost every night' });

/**
 * Something only someone sleeping nearby can see: "no" and "I don't know" score
 * nothing (a reader who sleeps alone cannot tell), the two "yes" answers what they are worth.
 */
function seenByOthers<const Value extends string>(yes: Record<Value, [label: string, points: Points]>) {
  const seen = (Object.entries(yes) as [Value, [string, Points]][]).map(([value, [label, points]]) => ({ value, label, points }));
  return [{ value: 'no', label: 'No', points: 0 }, { value: 'unknown', label: 'I don’t know: nobody has been around to notice', points: 0 }, ...seen] as const;
}

export const sleepTestQuestions = [
  {
    id: 'fall-asleep',
    topic: 'Time to fall asleep',
    prompt: 'Once the light is off, how long does it usually take you to fall asleep?',
    options: graded({ 'under-15': 'Less than 15 minutes', '15-30': '15 to 30 minutes', '30-60': 'Half an hour to an hour', 'over-60': 'More than an hour' }),
  },
  {
    id: 'night-waking',
    topic: 'Lying awake in the night',
    prompt: 'How often do you wake in the night and lie awake for a while?',
    options: nights('Rarely or never'),
  },
  {
    id: 'early-waking',
    topic: 'Waking too early',
    prompt: 'How often do you wake much earlier than you meant to and cannot get back to sleep?',
    options: nights('Rarely or never'),
  },
  {
    id: 'snoring',
    topic: 'Loud snoring',
    prompt: 'Has someone who sleeps near you said that you snore loudly?',
    options: seenByOthers({ sometimes: ['Yes, now and then', 1], often: ['Yes, most nights', 2] }),
  },
  {
    id: 'breathing-pauses',
    topic: 'Breathing pauses, gasping or choking seen',
    prompt: 'Has anyone seen you stop breathing for a moment, gasp or choke while you were asleep?',
    options: seenByOthers({ once: ['Yes, once or twice', 2], repeatedly: ['Yes, more than a couple of times', 3] }),
  },
  {
    id: 'daytime-sleepiness',
    topic: 'Hard to stay awake in the day',
    prompt: 'During the day, how often is it hard to stay awake while you sit still?',
    hint: 'For example on the sofa in the afternoon, in a meeting, or on a bus or train.',
    options: graded({ rarely: 'Rarely or never', weekly: 'One or two days a week', often: 'Three to five days a week', daily: 'Almost every day' }),
  },
  {
    id: 'restless-legs',
    topic: 'Restless, uncomfortable legs',
    prompt: 'In the evening or in bed, how often do your legs feel uncomfortable, with an urge to move them that eases when you do?',
    options: nights('Rarely or never'),
  },
  {
    id: 'schedule',
    topic: 'Bed and getting-up times vary',
    prompt: 'How much do the times you go to bed and get up change from day to day, weekends included?',
    options: graded({
      steady: 'Hardly at all: within about half an hour',
      hour: 'By up to an hour',
      'two-hours': 'By one to two hours',
      more: 'By more than two hours',
    }),
  },
  {
    id: 'caffeine',
    topic: 'Last caffeine of the day',
    prompt: 'When do you usually have your last coffee, tea, cola or energy drink?',
    options: graded({
      morning: 'Before midday, or I don’t have them',
      'early-afternoon': 'In the early afternoon',
      'late-afternoon': 'In the late afternoon',
      evening: 'In the evening',
    }),
  },
  {
    id: 'screens',
    topic: 'Screens in the last hour',
    prompt: 'How often do you look at a phone, tablet or computer in the last hour before you sleep?',
    options: nights('Rarely or never'),
  },
  {
    id: 'rested',
    topic: 'How you feel when you get up',
    prompt: 'How do you usually feel when you get up?',
    options: graded({
      refreshed: 'Refreshed and ready for the day',
      fair: 'Rested enough',
      tired: 'Still tired',
      exhausted: 'Worn out, as if I had hardly slept',
    }),
  },
] as const satisfies readonly SleepTestQuestion[];

export type QuestionId = (typeof sleepTestQuestions)[number]['id'];

/** The value chosen for each question, by question id. */
export type SleepTestAnswers = { [Q in (typeof sleepTestQuestions)[number] as Q['id']]: Q['options'][number]['value'] };

/** Answers given so far; any question may still be open. */
export type PartialAnswers = Partial<Record<QuestionId, string>>;

/** The question ids, in the order they are asked. */
export const questionIds: QuestionId[] = sleepTestQuestions.map((question) => question.id);

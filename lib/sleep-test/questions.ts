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

const nights = (never: string): SleepTestOption[] => [
  { value: 'rarely', label: never, points: 0 },
  { value: 'weekly', label: 'One or two nights a week', points: 1 },
  { value: 'often', label: 'Three to five nights a week', points: 2 },
  { value: 'nightly', label: 'Almost every night', points: 3 },
];

export const sleepTestQuestions = [
  {
    id: 'fall-asleep',
    topic: 'Time to fall asleep',
    prompt: 'Once the light is off, how long does it usually take you to fall asleep?',
    options: [
      { value: 'under-15', label: 'Less than 15 minutes', points: 0 },
      { value: '15-30', label: '15 to 30 minutes', points: 1 },
      { value: '30-60', label: 'Half an hour to an hour', points: 2 },
      { value: 'over-60', label: 'More than an hour', points: 3 },
    ],
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
    options: [
      { value: 'no', label: 'No', points: 0 },
      { value: 'unknown', label: 'I don’t know: nobody has been around to notice', points: 0 },
      { value: 'sometimes', label: 'Yes, now and then', points: 1 },
      { value: 'often', label: 'Yes, most nights', points: 2 },
    ],
  },
  {
    id: 'breathing-pauses',
    topic: 'Breathing pauses, gasping or choking seen',
    prompt: 'Has anyone seen you stop breathing for a moment, gasp or choke while you were asleep?',
    options: [
      { value: 'no', label: 'No', points: 0 },
      { value: 'unknown', label: 'I don’t know: nobody has been around to notice', points: 0 },
      { value: 'once', label: 'Yes, once or twice', points: 2 },
      { value: 'repeatedly', label: 'Yes, more than a couple of times', points: 3 },
    ],
  },
  {
    id: 'daytime-sleepiness',
    topic: 'Hard to stay awake in the day',
    prompt: 'During the day, how often is it hard to stay awake while you sit still?',
    hint: 'For example on the sofa in the afternoon, in a meeting, or on a bus or train.',
    options: [
      { value: 'rarely', label: 'Rarely or never', points: 0 },
      { value: 'weekly', label: 'One or two days a week', points: 1 },
      { value: 'often', label: 'Three to five days a week', points: 2 },
      { value: 'daily', label: 'Almost every day', points: 3 },
    ],
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
    options: [
      { value: 'steady', label: 'Hardly at all: within about half an hour', points: 0 },
      { value: 'hour', label: 'By up to an hour', points: 1 },
      { value: 'two-hours', label: 'By one to two hours', points: 2 },
      { value: 'more', label: 'By more than two hours', points: 3 },
    ],
  },
  {
    id: 'caffeine',
    topic: 'Last caffeine of the day',
    prompt: 'When do you usually have your last coffee, tea, cola or energy drink?',
    options: [
      { value: 'morning', label: 'Before midday, or I don’t have them', points: 0 },
      { value: 'early-afternoon', label: 'In the early afternoon', points: 1 },
      { value: 'late-afternoon', label: 'In the late afternoon', points: 2 },
      { value: 'evening', label: 'In the evening', points: 3 },
    ],
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
    options: [
      { value: 'refreshed', label: 'Refreshed and ready for the day', points: 0 },
      { value: 'fair', label: 'Rested enough', points: 1 },
      { value: 'tired', label: 'Still tired', points: 2 },
      { value: 'exhausted', label: 'Worn out, as if I had hardly slept', points: 3 },
    ],
  },
] as const satisfies readonly SleepTestQuestion[];

export type QuestionId = (typeof sleepTestQuestions)[number]['id'];

/** The value chosen for each question, by question id. */
export type SleepTestAnswers = { [Q in (typeof sleepTestQuestions)[number] as Q['id']]: Q['options'][number]['value'] };

/** Answers given so far; any question may still be open. */
export type PartialAnswers = Partial<Record<QuestionId, string>>;

/** The question ids, in the order they are asked. */
export const questionIds: QuestionId[] = sleepTestQuestions.map((question) => question.id);

/**
 * A summary of a reader's answers and result in plain text, for them to copy,
 * print or email to themselves (to take to a GP, say). It is built on their
 * device and goes only where they send it; nothing reaches the site.
 */
import { careAdvice } from './care-advice';
import { sleepTestQuestions, type SleepTestAnswers } from './questions';
import { describeResult, habitText, notADiagnosis, signalText } from './result-text';
import { scoreSleepTest } from './scoring';

export type AnswerLine = { topic: string; answer: string };

/** Each question's topic with the answer given, in question order. */
export function answerLines(answers: SleepTestAnswers): AnswerLine[] {
  return sleepTestQuestions.map((question) => ({
    topic: question.topic,
    answer: question.options.find((option) => option.value === answers[question.id])?.label ?? '',
  }));
}

export type SummaryContext = { siteName: string; testUrl: string };

const list = (heading: string, lines: string[]) => (lines.length > 0 ? [heading, ...lines.map((line) => `- ${line}`), ''] : []);
const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The summary as an email subject and a plain-text body. */
export function resultSummary(answers: SleepTestAnswers, { siteName, testUrl }: SummaryContext): { subject: string; body: string } {
  const result = scoreSleepTest(answers);
  const { headline, summary } = describeResult(result);
  const advice = careAdvice(result);
  const body = [
    `My sleep test result (${siteName})`,
    '',
    headline,
    summary,
    '',
    ...list(
      'What my answers point to:',
      result.signals.map((signal) => signalText[signal]),
    ),
    ...list(
      'See a GP or doctor if:',
      (advice?.seeDoctor ?? []).map((line) => sentence(line.text)),
    ),
    ...list(
      'Get help now if:',
      (advice?.urgent ?? []).map((line) => sentence(line.text)),
    ),
    ...list(
      'Small changes to try:',
      result.habits.map((habit) => habitText[habit]),
    ),
    ...list(
      'My answers:',
      answerLines(answers).map(({ topic, answer }) => `${topic}: ${answer}`),
    ),
    `${notADiagnosis.lead} ${notADiagnosis.text}`,
    '',
    `The test: ${testUrl}`,
  ].join('\n');
  return { subject: `My sleep test result: ${headline}`, body };
}

/** A mailto: link with no address, so the reader's own mail app asks whom to send it to (themselves). */
export function summaryMailto({ subject, body }: { subject: string; body: string }): string {
  // RFC 6068: line breaks in a body are CRLF, percent-encoded.
  return `mailto:?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body.replace(/\n/g, '\r\n'))}`;
}

import { describe, expect, it } from 'vitest';
import { sleepTestQuestions, type SleepTestAnswers } from './questions';
import { answerLines, resultSummary, summaryMailto } from './summary';

const calm = Object.fromEntries(sleepTestQuestions.map((q) => [q.id, q.options[0].value])) as SleepTestAnswers;
const worrying: SleepTestAnswers = { ...calm, snoring: 'often', 'breathing-pauses': 'repeatedly', 'daytime-sleepiness': 'daily' };
const context = { siteName: 'Calm Nights', testUrl: 'https://www.calm-nights.example/sleep-test' };

describe('answerLines', () => {
  it('gives every question’s topic with the words of the answer chosen, in order', () => {
    const lines = answerLines(worrying);
    expect(lines).toHaveLength(sleepTestQuestions.length);
    expect(lines[0]).toEqual({ topic: 'Time to fall asleep', answer: 'Less than 15 minutes' });
    expect(lines.find((line) => line.topic === 'Loud snoring')?.answer).toBe('Yes, most nights');
    for (const line of lines) expect(line.answer).not.toBe('');
  });
});

describe('resultSummary', () => {
  it('carries a worrying result’s headline, the GP and urgent advice, every answer, and the not-a-diagnosis note', () => {
    const { subject, body } = resultSummary(worrying, context);
    expect(subject).toBe('My sleep test result: Signs worth raising with a doctor');
    expect(body).toMatch(/^My sleep test result \(Calm Nights\)\n/);
    expect(body).toContain('See a GP or doctor if:\n- Someone has seen your breathing stop and start');
    expect(body).toContain('Get help now if:\n- You have fallen asleep, or nearly, while driving');
    expect(body).toContain('- Breathing pauses, gasping or choking seen: Yes, more than a couple of times');
    expect(body).toContain('This is not a diagnosis.');
    expect(body.trimEnd().endsWith('The test: https://www.calm-nights.example/sleep-test')).toBe(true);
  });

  it('keeps a calm result calm: no doctor or urgent sections', () => {
    const { subject, body } = resultSummary(calm, context);
    expect(subject).toBe('My sleep test result: Your sleep seems mostly on track');
    expect(body).not.toMatch(/GP|Get help now/);
    expect(body).toContain('My answers:\n- Time to fall asleep: Less than 15 minutes');
  });
});

describe('summaryMailto', () => {
  it('addresses no one, so the reader sends it to themselves, and keeps the text intact with CRLF line breaks', () => {
    const summary = resultSummary(worrying, context);
    const href = summaryMailto(summary);
    expect(href.startsWith('mailto:?subject=')).toBe(true);
    const url = new URL(href);
    expect(url.pathname).toBe('');
    expect(url.searchParams.get('subject')).toBe(summary.subject);
    expect(url.searchParams.get('body')).toBe(summary.body.replace(/\n/g, '\r\n'));
    expect(href).not.toMatch(/[ \n]/);
  });
});

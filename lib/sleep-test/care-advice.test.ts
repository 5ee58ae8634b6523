import { describe, expect, it } from 'vitest';
import { careAdvice } from './care-advice';
import { careSources } from './care-sources';
import { sleepTestQuestions, type SleepTestAnswers } from './questions';
import { scoreSleepTest } from './scoring';

const calm = Object.fromEntries(sleepTestQuestions.map((q) => [q.id, q.options[0].value])) as SleepTestAnswers;
const adviceFor = (answers: Partial<SleepTestAnswers>) => careAdvice(scoreSleepTest({ ...calm, ...answers }));
const texts = (lines: { text: string }[] = []) => lines.map((line) => line.text).join('\n');

describe('careAdvice', () => {
  it('gives a calm result no advice at all, so it stays light', () => {
    expect(adviceFor({})).toBeNull();
    // A few habits in the way are not a reason to see a doctor either.
    expect(adviceFor({ caffeine: 'evening', screens: 'nightly', schedule: 'more' })).toBeNull();
  });

  it('sends signs of breathing pauses with near-daily sleepiness to a GP, and says when not to wait', () => {
    const advice = adviceFor({ snoring: 'often', 'breathing-pauses': 'repeatedly', 'daytime-sleepiness': 'daily' });
    expect(texts(advice?.seeDoctor)).toMatch(/breathing stop and start/);
    expect(texts(advice?.seeDoctor)).toMatch(/nod off during the day/);
    expect(texts(advice?.urgent)).toMatch(/fallen asleep, or nearly, while driving/);
    expect(texts(advice?.urgent)).toMatch(/not breathing: call 999/);
    // The driving line serves both signals, and is said once.
    expect(advice?.urgent.filter((line) => line.text.includes('driving'))).toHaveLength(1);
  });

  it('sends restless legs to a GP with no urgent advice', () => {
    const advice = adviceFor({ 'restless-legs': 'nightly' });
    expect(texts(advice?.seeDoctor)).toMatch(/legs/);
    expect(advice?.urgent).toEqual([]);
    expect(advice?.sources).toEqual([careSources.restlessLegs]);
  });

  it('sends long-lasting sleeplessness to a GP, with where to turn when it is too much to cope with', () => {
    const advice = adviceFor({ 'fall-asleep': 'over-60', 'night-waking': 'nightly', rested: 'exhausted' });
    expect(texts(advice?.seeDoctor)).toMatch(/gone on for months/);
    expect(texts(advice?.urgent)).toMatch(/cannot cope.*NHS 111/);
    expect(texts(advice?.urgent)).not.toMatch(/999\.$/m);
  });

  it('rests every line on at least one source, and lists each source once, first use first', () => {
    const worst = Object.fromEntries(sleepTestQuestions.map((q) => [q.id, q.options.at(-1)!.value])) as SleepTestAnswers;
    const advice = careAdvice(scoreSleepTest(worst))!;
    for (const line of [...advice.seeDoctor, ...advice.urgent]) expect(line.sources.length).toBeGreaterThan(0);
    expect(new Set(advice.sources).size).toBe(advice.sources.length);
    expect(advice.sources[0]).toBe(careSources.sleepApnoea);
    const cited = new Set([...advice.seeDoctor, ...advice.urgent].flatMap((line) => line.sources.map((id) => careSources[id])));
    expect(new Set(advice.sources)).toEqual(cited);
  });

  it('cites only https addresses on public health services', () => {
    for (const source of Object.values(careSources)) {
      expect(new URL(source.url).protocol).toBe('https:');
      expect(source.title.length).toBeGreaterThan(0);
      expect(source.publisher.length).toBeGreaterThan(0);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { measureInRounds } from './rounds';

const targets = [{ name: 'floor' }, { name: 'article' }, { name: 'about' }];

describe('measureInRounds', () => {
  it('measures every target once per round, in order, so compared targets share each stretch of load', async () => {
    const order: string[] = [];
    const outcomes = await measureInRounds(targets, 3, async (target, round) => {
      order.push(`${round}:${target.name}`);
      return round;
    });
    expect(order).toEqual(['1:floor', '1:article', '1:about', '2:floor', '2:article', '2:about', '3:floor', '3:article', '3:about']);
    expect(outcomes.get('article')).toEqual({ results: [1, 2, 3], tries: 3 });
  });

  it('makes up a failed run in an extra round, for that target only', async () => {
    const order: string[] = [];
    const outcomes = await measureInRounds(targets, 2, async (target, round) => {
      order.push(`${round}:${target.name}`);
      return target.name === 'article' && round === 1 ? undefined : round;
    });
    expect(order).toEqual(['1:floor', '1:article', '1:about', '2:floor', '2:article', '2:about', '3:article']);
    expect(outcomes.get('article')).toEqual({ results: [2, 3], tries: 3 });
    expect(outcomes.get('floor')).toEqual({ results: [1, 2], tries: 2 });
  });

  it('stops a target that never measures after its spare tries, and still measures the others', async () => {
    const outcomes = await measureInRounds(targets, 3, async (target, round) => (target.name === 'about' ? undefined : round));
    expect(outcomes.get('about')).toEqual({ results: [], tries: 5 });
    expect(outcomes.get('floor')).toEqual({ results: [1, 2, 3], tries: 3 });
  });
});

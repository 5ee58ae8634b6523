import { describe, expect, it } from 'vitest';
import { assistantPhrases } from './assistant-leftover';

const flagged = (text: string) => assistantPhrases.some((pattern) => pattern.test(text));

describe('assistantPhrases', () => {
  it.each([
    'If you’d like, I can also create a shorter version or a social media carousel.',
    "If you'd like I can turn this into a checklist.",
    'As an AI language model, I cannot give medical advice.',
    "Here's a revised version of your article:",
    'Do you want me to write a version for partners?',
    'Sure! Here is the article.',
    'I hope this helps!',
    'As of my last knowledge update in 2023, studies suggest…',
    'Written by [Insert author name].',
  ])('flags %s', (text) => expect(flagged(text)).toBe(true));

  it.each([
    'Scrolling social media late at night keeps your mind busy.',
    'Would you like to sleep better? Try this.',
    'A shorter version of the routine takes five minutes.',
    'Ask your partner if they would like more pressure.',
    'Here is the full routine, step by step.',
    'I can feel my shoulders drop when I breathe out slowly.',
  ])('leaves alone %s', (text) => expect(flagged(text)).toBe(false));
});

import type { ContentRule } from './content-rule';
import { textMatches } from './text-matches';

const apostrophe = "['’]";

/** Phrases a writing assistant adds around its answer, which are never meant for readers. */
export const assistantPhrases: RegExp[] = [
  /\bas an AI(?: language model| assistant)?\b/i,
  new RegExp(`\\bI${apostrophe}?m (?:just )?an AI\\b`, 'i'),
  new RegExp(`\\bif you${apostrophe}?d like,? I can\\b`, 'i'),
  /\bI can also (?:create|write|provide|generate|make|draft|help)\b/i,
  /\b(?:would you like|do you want) me to\b/i,
  /\bsocial[- ]media (?:carousel|caption|thread)s?\b/i,
  new RegExp(
    `\\b(?:here${apostrophe}s|here is) (?:a |an |the |your )?(?:revised|rewritten|updated|improved|polished|refined|shorter|longer) (?:version|draft|text)\\b`,
    'i',
  ),
  /\bI hope this helps\b/i,
  new RegExp(`\\blet me know if you${apostrophe}?d like\\b`, 'i'),
  /\b(?:my|the) knowledge cut-?off\b/i,
  /\bas of my last (?:knowledge |training )?update\b/i,
  /\bregenerate response\b/i,
  /\b(?:certainly|sure|absolutely)! here\b/i,
  /\[insert [^\]]{1,40}\]/i,
];

export const assistantLeftover: ContentRule = {
  id: 'text/assistant-leftover',
  severity: 'error',
  summary: 'No leftover writing-assistant text, such as "As an AI language model" or "If you\'d like, I can also create…".',
  hint: 'delete the sentence: it was written to you by the assistant, not for readers',
  check: (context) => context.documents.flatMap((doc) => textMatches(doc, assistantPhrases, (match) => `"${match}" is leftover writing-assistant text`)),
};

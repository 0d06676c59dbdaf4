/**
 * Data for target selection (src/nlp/target.ts).
 *
 * Nouns that name a reported claim a speaker rejects or denies ("rejected suggestions that …",
 * "denied allegations of …"): the entities inside that claim are what it is about, not whom the
 * statement addresses, so the content is not searched for a target.
 */
export const REPORTED_CLAIM_NOUNS: readonly string[] = [
  'suggestions?',
  'claims?',
  'reports?',
  'allegations?',
  'accusations?',
  'charges?',
  'assertions?',
  'speculation',
  'rumou?rs?',
  'criticism',
  'idea',
  'notion',
];

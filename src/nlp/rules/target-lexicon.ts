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

/**
 * Nouns for the people who run an organisation or state ("accused trust managers of …", "blamed
 * the airline's bosses"): an attack on them is an attack on the organisation their modifier or
 * possessor names, or, bare ("accused management of …"), on the one the article is about.
 */
export const LEADERSHIP_NOUNS: ReadonlySet<string> = new Set([
  'management',
  'managers',
  'bosses',
  'executives',
  'administration',
  'leadership',
  'leaders',
  'board',
  'directors',
  'officials',
  'owners',
  'chiefs',
  'hierarchy',
  'ministers',
  'negotiators',
  'authorities',
]);

/**
 * Nouns for things a name can label ("Taurus missiles", "Patriot systems", "Falcon jets"): a name
 * used as their modifier names a product, not an actor the statement is aimed at.
 */
export const PRODUCT_NOUNS: readonly string[] = [
  'missiles?',
  'rockets?',
  'systems?',
  'jets?',
  'fighters?',
  'aircraft',
  'planes?',
  'helicopters?',
  'drones?',
  'tanks?',
  'launchers?',
  'shells?',
  'munitions',
  'rifles?',
  'vessels?',
  'ships?',
  'tablets?',
  'pills?',
  'vaccines?',
  'devices?',
  'phones?',
  'vehicles?',
  'cars?',
  'trucks?',
];

/**
 * Data for src/nlp/affiliation.ts: role nouns whose holder speaks for the organisation or country
 * the title names ("South Korea's trade minister", "the union's general secretary", "Harwood
 * chairman"). Experts and professionals ("a threat analyst at Blackthorn Intel", "a professor at
 * …", "a lawyer for …") speak for themselves, so their workplace is not their side in a dispute.
 */
export const REPRESENTATIVE_ROLES: ReadonlySet<string> = new Set([
  'minister',
  'secretary',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'chairman',
  'chairwoman',
  'chair',
  'co-chair',
  'chairperson',
  'president',
  'vice-president',
  'chief',
  'executive',
  'ceo',
  'director',
  'head',
  'leader',
  'manager',
  'coach',
  'captain',
  'ambassador',
  'envoy',
  'diplomat',
  'official',
  'officials',
  'governor',
  'provost',
  'founder',
  'owner',
  'boss',
  'representative',
  'negotiator',
  'mayor',
  'premier',
  'chancellor',
  'commissioner',
  'treasurer',
  'general',
  'deputy',
  'officer',
]);

/** Words in a title that end the tie to the organisation it names ("former Castlebridge captain"). */
export const PAST_ROLE_WORDS: ReadonlySet<string> = new Set(['former', 'ex', 'retired', 'onetime']);

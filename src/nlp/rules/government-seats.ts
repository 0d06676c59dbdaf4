/**
 * Data for src/nlp/affiliation.ts: buildings and streets that news uses for a state's government
 * ("the Kremlin said", "Downing Street rejected …"). An organisation with one of these names speaks
 * for that country. Keys are ISO 3166 codes, resolved to country names through the gazetteer.
 */
export const GOVERNMENT_SEATS: Readonly<Record<string, readonly string[]>> = {
  RU: ['Kremlin'],
  US: ['White House', 'Pentagon', 'State Department', 'Capitol Hill'],
  GB: ['Downing Street', 'Number 10', 'No 10', 'Whitehall', 'Foreign Office'],
  FR: ['Élysée', 'Elysee', 'Élysée Palace', 'Quai d’Orsay', "Quai d'Orsay"],
  CN: ['Zhongnanhai'],
  KR: ['Blue House'],
  IT: ['Palazzo Chigi'],
  DE: ['Bundeskanzleramt'],
  JP: ['Kantei'],
  IN: ['South Block'],
  UA: ['Bankova'],
  VA: ['Holy See'],
};

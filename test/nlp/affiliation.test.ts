import { describe, expect, it } from '@jest/globals';
import { findAffiliations } from '../../src/nlp/affiliation.js';
import { analyzeEntities } from '../../src/nlp/entity-port.js';

/** Person → the party they speak for, by entity name. */
const sides = (text: string): Record<string, string> => {
  const ents = analyzeEntities(text);
  const name = (key: string) => ents.entities.find((e) => e.key === key)?.name ?? key;
  return Object.fromEntries([...findAffiliations(text, ents)].map(([k, v]) => [name(k), v.name]));
};

describe('affiliations', () => {
  it('reads a country off a demonym title and a possessive title', () => {
    const t =
      'Estonia and Latvia failed to agree on Friday. Estonian Trade Minister Kadri Saar blamed Latvia. ' +
      "Latvia's trade minister, Juris Ozols, disagreed.";
    expect(sides(t)).toMatchObject({ 'Kadri Saar': 'Estonia', 'Juris Ozols': 'Latvia' });
  });

  it('ties "its chairwoman" to the organisation that is the subject of the previous sentence', () => {
    const t =
      'The Lakeside Growers Federation warned the government about quotas in Tallinn. ' +
      'Its chairwoman, Mari Tamm, said farms would close.';
    expect(sides(t)).toMatchObject({ 'Mari Tamm': 'Lakeside Growers Federation' });
  });

  it('ties an apposition with a possessive organisation noun', () => {
    const t =
      'Nurses at the Riverside Health Trust walked out. The Allied Nurses Federation said 3,000 joined. ' +
      '"We had no choice," said Ruth Okoro, the union\'s general secretary.';
    expect(sides(t)).toMatchObject({ 'Ruth Okoro': 'Allied Nurses Federation' });
  });

  it('gives experts and former office-holders no side', () => {
    const t =
      'Pellam Systems confirmed a breach. Jane Whitlow, a threat analyst at Corvid Labs, said the flaw was known. ' +
      'Former Pellam Systems director Tom Harker said little.';
    const s = sides(t);
    expect(s['Jane Whitlow']).toBeUndefined();
    expect(s['Tom Harker']).toBeUndefined();
  });

  it('puts a seat of government on its country’s side', () => {
    const t = 'Russia expelled two diplomats. The Kremlin said the move was a response to Poland.';
    expect(sides(t)).toMatchObject({ Kremlin: 'Russia' });
  });
});

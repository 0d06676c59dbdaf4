import { describe, expect, it } from '@jest/globals';
import type { LocalEntity } from '../../src/domain/model.js';
import type { DocumentEntities } from '../../src/nlp/entity-port.js';
import { ENTITY_WINDOW } from '../../src/nlp/entity-windows.js';
import { Sides } from '../../src/nlp/stance.js';
import { view } from './view-extraction.js';

const pick = (text: string, quote: string) => {
  const q = view(text).find((v) => v.quote.includes(quote));
  if (!q) throw new Error(`no quotation containing ${quote}`);
  return { relation: q.relation, target: q.target };
};

describe('targets from the sides of a dispute', () => {
  const strike =
    'Union leader Petra Lindqvist accused Harrowgate Freight of breaking the agreement.\n\n' +
    '"We have asked for a meeting since March, and nobody has answered," Lindqvist said.\n\n' +
    'Lindqvist said the union had 4,000 members at six depots.\n\n' +
    'Harrowgate Freight\'s chief executive, Tom Rees, said he was "disappointed" by the strike.';

  it('aims a disputant’s complaint at the party they attacked before', () => {
    expect(pick(strike, 'nobody has answered')).toEqual({
      relation: 'CRITICIZES',
      target: 'Harrowgate Freight',
    });
  });

  it('leaves a disputant’s plain statement of fact untargeted', () => {
    expect(pick(strike, '4,000 members')).toEqual({ relation: 'STATES', target: null });
  });

  it('aims the attacked side’s answer at the attacker', () => {
    expect(pick(strike, 'disappointed')).toMatchObject({ target: 'Petra Lindqvist' });
  });

  it('reads a country’s demonym in a disputant’s statement as that country', () => {
    const t =
      'Estonian Trade Minister Kadri Saar accused Latvia of "moving the goalposts".\n\n' +
      'Saar said Latvian negotiators had tabled new demands on the last morning.';
    expect(pick(t, 'negotiators had tabled')).toEqual({ relation: 'STATES', target: 'Latvia' });
  });

  it('reads plain words the narrative announces as a complaint as criticism of the story’s accused', () => {
    const t =
      'Pellam Systems confirmed the breach on Monday. Pellam Systems said it had hired investigators.\n\n' +
      'Security researchers were less forgiving. Jane Whitlow, an analyst, said the flaw had been public since August.';
    expect(pick(t, 'public since August')).toEqual({
      relation: 'CRITICIZES',
      target: 'Pellam Systems',
    });
  });

  it('reads a complaint that names the opponent as criticism of it', () => {
    const t =
      'Mayoral candidate Ana Ruiz accused Mayor Tom Hale of "hiding behind averages".\n\n' +
      '"Tom Hale just told you things are bad everywhere, so you shouldn’t expect better," Ruiz said.';
    expect(pick(t, 'bad everywhere')).toEqual({ relation: 'CRITICIZES', target: 'Tom Hale' });
  });

  it('takes an accusation against "management" as one against the company in the story', () => {
    const t =
      'Drivers at Harrowgate Freight walked out on Monday. Harrowgate Freight said the strike was illegal.\n\n' +
      'Union leader Petra Lindqvist accused management of "hiding behind the rulebook".';
    expect(pick(t, 'hiding behind')).toEqual({
      relation: 'ACCUSES',
      target: 'Harrowgate Freight',
    });
  });

  it('learns the sides from an attack the narrative reports without a quotation', () => {
    const t =
      'Latvia rejected Estonia’s criticism on Wednesday.\n\n' +
      '"A river border is not a suggestion," Latvian foreign minister Juris Ozols said.';
    expect(pick(t, 'not a suggestion')).toEqual({ relation: 'CRITICIZES', target: 'Estonia' });
  });
});

describe('exchanges', () => {
  it('aims a vocative quotation at the person addressed', () => {
    const t =
      'Senator Ruth Kovac questioned the airline’s chief executive, Lachlan Brereton.\n\n' +
      '“Those figures are wrong, Mr Brereton,” Kovac said.';
    expect(pick(t, 'figures are wrong')).toMatchObject({ target: 'Lachlan Brereton' });
  });

  it('aims a question and a rebuttal in a labelled exchange at the other speaker', () => {
    const t =
      'The hearing went as follows.\n\n' +
      'KOVAC: Why are 30,000 refund claims still open?\n\n' +
      'BRERETON: That is not a fair characterisation.\n\n' +
      'KOVAC: How many are open, then?\n\n' +
      'BRERETON: I would have to check.';
    const qs = view(t);
    const byQuote = (s: string) => qs.find((q) => q.quote.includes(s));
    expect(byQuote('How many are open')).toMatchObject({ relation: 'ASKS', target: 'Brereton' });
    expect(byQuote('not a fair')?.target).toBe('Kovac');
  });
});

describe('court reports', () => {
  it('aims the prosecution’s account at the defendant', () => {
    const t =
      'Alistair Penhale, 58, denies six counts of fraud.\n\n' +
      'Harriet Lomax KC, prosecuting, said Penhale had treated the charity as "a personal bank".';
    expect(pick(t, 'personal bank')).toMatchObject({ target: 'Alistair Penhale' });
  });
});

describe('the sides model on very long inputs', () => {
  const person = (key: string): LocalEntity => ({ key, name: key, kind: 'PERSON', mentions: [] });
  const none: DocumentEntities = {
    entities: [],
    mentions: [],
    resolve: () => null,
    gender: () => 'unknown',
  };

  it('counts an attack only for statements within one entity window of it', () => {
    const [ana, ben] = [person('ana'), person('ben')];
    const sides = new Sides('', new Map(), none);
    sides.state({ speaker: ana, relation: 'ACCUSES', target: ben, at: 1_000 });
    expect(sides.opponent(ana, 1_000 + ENTITY_WINDOW)?.key).toBe('ben');
    expect(sides.opponent(ana, 1_001 + ENTITY_WINDOW)).toBeNull();
  });
});

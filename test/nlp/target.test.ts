import { describe, expect, it } from '@jest/globals';
import { view } from './view-extraction.js';

describe('target selection', () => {
  it('does not take the subject of a rejected claim as the target', () => {
    const t =
      'Finance minister Olga Brandvik on Tuesday rejected suggestions that Veltria had ' +
      'blocked the agreement.';
    const qs = view(t);
    expect(qs).toHaveLength(1);
    expect(qs[0]).toMatchObject({ speaker: 'Olga Brandvik', relation: 'REJECTS', target: null });
  });

  it('still searches a denied that-clause that is not a reported claim', () => {
    const t = 'Olga Brandvik denied that Veltria had blocked the agreement.';
    expect(view(t)[0]).toMatchObject({ speaker: 'Olga Brandvik', relation: 'DENIES' });
  });

  it('keeps a warning with no named addressee aimed at the party already in dispute', () => {
    const t =
      'Union leader Petra Lindqvist accused Harrowgate Freight of breaking the agreement.\n' +
      'Lindqvist warned that the strike would spread to every depot if the pay offer did not improve.';
    const qs = view(t);
    expect(qs.map((q) => [q.relation, q.target])).toEqual([
      ['ACCUSES', 'Harrowgate Freight'],
      ['WARNS', 'Harrowgate Freight'],
    ]);
  });

  it('leaves a warning untargeted when nobody is in dispute', () => {
    const t = 'Forecaster Anil Mehra warned that the river could flood by Friday.';
    const qs = view(t);
    expect(qs[0]).toMatchObject({ relation: 'WARNS', target: null });
  });
});

describe('content targets', () => {
  it('skips a name that only sets the scene ("at the Eastgate branch")', () => {
    const t =
      'Councillor Ruth Amos said the library cuts were "a betrayal of every child who reads at the Eastgate branch" and blamed Mayor Tom Hale.';
    const q = view(t).find((v) => v.quote.includes('betrayal'));
    expect(q?.target).not.toBe('Eastgate');
  });

  it('sends an appeal to unnamed ministers to the other side of the dispute', () => {
    const t =
      'The Lakeside Growers Federation accused Latvia of "betraying farmers".\n\n' +
      'Its chairwoman, Mari Tamm, said ministers "must not sacrifice farms to rescue car exports."';
    const q = view(t).find((v) => v.quote.includes('must not sacrifice'));
    expect(q).toMatchObject({ relation: 'URGES', target: 'Latvia' });
  });
});

describe('rejected or disputed claims', () => {
  it('reports a disputed figure and aims it at whoever put it forward', () => {
    const t =
      'The Harbour Workers Union said 1,800 members struck. The company disputed the union’s figure of 600 jobs.';
    const q = view(t).find((v) => v.quote.includes('figure'));
    expect(q).toMatchObject({ relation: 'DENIES', target: 'Harbour Workers Union' });
  });
});

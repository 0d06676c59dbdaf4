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

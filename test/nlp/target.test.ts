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

describe('targets named by pronouns, several parties, or the deed reported', () => {
  it('takes the person an object pronoun stands for ("urging her to …")', () => {
    const t =
      'Transport Secretary Helen Marsh defended the rail plan on Monday.\n\n' +
      'Her remarks came after 30 councillors signed a letter urging her to “think again.”';
    const q = view(t).find((v) => v.quote.includes('think again'));
    expect(q).toMatchObject({ relation: 'URGES', target: 'Helen Marsh' });
  });

  it('leaves a request to each of several parties without a single target', () => {
    const t =
      'Mayor Ana Ruiz and her challenger Tom Bell met on stage on Tuesday. ' +
      'Moderator Lena Park asked each candidate to name one thing they admired about the other.';
    const q = view(t).find((v) => v.quote.includes('name one thing'));
    expect(q).toMatchObject({ speaker: 'Lena Park', relation: 'ASKS', target: null });
  });

  it('aims a complaint about an unnamed "they" at the story’s accused', () => {
    const t =
      'Corvin Mining plans to close the Eastfield pit, Corvin Mining said on Monday. ' +
      'Corvin Mining will cut 400 jobs.\n\n' +
      '“They call it efficiency. We call it a betrayal,” said Rhys Owen, a miner.';
    const q = view(t).find((v) => v.quote.includes('efficiency'));
    expect(q).toMatchObject({
      speaker: 'Rhys Owen',
      relation: 'CRITICIZES',
      target: 'Corvin Mining',
    });
  });

  it('reads a reported misdeed as an accusation of its subject, whatever the cue', () => {
    const t =
      'Defence lawyer Marcus Hale argued that Peter Grove, who managed the fund until 2021, ' +
      'falsified the accounts.';
    expect(view(t)[0]).toMatchObject({
      speaker: 'Marcus Hale',
      relation: 'ACCUSES',
      target: 'Peter Grove',
    });
    // A deed with no wrong in it stays the plain claim it was.
    expect(view('Marcus Hale argued that Peter Grove managed the fund well.')[0]).toMatchObject({
      relation: 'CLAIMS',
      target: null,
    });
  });
});

describe('names that label products', () => {
  it('skips a name used as a product’s modifier for the actor named after it', () => {
    const t =
      'Foreign ministry spokeswoman Irina Volkova said the delivery of Condor missiles to the ' +
      'front would be considered a direct attack by Norway.';
    expect(view(t)[0]).toMatchObject({ speaker: 'Irina Volkova', target: 'Norway' });
  });
});

import { describe, expect, it } from '@jest/globals';
import { findCandidates } from '../../src/nlp/pipeline.js';
import { view } from './view-extraction.js';

const found = (t: string) =>
  findCandidates(t).map((c) => ({
    content: c.quote.text,
    type: c.type,
    speaker: c.speaker?.text ?? null,
    cue: c.cue?.text ?? null,
    object: c.object?.text ?? null,
  }));

describe('indirect and mixed quotations', () => {
  it('reads "said that" and a bare reported clause, ending at the reporter’s own clause', () => {
    expect(
      found('The minister said that the talks had failed, as delegates left the hall.'),
    ).toEqual([
      {
        content: 'the talks had failed',
        type: 'indirect',
        speaker: 'The minister',
        cue: 'said',
        object: null,
      },
    ]);
    expect(
      found('He said his team had raised the same concerns "at every round since October".')[0],
    ).toMatchObject({
      type: 'mixed',
      speaker: 'He',
      content: 'his team had raised the same concerns "at every round since October"',
    });
  });

  it('takes the object and the clause of accuse-of and urge-to frames', () => {
    expect(
      found('Paraguay accused Bolivia of “unilaterally redrawing” the border.')[0],
    ).toMatchObject({
      content: '“unilaterally redrawing” the border',
      type: 'mixed',
      object: 'Bolivia',
      speaker: 'Paraguay',
    });
    expect(found('The alliance called on Ottawa to “hold the line” on tariffs.')[0]).toMatchObject({
      object: 'Ottawa',
      cue: 'called on',
    });
  });

  it('splits coordinated reports and inherits the subject', () => {
    const t =
      'Kowalczyk accused managers of “balancing the books” and said the union would strike again.';
    expect(found(t).map((c) => [c.speaker, c.cue, c.content])).toEqual([
      ['Kowalczyk', 'accused', 'balancing the books'],
      ['Kowalczyk', 'said', 'the union would strike again'],
    ]);
  });

  it('reads according-to in both positions and skips it when the content reports someone else', () => {
    expect(found('According to the trust, 1,900 appointments were postponed.')[0]).toMatchObject({
      speaker: 'the trust',
      content: '1,900 appointments were postponed',
    });
    expect(
      found('The bid was turned down on Friday, according to sources at both clubs.')[0],
    ).toMatchObject({
      speaker: 'sources at both clubs',
      content: 'The bid was turned down on Friday',
    });
    expect(
      found('According to court documents, Marchbanks alleges that Vail stopped paying her.'),
    ).toEqual([
      {
        content: 'Vail stopped paying her',
        type: 'indirect',
        speaker: 'Marchbanks',
        cue: 'alleges',
        object: null,
      },
    ]);
  });

  it('keeps the fragments of a clause interrupted by its attribution', () => {
    const [c] = findCandidates(
      'The two halls, she said, had “reached the end of their useful lives.”',
    );
    expect(c!.quote.fragments?.length).toBe(2);
    expect(c!.type).toBe('mixed');
    expect(c!.speaker?.text).toBe('she');
  });

  it('keeps an interrupted clause whose attribution names an addressee', () => {
    const [c] = findCandidates(
      'The council’s own minutes, he told the inquiry, showed that the warning had been read.',
    );
    expect(c).toMatchObject({ type: 'indirect', speaker: { text: 'he' }, cue: { text: 'told' } });
    expect(c!.quote.text).toBe(
      'The council’s own minutes, he told the inquiry, showed that the warning had been read',
    );
    // "argued that X, who …, did": the clause starts after "that", not at the name before the cue.
    expect(
      found('Her lawyer, Ana Cruz, argued that Grove, who ran the fund, lied.')[0]!.content,
    ).toBe('Grove, who ran the fund, lied');
  });

  it('reads a participle report that follows the attribution of a direct quote', () => {
    expect(
      found('“Every figure was shared,” the company said, adding that it remained open to talks.'),
    ).toEqual([
      expect.objectContaining({ content: 'Every figure was shared,', speaker: 'the company' }),
      expect.objectContaining({
        content: 'it remained open to talks',
        speaker: 'the company',
        cue: 'adding',
      }),
    ]);
  });

  it('reads a reminder to do something as an appeal, and a reminder that something is so as a statement', () => {
    expect(
      view('Judge Ruth Amos reminded jurors not to discuss the case with anyone.')[0],
    ).toMatchObject({
      quote: 'not to discuss the case with anyone',
      speaker: 'Ruth Amos',
      relation: 'URGES',
    });
    expect(
      view('Minister Carl Berg reminded reporters that the deal was signed in May.')[0],
    ).toMatchObject({
      quote: 'the deal was signed in May',
      relation: 'STATES',
    });
  });

  it('takes the antecedent of a relative clause whose verb is the cue', () => {
    expect(
      found(
        'The levy angered the hotel and short-let industry, which has threatened to challenge it in court.',
      )[0],
    ).toMatchObject({ speaker: 'the hotel and short-let industry', cue: 'threatened' });
    expect(
      found('Shares fell after a downgrade from Moody’s, which warned that debt would rise.')[0],
    ).toMatchObject({ speaker: 'Moody’s', content: 'debt would rise' });
  });

  it('takes the subject after a subordinator, not the main clause before it', () => {
    expect(
      found('Sales rose, although economists warned the figures did not prove a recovery.')[0],
    ).toMatchObject({ speaker: 'economists', content: 'the figures did not prove a recovery' });
  });

  it('ends a quoted evaluation where a second predicate of its subject begins', () => {
    expect(
      found(
        'Mia Holt, an analyst, called the results “the bottom of the cycle” and raised her rating.',
      ),
    ).toEqual([
      expect.objectContaining({ content: 'the bottom of the cycle', speaker: 'Mia Holt' }),
    ]);
  });

  it('reads a report that precedes its attribution at the end of the sentence', () => {
    expect(
      found(
        'Ukraine wants to buy ten more air defence systems, Zelensky told journalists this afternoon.',
      ),
    ).toEqual([
      {
        content: 'Ukraine wants to buy ten more air defence systems',
        type: 'indirect',
        speaker: 'Zelensky',
        cue: 'told',
        object: null,
      },
    ]);
    expect(
      found('On the picket line outside the hospital, nurses described chronic understaffing.'),
    ).toEqual([]);
  });

  it('does not take a quoted name or fragment before the cue for a quotation it attributes', () => {
    expect(
      found(
        'The bakery chain, which trades as “Crumbs”, said it would close nine shops by March.',
      ).map((c) => [c.speaker, c.content]),
    ).toEqual([['The bakery chain', 'it would close nine shops by March']]);
    expect(
      found(
        'The tenants’ union urged the council to act “this winter”, saying families had waited long enough.',
      ).map((c) => [c.speaker, c.cue, c.content]),
    ).toEqual([
      ['The tenants’ union', 'urged', 'act “this winter”'],
      ['The tenants’ union', 'saying', 'families had waited long enough'],
    ]);
  });

  it('reads a bare clause that opens with a capitalised word ending in -ly', () => {
    expect(found('The envoy said Italy would veto the plan.')[0]).toMatchObject({
      content: 'Italy would veto the plan',
    });
  });

  it('reads a that-less clause after cues that also take noun objects only when it is finite', () => {
    expect(found('The treasurer stressed the fund was solvent.')[0]).toMatchObject({
      content: 'the fund was solvent',
      cue: 'stressed',
    });
    expect(found('The mayor vowed the bridge would open in May.')[0]).toMatchObject({
      content: 'the bridge would open in May',
    });
    expect(found('She noted the rise in prices and explained the proposed plan.')).toEqual([]);
    expect(found('The agency reported a rise in complaints but declined to comment.')).toEqual([]);
    expect(
      found('Waiting lists fell by a third over the winter, the inspectors reported.')[0],
    ).toMatchObject({ content: 'Waiting lists fell by a third over the winter', cue: 'reported' });
  });

  it('reads a that-less clause only when finite after any cue but say', () => {
    expect(found('The federation warned Brussels on Monday.')).toEqual([]);
    expect(found('She admitted the charges against her.')).toEqual([]);
    expect(found('The regulator warned prices would keep rising.')[0]).toMatchObject({
      content: 'prices would keep rising',
    });
    expect(found('The minister insists Lisbon wants a deal.')[0]).toMatchObject({
      content: 'Lisbon wants a deal',
    });
    expect(found('The union promised an “immediate response”.')[0]).toMatchObject({
      content: 'immediate response',
      type: 'mixed',
    });
  });

  it('reads a that-less clause after an addressee', () => {
    expect(
      found('He told the tribunal he had “never signed anything” for the firm.')[0],
    ).toMatchObject({
      content: 'he had “never signed anything” for the firm',
      type: 'mixed',
      object: null,
    });
    expect(found('She told Reuters news agency the strike was over.')[0]).toMatchObject({
      content: 'the strike was over',
    });
    expect(found('He told the story of his first season.')).toEqual([]);
    expect(found('She told the Leeds Echo the lane was “long overdue”.')[0]).toMatchObject({
      content: 'the lane was “long overdue”',
    });
  });

  it('takes a bare quoted fragment as what an evaluation says, inside its marks', () => {
    expect(found('The opposition leader rejected the audit as “a whitewash”.')).toEqual([
      {
        content: 'a whitewash',
        type: 'mixed',
        speaker: 'The opposition leader',
        cue: 'rejected',
        object: 'the audit',
      },
    ]);
    expect(
      found('The mayor praised the volunteers as “the backbone of this city”.')[0],
    ).toMatchObject({ content: 'the backbone of this city', object: 'the volunteers' });
    expect(found('The union called it “a cynical stunt”.')[0]).toMatchObject({
      content: 'a cynical stunt',
      object: 'it',
    });
    expect(found('The judge praised her ‘candour’.')[0]).toMatchObject({ content: 'candour' });
    expect(found('The mayor called the levy a “distraction”.')[0]).toMatchObject({
      content: 'distraction',
      object: 'the levy',
    });
    expect(found('Residents often call the “rainy-day fund” a lifeline.')).toEqual([]);
  });

  it('reads praise or blame "for" something when quoted words show it was said', () => {
    expect(found('The minister praised the firefighters for their ‘bravery’.')[0]).toMatchObject({
      content: 'bravery',
      object: 'the firefighters',
    });
    expect(
      found('The senator praised Ottawa for moving “swiftly and fairly” on the file.')[0],
    ).toMatchObject({
      content: 'moving “swiftly and fairly” on the file',
      type: 'mixed',
      object: 'Ottawa',
    });
    expect(found('The coach praised his players for their effort.')).toEqual([]);
  });

  it('reads what a warning is against', () => {
    expect(found('The regulator warned against “a race to the bottom”.')[0]).toMatchObject({
      content: 'a race to the bottom',
      type: 'mixed',
    });
    expect(found('The doctor cautioned patients against stopping their medication.')).toEqual([
      {
        content: 'stopping their medication',
        type: 'indirect',
        speaker: 'The doctor',
        cue: 'cautioned',
        object: 'patients',
      },
    ]);
  });

  it('reads a rejected object that names something said', () => {
    expect(found('The minister rejected calls for an early election.')[0]).toMatchObject({
      content: 'calls for an early election',
      cue: 'rejected',
    });
    expect(found('The board rejected the bid from a rival consortium.')).toEqual([]);
  });

  it('reads what a free relative says someone called something, but not a nickname', () => {
    expect(
      found('Hundreds marched through the centre in what police called a peaceful protest.'),
    ).toEqual([
      {
        content: 'a peaceful protest',
        type: 'indirect',
        speaker: 'police',
        cue: 'called',
        object: null,
      },
    ]);
    const t =
      'Tenants signed a petition urging the landlord to ‘listen’ about what they called a ‘rent grab’.';
    expect(found(t).map((c) => [c.speaker, c.cue, c.content])).toEqual([
      ['Tenants', 'urging', 'listen'],
      ['they', 'called', 'rent grab'],
    ]);
    expect(found('Ruiz, the winger everyone calls “Rocket”, scored twice.')).toEqual([]);
  });

  it('attributes a participle cue on a document to whoever issued it', () => {
    expect(
      found('The ministry issued a statement on Friday saying the border would stay open.'),
    ).toEqual([
      {
        content: 'the border would stay open',
        type: 'indirect',
        speaker: 'The ministry',
        cue: 'saying',
        object: null,
      },
    ]);
  });

  it('finds the issuer of a document across a time adverb', () => {
    expect(found('The party issued a statement later saying it backed the deal.')[0]).toMatchObject(
      { speaker: 'The party', content: 'it backed the deal' },
    );
  });

  it('does not report a request for anonymity or a refusal to act', () => {
    expect(
      found('A senior aide, who asked not to be named, said the budget would slip.').map(
        (c) => c.content,
      ),
    ).toEqual(['the budget would slip']);
    expect(found('The manager refused to blame the goalkeeper.')).toEqual([]);
    expect(found('The minister refused to “play politics with pensions”.')[0]).toMatchObject({
      content: 'play politics with pensions',
      cue: 'refused',
    });
  });

  it('takes the agent of a passive cue as the source and its subject as the addressee', () => {
    expect(
      found(
        'Asked by a council member whether the library would close, the mayor said: “Not this year.”',
      ),
    ).toEqual([
      {
        content: 'whether the library would close',
        type: 'indirect',
        speaker: 'a council member',
        cue: 'Asked',
        object: 'the mayor',
      },
      {
        content: 'Not this year.',
        type: 'direct',
        speaker: 'the mayor',
        cue: 'said',
        object: null,
      },
    ]);
    expect(
      found('The club was accused by its own fans of “selling the soul of the game”.')[0],
    ).toMatchObject({
      content: 'selling the soul of the game',
      speaker: 'its own fans',
      object: 'The club',
    });
    expect(found('The council was urged to reconsider the closures.')).toEqual([]);
    expect(
      found('Asked by reporters whether she would quit if the vote failed, Amali laughed.')[0],
    ).toMatchObject({
      content: 'whether she would quit if the vote failed',
      speaker: 'reporters',
      object: 'Amali',
    });
  });

  it('does not read a relative or subordinate clause as the reported one', () => {
    expect(found('She reported the theft to police after she was threatened.')).toEqual([]);
    expect(found('The chairman recalled the day he joined the club.')).toEqual([]);
    expect(found('The union announced a walkout that will close 30 schools.')).toEqual([]);
    expect(found('She warned the directors would quit if the merger failed.')[0]).toMatchObject({
      content: 'the directors would quit if the merger failed',
      object: null,
    });
    expect(found('He told journalists outside the hearing he was innocent.')[0]).toMatchObject({
      content: 'he was innocent',
    });
  });

  it('reads "quoted as saying" and a free relative that opens the sentence', () => {
    expect(found('The governor was quoted as saying the levy was dead.')[0]).toMatchObject({
      speaker: 'The governor',
      content: 'the levy was dead',
    });
    expect(found('What the minister called a “fresh start” lasted a fortnight.')).toEqual([
      {
        content: 'fresh start',
        type: 'mixed',
        speaker: 'the minister',
        cue: 'called',
        object: null,
      },
    ]);
    expect(
      found('The council rejected the union’s demands for a longer consultation.')[0],
    ).toMatchObject({ content: 'the union’s demands for a longer consultation' });
  });

  it('ignores actions, scare quotes, titles, nicknames and headlines', () => {
    expect(found('Castlebridge have rejected a third offer from Harwood.')).toEqual([]);
    expect(found('The mayor has branded the package her “Fair Share” plan.')).toEqual([]);
    expect(
      found('Pyle, nicknamed ‘the Professor’, starred in ‘Inside the Dugout’ last season.'),
    ).toEqual([]);
    expect(found('Lumora confirms breach exposed payroll data of 2.1 million workers')).toEqual([]);
  });
});

describe('a relative "that" after a clause', () => {
  it('keeps the whole reported clause when "that" starts a relative clause inside it', () => {
    const t = 'The hotel association says you are killing the goose that lays the golden eggs.';
    expect(view(t)[0]?.quote).toBe('you are killing the goose that lays the golden eggs');
  });
});

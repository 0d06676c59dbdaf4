import { describe, expect, it } from '@jest/globals';
import { analyzeEntities } from '../../../src/nlp/entities/index.js';

/** The nth whole-word occurrence of a phrase. */
const at = (text: string, phrase: string, nth = 0): { start: number; end: number } => {
  const hits = [...text.matchAll(new RegExp(`(?<![\\p{L}])${phrase}(?![\\p{L}])`, 'gu'))];
  const hit = hits[nth];
  if (!hit) throw new Error(`"${phrase}" #${nth} not in text`);
  return { start: hit.index, end: hit.index + phrase.length };
};

describe('analyzeEntities', () => {
  it('clusters full name, title + surname, surname and transliteration variants', () => {
    const text =
      'President Volodymyr Zelensky met officials in Kyiv. "We will not give up," Mr Zelensky said.\n\n' +
      'Later Zelenskyy told reporters the talks were over. Zelenskiy added nothing.';
    const doc = analyzeEntities(text);
    const person = doc.resolve(at(text, 'Mr Zelensky'));
    expect(person?.name).toBe('Volodymyr Zelensky');
    expect(person?.kind).toBe('PERSON');
    expect(doc.resolve(at(text, 'Zelenskyy'))?.key).toBe(person?.key);
    expect(doc.resolve(at(text, 'Zelenskiy'))?.key).toBe(person?.key);
  });

  it('types a lone surname as a person when the context shows one', () => {
    const text =
      'Berlin is weighing a new aid package. On Friday, Okonkwo said the plan was reckless. ' +
      'She added that the vote would be close. Later, Varga, 61, called it overdue. ' +
      'Meanwhile, Holmgren said quarterly profits had doubled.';
    const doc = analyzeEntities(text);
    const okonkwo = doc.resolve(at(text, 'Okonkwo'));
    expect(okonkwo?.kind).toBe('PERSON');
    expect(doc.resolve(at(text, 'She'))?.key).toBe(okonkwo?.key);
    expect(doc.resolve(at(text, 'Varga'))?.kind).toBe('PERSON');
    expect(doc.resolve(at(text, 'Holmgren'))?.kind).toBe('ORGANIZATION');
  });

  it('keeps two people who share a surname apart', () => {
    const text =
      'Anna Kowalski, the mayor, opened the session. Her brother Piotr Kowalski, a farmer, disagreed.\n\n' +
      '"This is theft," Piotr Kowalski said. Anna Kowalski replied that the budget was fair.';
    const doc = analyzeEntities(text);
    const anna = doc.resolve(at(text, 'Anna Kowalski', 1));
    const piotr = doc.resolve(at(text, 'Piotr Kowalski', 1));
    expect(anna?.name).toBe('Anna Kowalski');
    expect(piotr?.name).toBe('Piotr Kowalski');
    expect(anna?.key).not.toBe(piotr?.key);
  });

  it('follows a pronoun chain across paragraphs, skipping people named inside quotes', () => {
    const text =
      'Finance Minister Tomas Verhoeven defended the plan on Monday.\n\n' +
      'He said the cuts were needed. "Ask Maria Lopez what happens otherwise," he added.\n\n' +
      'Later he told parliament the vote would go ahead.';
    const doc = analyzeEntities(text);
    const tomas = doc.resolve(at(text, 'Tomas Verhoeven'));
    expect(doc.resolve(at(text, 'He'))?.key).toBe(tomas?.key);
    expect(doc.resolve(at(text, 'he', 1))?.key).toBe(tomas?.key);
  });

  it('reads a pronoun opening its sentence as the previous subject, not the nearer object', () => {
    const text =
      'Senator Paul Okoro has accused Mr Daniel Reyes of misleading the committee. ' +
      'On Tuesday he rejected Mr Reyes’s claim that the contract was legal.\n\n' +
      'Reyes’s lawyer, Tom Hardy, spoke next. Later he told the court his client was innocent.';
    const doc = analyzeEntities(text);
    const okoro = doc.resolve(at(text, 'Paul Okoro'));
    const hardy = doc.resolve(at(text, 'Tom Hardy'));
    expect(doc.resolve(at(text, 'he'))?.key).toBe(okoro?.key);
    // A possessor ("Reyes’s lawyer") is not the subject.
    expect(doc.resolve(at(text, 'he', 1))?.key).toBe(hardy?.key);
  });

  it('binds gender-consistent pronouns and role descriptors to the role holder', () => {
    const text =
      'Bolivia’s foreign minister, Mariela Condori, met Esteban Ruiz Acosta on Tuesday. ' +
      'She said talks would continue. Mr Ruiz told reporters he was disappointed.\n\n' +
      'The minister later issued a statement.';
    const doc = analyzeEntities(text);
    const mariela = doc.resolve(at(text, 'Mariela Condori'));
    const esteban = doc.resolve(at(text, 'Esteban Ruiz Acosta'));
    expect(doc.resolve(at(text, 'She'))?.key).toBe(mariela?.key);
    expect(doc.resolve(at(text, 'he'))?.key).toBe(esteban?.key);
    expect(doc.resolve(at(text, 'Mr Ruiz'))?.key).toBe(esteban?.key);
    expect(doc.resolve(at(text, 'The minister'))?.key).toBe(mariela?.key);
    expect(doc.resolve(at(text, 'Bolivia’s foreign minister'))?.key).toBe(mariela?.key);
  });

  it('maps countries, capitals (as governments) and demonym phrases to one country actor', () => {
    const text =
      'Germany rejected the proposal. Berlin said the plan was unworkable, and Moscow accused ' +
      'Russia’s neighbours of stalling.';
    const doc = analyzeEntities(text);
    const germany = doc.resolve(at(text, 'Germany'));
    expect(germany).toMatchObject({ name: 'Germany', kind: 'COUNTRY' });
    expect(doc.resolve(at(text, 'Berlin'))?.key).toBe(germany?.key);
    expect(doc.resolve(at(text, 'Moscow'))).toMatchObject({ name: 'Russia', kind: 'COUNTRY' });

    const other = 'The German government and Germany’s foreign ministry declined to comment.';
    const doc2 = analyzeEntities(other);
    const a = doc2.resolve(at(other, 'The German government'));
    const b = doc2.resolve(at(other, 'Germany’s foreign ministry'));
    expect(a).toMatchObject({ name: 'Germany', kind: 'COUNTRY' });
    expect(b?.key).toBe(a?.key);
    expect(doc2.entities.map((e) => e.key)).toContain(a?.key);
  });

  it('types organisations and locations and links "the company" to the named firm', () => {
    const text =
      'Lumora Systems confirmed the breach. The company said Lumora had notified the ' +
      'National Cyber Oversight Board. Protesters gathered outside Calloway Hall.';
    const doc = analyzeEntities(text);
    const lumora = doc.resolve(at(text, 'Lumora Systems'));
    expect(lumora?.kind).toBe('ORGANIZATION');
    expect(doc.resolve(at(text, 'The company'))?.key).toBe(lumora?.key);
    expect(doc.resolve(at(text, 'Lumora', 1))?.key).toBe(lumora?.key);
    expect(doc.resolve(at(text, 'National Cyber Oversight Board'))?.kind).toBe('ORGANIZATION');
    expect(doc.resolve(at(text, 'Calloway Hall'))?.kind).toBe('LOCATION');
  });

  it('returns mentions sorted by start, consistent with the entities, and survives any string', () => {
    const text = 'Dr Miriam Castellane said "yes". Castellane left.';
    const doc = analyzeEntities(text);
    const starts = doc.mentions.map((m) => m.start);
    expect(starts).toEqual([...starts].sort((x, y) => x - y));
    for (const m of doc.mentions) {
      expect(text.slice(m.start, m.end)).toBe(m.text);
      expect(doc.entities.some((e) => e.key === m.entityKey)).toBe(true);
    }
    for (const junk of ['', '"', '“”“', 'A. B. C.', 'He said.', '\n\n\n', 'É'.repeat(1000)]) {
      expect(() => analyzeEntities(junk)).not.toThrow();
    }
    expect(analyzeEntities('').resolve({ start: 0, end: 0 })).toBeNull();
  });

  it('links declared nicknames and age descriptions back to the person', () => {
    const text =
      'Manager Gareth Pyle, who has been nicknamed ‘the Professor’ since his coaching days, ' +
      'was asked about the deal.\n\n‘Agents talk,’ the Professor said.\n\n' +
      'Nurse Grace Amponsah said she was exhausted.\n\n“I cried in the car park,” the 28-year-old said.';
    const doc = analyzeEntities(text);
    const pyle = doc.resolve(at(text, 'Gareth Pyle'));
    expect(doc.resolve(at(text, 'the Professor', 1))?.key).toBe(pyle?.key);
    expect(doc.resolve(at(text, 'the 28-year-old'))?.name).toBe('Grace Amponsah');
  });

  it('reads a role description given as a span: the holder of the role, never the country', () => {
    const text =
      'Ukrainian President Volodymyr Zelensky met Chancellor Olaf Berger in Kyiv.\n\n' +
      'Asked about the offer, the Ukrainian president said nothing. The German chancellor smiled.';
    const doc = analyzeEntities(text);
    const zelensky = doc.resolve(at(text, 'Volodymyr Zelensky'));
    expect(doc.resolve(at(text, 'the Ukrainian president'))?.key).toBe(zelensky?.key);
    expect(doc.resolve(at(text, 'The German chancellor'))?.name).toBe('Olaf Berger');
    expect(doc.resolve(at(text, 'Kyiv'))).toMatchObject({ kind: 'COUNTRY', name: 'Ukraine' });
  });
});

describe('organisation names', () => {
  it('keeps an "and" inside a name that ends in an organisation word, and splits two actors', () => {
    const text =
      'The Maritime and Harbour Workers Union said 6,000 members struck. Canada and South Korea failed to agree.';
    const doc = analyzeEntities(text);
    expect(doc.resolve(at(text, 'Maritime and Harbour Workers Union'))?.name).toBe(
      'Maritime and Harbour Workers Union',
    );
    expect(doc.resolve(at(text, 'Canada'))?.name).toBe('Canada');
    expect(doc.resolve(at(text, 'South Korea'))?.name).toBe('South Korea');
  });

  it('types a name as an organisation by its business ending, a plural verb, or a longer organisation name', () => {
    const text =
      'Dockworkers struck at terminals run by Transkaro Ports. Castlebridge United have rejected a bid. ' +
      'The operator Pacifico Norte Terminales said talks would resume; Pacifico Norte declined to comment.';
    const doc = analyzeEntities(text);
    for (const name of ['Transkaro Ports', 'Castlebridge United', 'Pacifico Norte'])
      expect(doc.resolve(at(text, name))?.kind).toBe('ORGANIZATION');
  });
});

describe('country names', () => {
  it('names a country as English-language news does', () => {
    const text = 'Prague rejected the complaint. Ankara said nothing.';
    const doc = analyzeEntities(text);
    expect(doc.resolve(at(text, 'Prague'))?.name).toBe('Czech Republic');
    expect(doc.resolve(at(text, 'Ankara'))?.name).toBe('Turkey');
  });
});

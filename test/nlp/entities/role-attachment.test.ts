import { describe, expect, it } from '@jest/globals';
import { analyzeEntities } from '../../../src/nlp/entities/index.js';

/** The nth occurrence of a phrase. */
const at = (text: string, phrase: string, nth = 0): { start: number; end: number } => {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(phrase, start + 1);
  if (start < 0) throw new Error(`"${phrase}" #${nth} not in text`);
  return { start, end: start + phrase.length };
};

describe('person roles tied to an organisation or place', () => {
  it('keeps "the chief executive of <org>" a person apart from the organisation', () => {
    const text =
      'The chief executive of low-cost carrier Brightwing Air apologised on Monday.\n\n' +
      'Brightwing said refunds would follow. "We failed," Lena Morrow said.';
    const doc = analyzeEntities(text);
    const role = doc.resolve(at(text, 'The chief executive of low-cost carrier Brightwing Air'));
    const org = doc.resolve(at(text, 'Brightwing Air'));
    expect(role?.kind).toBe('PERSON');
    expect(org?.kind).toBe('ORGANIZATION');
    expect(doc.resolve(at(text, 'Brightwing', 1))?.key).toBe(org?.key);
  });

  it('binds "Name, an analyst at <org>" to the person and leaves the org its own mention', () => {
    const text = 'Shares fell. Tom Quill, an analyst at Harrow Capital, said the firm had cash.';
    const doc = analyzeEntities(text);
    const person = doc.resolve(at(text, 'an analyst'));
    expect(person?.name).toBe('Tom Quill');
    const org = doc.resolve(at(text, 'Harrow Capital'));
    expect(org?.kind).toBe('ORGANIZATION');
    expect(org?.key).not.toBe(person?.key);
  });

  it('links "<Country>’s ambassador in <City>, Name" to the name, not the city', () => {
    const text =
      'Norway’s ambassador in Madrid, Petter Lunde-Aas, was summoned on Thursday. ' +
      'Madrid said the talks were over.';
    const doc = analyzeEntities(text);
    const role = doc.resolve(at(text, 'Norway’s ambassador in Madrid'));
    expect(role?.name).toBe('Petter Lunde-Aas');
    expect(doc.resolve(at(text, 'Madrid', 1))?.key).not.toBe(role?.key);
  });

  it('makes "a spokeswoman for the trust" a person, not the trust', () => {
    const text =
      'The money came from the Hillside Care Trust. Outside court, a spokeswoman for the trust ' +
      'said it was cooperating.';
    const doc = analyzeEntities(text);
    const spokeswoman = doc.resolve(at(text, 'a spokeswoman for the trust'));
    const trust = doc.resolve(at(text, 'Hillside Care Trust'));
    expect(spokeswoman?.kind).toBe('PERSON');
    expect(spokeswoman?.key).not.toBe(trust?.key);
  });

  it('keeps "<Name>’s barrister, Other Name" apart from the client', () => {
    const text =
      'Ewan Tregarthen denies fraud. Tregarthen’s barrister, Ruth Okonjo KC, told the jury ' +
      'her client had been naive.';
    const doc = analyzeEntities(text);
    const lawyer = doc.resolve(at(text, 'Tregarthen’s barrister'));
    expect(lawyer?.name).toMatch(/^Ruth Okonjo/);
    expect(lawyer?.key).not.toBe(doc.resolve(at(text, 'Ewan Tregarthen'))?.key);
  });

  it('reads a bare name before a role in a headline as that person’s organisation', () => {
    const text =
      'Brightwing boss apologises\n\nBrightwing Air cancelled 900 flights, the carrier said.';
    const doc = analyzeEntities(text);
    const boss = doc.resolve(at(text, 'Brightwing boss'));
    expect(boss?.kind).toBe('PERSON');
    expect(boss?.key).not.toBe(doc.resolve(at(text, 'Brightwing Air'))?.key);
  });
});

describe('typing names from their context', () => {
  it('types a name after an organisation noun as an organisation everywhere', () => {
    const text =
      'The club Dunmore Rovers sacked its coach. Later Dunmore Rovers said it had no regrets.';
    const doc = analyzeEntities(text);
    const first = doc.resolve(at(text, 'Dunmore Rovers'));
    expect(first?.kind).toBe('ORGANIZATION');
    expect(doc.resolve(at(text, 'Dunmore Rovers', 1))?.key).toBe(first?.key);
  });

  it('does not read a numbered installation ("Baltic Link 2 cable") as a person', () => {
    const text = 'The ship circled the Baltic Link 2 cable for hours. Baltic states were alarmed.';
    const doc = analyzeEntities(text);
    expect(doc.resolve(at(text, 'Baltic Link'))?.kind).not.toBe('PERSON');
  });

  it('reads "<Name> states" as a region, apart from the sea of that name', () => {
    const text = 'Ships crowd the Baltic Sea. Other Baltic states were alarmed.';
    const doc = analyzeEntities(text);
    const states = doc.resolve(at(text, 'Baltic states'));
    expect(states?.kind).toBe('LOCATION');
    expect(states?.key).not.toBe(doc.resolve(at(text, 'Baltic Sea'))?.key);
  });

  it('reads "Kent MPs" as a group of MPs, apart from the place', () => {
    const text =
      'Dorset MPs revolt over housing plans.\n\nThe plans would cover farmland in Dorset. ' +
      'Forty MPs signed the letter.';
    const doc = analyzeEntities(text);
    const group = doc.resolve(at(text, 'Dorset MPs'));
    expect(group?.kind).toBe('GROUP');
    expect(doc.resolve(at(text, 'Forty MPs'))?.key).toBe(group?.key);
    expect(doc.resolve(at(text, 'Dorset', 1))?.key).not.toBe(group?.key);
  });

  it('joins "The Campaign for Rural X" into one organisation name', () => {
    const text = 'The Campaign for Rural Wessex objected. Farmers in Wessex agreed.';
    const doc = analyzeEntities(text);
    const org = doc.resolve(at(text, 'Campaign for Rural Wessex'));
    expect(org?.kind).toBe('ORGANIZATION');
    expect(org?.name).toBe('Campaign for Rural Wessex');
    expect(doc.resolve(at(text, 'Wessex', 1))?.key).not.toBe(org?.key);
  });

  it('resolves "the airline" to the airline, not a nearer investment firm', () => {
    const text =
      'The carrier Brightwing Air cancelled 900 flights. Tom Quill, an analyst at Harrow Capital, said ' +
      'the airline had cash.';
    const doc = analyzeEntities(text);
    expect(doc.resolve(at(text, 'the airline'))?.key).toBe(
      doc.resolve(at(text, 'Brightwing Air'))?.key,
    );
  });
});

import { describe, expect, it } from '@jest/globals';
import { clauseSubject, subjectAfter, subjectBefore } from '../../src/nlp/subject.js';

const before = (t: string, cue: string) => subjectBefore(t, 0, t.indexOf(cue))?.span.text ?? null;

describe('subjectBefore', () => {
  it('takes the name over an apposition or a relative clause', () => {
    expect(
      before("South Korea's trade minister, Han Do-yun, rejected that account.", 'rejected'),
    ).toBe('Han Do-yun');
    expect(
      before('Okafor, who represents the Third Ward, accused the office of lying.', 'accused'),
    ).toBe('Okafor');
    expect(
      before(
        'Teuila Faamausili, the Samoan diplomat who leads the bloc, told the session that',
        'told',
      ),
    ).toBe('Teuila Faamausili');
    expect(
      before('Lumora Systems, used by more than 9,000 employers, confirmed that', 'confirmed'),
    ).toBe('Lumora Systems');
  });

  it('skips introductory phrases, auxiliaries and adverbs', () => {
    expect(
      before('In a statement released after 11 p.m., she said the figures were right.', 'said'),
    ).toBe('she');
    expect(before("Vail's attorney, Marcus Delacroix, has repeatedly argued that", 'argued')).toBe(
      'Marcus Delacroix',
    );
    expect(before('In his opening statement last week he told jurors that', 'told')).toBe('he');
  });

  it('accepts a capitalised title that ends like a participle', () => {
    expect(before('Housing Minister Ruth Amali has pledged to build more homes.', 'pledged')).toBe(
      'Housing Minister Ruth Amali',
    );
    expect(before('Speaking on radio, the mayor said the vote was close.', 'said')).toBe(
      'the mayor',
    );
  });

  it('reports a coordinated cue as having no subject of its own', () => {
    const t = 'Kowalczyk accused managers of lying and said the union would strike.';
    expect(subjectBefore(t, 0, t.indexOf('said'))?.coordinated).toBe(true);
  });
});

describe('clauseSubject and subjectAfter', () => {
  it('finds the sentence subject after an introductory phrase', () => {
    const t = 'On the stand, the actor denied any wrongdoing.';
    expect(clauseSubject(t, 0, t.indexOf('denied'))?.text).toBe('the actor');
  });

  it('skips a wire dateline and reads a determiner-led subject up to its verb', () => {
    const t = 'CAIRO — The head of the electoral commission arrived late and said';
    expect(clauseSubject(t, 0, t.indexOf('said'))?.text).toBe(
      'The head of the electoral commission',
    );
    const u = 'LIMA, May 2 (Andes Wire) - The minister left early, but said';
    expect(clauseSubject(u, 0, u.indexOf('said'))?.text).toBe('The minister');
  });

  it('prefers the name in apposition after an inverted cue', () => {
    const t = '“Patients are caught in the middle,” said its chair, Lydia Fenwick.';
    expect(subjectAfter(t, t.indexOf('said') + 4, t.length)?.text).toBe('Lydia Fenwick');
  });
});

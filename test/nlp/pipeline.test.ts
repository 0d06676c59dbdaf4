import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { RELATIONS } from '../../src/domain/model.js';
import { extract } from '../../src/nlp/pipeline.js';
import { view } from './view-extraction.js';

const dev = readFileSync(new URL('../../data/dev/dev.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as { id: string; text: string });

describe('extract on short news passages', () => {
  it('keeps the speaker of "he added" even when another man was named in between', () => {
    const t =
      '“The talks were useful,” Pavel Orlov told reporters after meeting the envoy Tomas Berg.\n\n' +
      '“Many people want to derail them,” he added.';
    expect(view(t).map((q) => q.speaker)).toEqual(['Pavel Orlov', 'Pavel Orlov']);
  });

  it('resolves pronoun and descriptor sources to the person named earlier', () => {
    const t =
      "Bolivia's foreign minister, Mariela Condori, rejected the accusation. " +
      'In a televised address, she said the dredging was routine maintenance.\n\n' +
      '“We will not apologise for protecting our farmers,” the minister said.';
    expect(view(t)).toEqual([
      {
        quote: 'the dredging was routine maintenance',
        speaker: 'Mariela Condori',
        relation: 'STATES',
        target: null,
      },
      {
        quote: 'We will not apologise for protecting our farmers,',
        speaker: 'Mariela Condori',
        relation: 'REJECTS',
        target: null,
      },
    ]);
  });

  it('finds the target as the cue object, a capital standing for its country, or a possessor', () => {
    expect(
      view(
        'Canada’s trade minister Eleanor Marchetti accused Seoul of “moving the goalposts” on cars.',
      )[0],
    ).toMatchObject({
      speaker: 'Eleanor Marchetti',
      relation: 'ACCUSES',
      target: 'South Korea',
    });
    expect(
      view('A spokesperson, Daniel Ferreira, called Hana Kitagawa’s claims “speculative.”')[0],
    ).toMatchObject({
      relation: 'CRITICIZES',
      target: 'Hana Kitagawa',
    });
    expect(
      view('Judge Ruth Abernathy urged voters to “look past the party colours.”')[0],
    ).toMatchObject({
      relation: 'URGES',
      target: 'voters',
    });
  });

  it('returns nothing for scare quotes, titles and nicknames, and never throws', () => {
    expect(
      extract(
        'The film “Midnight Ledger” and its star, nicknamed “the Closer”, drew a “record” crowd.',
      ).quotations,
    ).toEqual([]);
    for (const bad of ['', '“', '"'.repeat(999), 'said said said', '\n\n\n', 'x'.repeat(5000)])
      expect(() => extract(bad)).not.toThrow();
  });
});

describe('extract on whole dev articles', () => {
  const all = dev.map((d) => ({ id: d.id, text: d.text, x: extract(d.text) }));

  it('gives every quotation valid offsets, a known relation, a confidence in [0,1] and a reason', () => {
    for (const { text, x } of all) {
      for (const q of x.quotations) {
        expect(text.slice(q.quote.start, q.quote.end)).toBe(q.quote.text);
        if (q.cue) expect(text.slice(q.cue.start, q.cue.end)).toBe(q.cue.text);
        if (q.speaker?.mention)
          expect(text.slice(q.speaker.mention.start, q.speaker.mention.end)).toBe(
            q.speaker.mention.text,
          );
        expect(RELATIONS).toContain(q.relation);
        expect(q.confidence).toBeGreaterThanOrEqual(0);
        expect(q.confidence).toBeLessThanOrEqual(1);
        expect(q.reason).toMatch(/^[a-z-]+(?::[a-z-]+)?\//);
        const keys = new Set(x.entities.map((e) => e.key));
        if (q.speaker) expect(keys.has(q.speaker.entityKey)).toBe(true);
        if (q.target) expect(keys.has(q.target.entityKey)).toBe(true);
      }
    }
  });

  it('attributes the wire story’s quotations to the right people', () => {
    const doc = view(dev.find((d) => d.id === '01-trade-talks-wire')!.text);
    const bySpeaker = (s: string) => doc.filter((q) => q.speaker === s).length;
    expect(bySpeaker('Eleanor Marchetti')).toBeGreaterThanOrEqual(5);
    expect(bySpeaker('Han Do-yun')).toBeGreaterThanOrEqual(4);
    expect(doc.find((q) => q.quote.startsWith('A bad deal'))?.speaker).toBe('Graham Whitcombe');
    expect(doc.some((q) => q.quote.includes('living agreement'))).toBe(false);
  });

  it('reads the Q&A transcript turn by turn', () => {
    const doc = view(dev.find((d) => d.id === '08-pharma-recall-interview')!.text);
    const answers = doc.filter((q) => q.speaker === 'Elias Brandt');
    expect(answers.length).toBeGreaterThanOrEqual(5);
    expect(doc.filter((q) => q.relation === 'ASKS').length).toBeGreaterThanOrEqual(3);
    // An answer is about whoever the question named.
    expect(doc.find((q) => q.quote.startsWith('That is simply wrong'))).toMatchObject({
      relation: 'DENIES',
      target: 'HeartWatch',
    });
  });
});

describe('pronoun sources after a report about someone else', () => {
  it('gives "he told" to the previous speaker, not to the man the report was about', () => {
    const t =
      'Dominic Vail said the money went to an account run by his manager, Leonard Osei.\n\n' +
      "Vail's attorney, Marcus Delacroix, has argued that Osei, who died in 2023, forged several documents. " +
      'In his opening statement he told jurors that his client was "a victim twice over."';
    const qs = view(t);
    expect(qs.map((q) => q.speaker)).toEqual([
      'Dominic Vail',
      'Marcus Delacroix',
      'Marcus Delacroix',
    ]);
  });

  it('keeps the pronoun’s own antecedent when it was named outside the report', () => {
    const t =
      'Mary Stone said the deal was dead. John Hale disagreed. He told reporters that talks would resume.';
    const q = view(t).find((v) => v.quote.includes('talks would resume'));
    expect(q?.speaker).toBe('John Hale');
  });
});

describe('interview transcripts labelled Q and A', () => {
  const t =
    'Q&A: the harbour master on tolls\n\n' +
    'Ines Varga, the port’s harbour master, has defended the new tolls. She spoke to our correspondent, Tom Reid.\n\n' +
    'Q: Shipping lines say the tolls will drive them away. Will they?\n\n' +
    'A: No. Every port on this coast charges more than we do, and I say that as someone who pays them.\n\n' +
    'Q: What happens next?\n\n' +
    'A: We publish the figures in March, and the board decides.';

  it('gives the answers to the interviewee and the questions to the interviewer', () => {
    const qs = view(t);
    const answers = qs.filter((q) => q.quote.startsWith('No.') || q.quote.startsWith('We publish'));
    expect(answers.map((q) => q.speaker)).toEqual(['Ines Varga', 'Ines Varga']);
    expect(qs.find((q) => q.quote.startsWith('What happens'))).toMatchObject({
      speaker: 'Tom Reid',
      relation: 'ASKS',
      target: 'Ines Varga',
    });
  });

  it('aims an answer at whoever the question quotes', () => {
    const x = view(
      t
        .replace(
          'Q: Shipping lines say the tolls will drive them away. Will they?',
          'Q: The carriers’ association says the tolls will drive ships away. Will they?',
        )
        .replace('A: No. Every port', 'A: Every port'),
    );
    expect(x.find((q) => q.quote.startsWith('Every port'))).toMatchObject({
      speaker: 'Ines Varga',
      target: 'association',
    });
    // A question that quotes nobody leaves the answer to the article's sides.
    expect(x.find((q) => q.quote.startsWith('We publish'))?.target).toBeNull();
  });

  it('reads neither the interviewee’s own "I say that" nor an answer as aimed at the journalist', () => {
    const qs = view(t);
    expect(qs.some((q) => q.quote.startsWith('as someone'))).toBe(false);
    expect(qs.find((q) => q.quote.startsWith('No.'))?.target).not.toBe('Tom Reid');
  });
});

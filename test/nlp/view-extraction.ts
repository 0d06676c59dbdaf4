import { extract } from '../../src/nlp/pipeline.js';

/** Each quotation of a text as names, for compact whole-pipeline assertions. */
export const view = (text: string) => {
  const x = extract(text);
  const name = (key: string | undefined) => x.entities.find((e) => e.key === key)?.name ?? null;
  return x.quotations.map((q) => ({
    quote: q.quote.text,
    speaker: name(q.speaker?.entityKey),
    relation: q.relation,
    target: name(q.target?.entityKey),
  }));
};

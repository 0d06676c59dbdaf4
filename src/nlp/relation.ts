import type { Relation } from '../domain/model.js';
import type { Candidate } from './candidate.js';
import { CONTENT_SIGNALS } from './rules/content-signals.js';
import { rulePattern } from './text/rule-pattern.js';

const signals = CONTENT_SIGNALS.map((s) => ({ ...s, re: rulePattern(s.match) }));
const NEUTRAL = new Set<Relation>(['STATES', 'CLAIMS']);
const PLAIN = new Set([
  'say',
  'tell',
  'add',
  'reply',
  'respond',
  'answer',
  'comment',
  'write',
  'tweet',
  'post',
  'note',
  'explain',
  'quip',
  'state',
  'according to',
]);
const POLAR = new Set<Relation>([
  'ACCUSES',
  'CRITICIZES',
  'DENIES',
  'REJECTS',
  'SUPPORTS',
  'PRAISES',
  'PROMISES',
]);

export interface RelationDecision {
  relation: Relation;
  /** Where it came from: the cue, a frame rule, a content signal or the default. */
  source: string;
}

/** Relation from the cue's speech act, refined by its frame and, for neutral cues, by the content. */
export function decideRelation(c: Candidate): RelationDecision {
  const entry = c.cueEntry;
  let relation: Relation = entry?.relation ?? 'STATES';
  let source = entry ? entry.reason : 'default';
  const lemma = entry?.match;
  // "asked them to leave" stays a request (ASKS); "told them to leave" is an instruction.
  if ((lemma === 'tell' || lemma === 'remind') && c.frame === 'to')
    [relation, source] = ['URGES', `frame:${lemma}-to`];
  else if (lemma === 'ask' && c.frame !== 'wh') [relation, source] = ['ASKS', 'frame:ask'];
  else if (lemma === 'call' && c.frame === 'to') [relation, source] = ['URGES', 'frame:call-to'];
  else if (lemma === 'refuse' && c.frame === 'to')
    [relation, source] = ['REJECTS', 'frame:refuse-to'];
  else if (lemma === 'defend' && /^(?:his|her|their|its|our|my)\s/iu.test(c.object?.text ?? ''))
    [relation, source] = ['STATES', 'frame:defend-own'];
  if (c.negated && POLAR.has(relation)) return { relation: 'STATES', source: 'negated-cue' };
  if (c.frame === 'label' && /\?\s*$/u.test(c.quote.text))
    return { relation: 'ASKS', source: 'frame:question' };
  // Content signals refine only plain reporting ("said", a colon, a label); "claimed", "warned" keep their act.
  if (NEUTRAL.has(relation) && (!lemma || PLAIN.has(lemma))) {
    for (const s of signals)
      if (s.re.test(c.quote.text)) return { relation: s.relation, source: s.reason };
    if (/\?\s*$/u.test(c.quote.text) && !/[.!]/u.test(c.quote.text))
      return { relation: 'ASKS', source: 'content:question' };
  }
  return { relation, source };
}

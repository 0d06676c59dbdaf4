import type { Relation } from '../../domain/model.js';

/**
 * Reporting cues grouped by speech act (data only; src/nlp/cues.ts inflects and matches them).
 * `match`: lemma or phrase (first word inflected unless `fixed`); `forms`: irregular inflections;
 * `takes`: what may follow the cue — a reported clause, an NP object reported as content, or a frame
 * keyword (`of`, `to`, `as`) introducing the content after an optional object.
 * `bare`: a clause without "that" ("said the talks had failed"), also before its attribution
 * ("…, she said."), kept for "say", which takes no noun object; `bare-if-finite`: the same only
 * when the words read as a finite clause, for cues that also take a noun object ("warned prices
 * would rise" vs "warned Brussels on Monday", "noted the rate had risen" vs "noted the rise");
 * `addressee`: an addressee may stand between the cue and a that-less clause ("told the court she
 * had …"). `as`: an evaluation of the object ("rejected the report as “absurd”"); `naming`: the same
 * with "as" optional ("called the plan “a betrayal”"); `for`: the reason for praise or blame, when
 * it holds quoted words ("praised Berlin for acting “quickly”"); `against`: what a warning is about
 * ("warned against “a rush to the pharmacy”"). `to-if-quoted`: an infinitive that reports speech
 * only when it holds quoted words ("refused to “play politics”"); "refused to single out a player"
 * reports an action.
 */
export type CueComplement =
  | 'clause'
  | 'bare'
  | 'bare-if-finite'
  | 'addressee'
  | 'object'
  | 'of'
  | 'to'
  | 'to-if-quoted'
  | 'as'
  | 'naming'
  | 'for'
  | 'against'
  | 'name';

export interface CueEntry {
  match: string;
  relation: Relation;
  reason: string;
  example: string;
  takes: CueComplement[];
  forms?: string[];
  fixed?: boolean;
}

const e = (
  match: string,
  relation: Relation,
  takes: CueComplement[],
  example: string,
  forms?: string[],
): CueEntry => ({
  match,
  relation,
  takes,
  example,
  reason: `cue:${match.replace(/\s+/g, '-')}`,
  ...(forms ? { forms } : {}),
});

export const CUE_LEXICON: CueEntry[] = [
  // STATES: neutral reporting
  e('say', 'STATES', ['clause', 'bare'], 'He said the talks would resume.', [
    'say',
    'says',
    'said',
    'saying',
  ]),
  e(
    'tell',
    'STATES',
    ['clause', 'to', 'addressee'],
    'She told reporters that the deal was close.',
    ['tell', 'tells', 'told', 'telling'],
  ),
  e(
    'remind',
    'STATES',
    ['clause', 'to'],
    'The judge reminded jurors not to discuss the case outside court.',
  ),
  e('add', 'STATES', ['clause', 'bare-if-finite'], '"Nobody is hiding anything," she added.'),
  e(
    'state',
    'STATES',
    ['clause', 'bare-if-finite'],
    'The ministry stated that it had acted lawfully.',
  ),
  e('note', 'STATES', ['clause', 'bare-if-finite'], 'She noted that prices had fallen.'),
  e('explain', 'STATES', ['clause', 'bare-if-finite'], 'He explained that the vote was delayed.'),
  e('comment', 'STATES', ['clause'], '"It is early days," he commented.'),
  e('report', 'STATES', ['clause', 'bare-if-finite'], 'The agency reported that exports rose.'),
  e('write', 'STATES', ['clause', 'bare-if-finite'], '"Open doors are welcome," he wrote.', [
    'write',
    'writes',
    'wrote',
    'written',
    'writing',
  ]),
  e('tweet', 'STATES', ['clause'], '"We are ready," she tweeted.'),
  e('post', 'STATES', ['clause'], 'He posted that the meeting was over.'),
  e(
    'announce',
    'STATES',
    ['clause', 'bare-if-finite'],
    'The club announced that the coach had left.',
  ),
  e('declare', 'STATES', ['clause'], 'She declared that the session was closed.'),
  e('reply', 'STATES', ['clause'], 'Asked about it, she replied: "No."'),
  e('respond', 'STATES', ['clause'], '"That is wrong," he responded.'),
  e('answer', 'STATES', ['clause'], 'He paused before answering: "I think so."'),
  e(
    'confirm',
    'STATES',
    ['clause', 'bare-if-finite'],
    'The company confirmed that hackers had accessed data.',
  ),
  e(
    'acknowledge',
    'STATES',
    ['clause', 'bare-if-finite'],
    'She acknowledged that mistakes were made.',
  ),
  e('admit', 'STATES', ['clause', 'bare-if-finite'], 'He admitted the plan had flaws.'),
  e(
    'concede',
    'STATES',
    ['clause', 'bare-if-finite'],
    'The minister conceded that costs had risen.',
  ),
  e('stress', 'STATES', ['clause', 'bare-if-finite'], 'She stressed that the offer was final.'),
  e(
    'testify',
    'STATES',
    ['clause', 'bare-if-finite'],
    'She testified that she had discovered the payments.',
  ),
  e(
    'disclose',
    'STATES',
    ['clause', 'bare-if-finite'],
    'The firm disclosed that it had been fined.',
  ),
  e('reveal', 'STATES', ['clause', 'bare-if-finite'], 'He revealed that talks had collapsed.'),
  e('recall', 'STATES', ['clause', 'bare-if-finite'], 'She recalled that nobody had objected.'),
  e('emphasise', 'STATES', ['clause', 'bare-if-finite'], 'She emphasised the vote was binding.'),
  e('emphasize', 'STATES', ['clause', 'bare-if-finite'], 'He emphasized the plan was legal.'),
  e('reiterate', 'STATES', ['clause', 'bare-if-finite'], 'The club reiterated it would not sell.'),
  e('describe', 'STATES', ['as'], 'She described the moment as "like finding out".'),
  e('quip', 'STATES', ['clause'], '"I would also love a pony," he quipped.', [
    'quip',
    'quips',
    'quipped',
    'quipping',
  ]),
  e('signal', 'WARNS', ['clause'], 'The bank signalled that further tightening was possible.', [
    'signal',
    'signals',
    'signalled',
    'signaled',
    'signalling',
    'signaling',
  ]),
  e('according to', 'STATES', ['name'], 'According to the trust, 310 operations were postponed.'),
  // CLAIMS
  e('claim', 'CLAIMS', ['clause', 'bare-if-finite'], 'Halloran claims crime fell 12% last year.'),
  e('assert', 'CLAIMS', ['clause', 'bare-if-finite'], 'She asserted that the figures were right.'),
  e('insist', 'STATES', ['clause', 'bare-if-finite'], 'He insisted the plan was necessary.'),
  e(
    'argue',
    'CLAIMS',
    ['clause', 'bare-if-finite'],
    'Two members argued that costs had not fed through.',
  ),
  e(
    'contend',
    'CLAIMS',
    ['clause', 'bare-if-finite'],
    'The lawyers contend that the contract is void.',
  ),
  e('maintain', 'CLAIMS', ['clause', 'bare-if-finite'], 'He maintains that he is innocent.'),
  e('suggest', 'CLAIMS', ['clause', 'bare-if-finite'], 'She suggested that the vote was rigged.'),
  e(
    'predict',
    'CLAIMS',
    ['clause', 'bare-if-finite'],
    'He predicted it would pass with six votes.',
  ),
  e(
    'estimate',
    'CLAIMS',
    ['clause', 'bare-if-finite'],
    'Analysts estimate the cost at $2 billion.',
  ),
  e('believe', 'CLAIMS', ['clause', 'bare-if-finite'], 'Officials believe the attack was planned.'),
  e(
    'allege',
    'ACCUSES',
    ['clause', 'bare-if-finite'],
    'Marchbanks alleges that Vail stopped paying her.',
  ),
  // ACCUSES
  e(
    'accuse',
    'ACCUSES',
    ['of'],
    'Paraguay accused Bolivia of "unilaterally redrawing" the border.',
  ),
  e('blame', 'ACCUSES', ['object', 'for'], 'He blamed the regulator for the delay.'),
  e('charge', 'ACCUSES', ['clause'], 'Critics charge that the board ignored warnings.'),
  // CRITICIZES
  e('criticize', 'CRITICIZES', ['object', 'as', 'for'], 'She criticized the plan as reckless.'),
  e('criticise', 'CRITICIZES', ['object', 'as', 'for'], 'He criticised the government.'),
  e('condemn', 'CRITICIZES', ['object', 'as', 'for'], 'The union condemned the cuts.'),
  e('denounce', 'CRITICIZES', ['object', 'as', 'for'], 'They denounced the decision.'),
  e('slam', 'CRITICIZES', ['object', 'as', 'for'], 'The mayor slammed the report.', [
    'slam',
    'slams',
    'slammed',
    'slamming',
  ]),
  e('blast', 'CRITICIZES', ['object', 'as', 'for'], 'He blasted the ruling.'),
  e('attack', 'CRITICIZES', ['object', 'as', 'for'], 'She attacked the proposal.'),
  e(
    'complain',
    'CRITICIZES',
    ['clause', 'bare-if-finite'],
    'Residents complained that nobody listened.',
  ),
  e('hit out at', 'CRITICIZES', ['object'], 'The coach hit out at referees.', [
    'hit',
    'hits',
    'hitting',
  ]),
  e('lash out at', 'CRITICIZES', ['object'], 'She lashed out at the board.'),
  e('call', 'CRITICIZES', ['naming'], 'She called the budget "a betrayal".'),
  e('brand', 'CRITICIZES', ['naming'], 'He branded the deal "a disgrace".'),
  e('label', 'CRITICIZES', ['naming'], 'She labelled the proposals “reckless”.', [
    'label',
    'labels',
    'labelled',
    'labeled',
    'labelling',
    'labeling',
  ]),
  // WARNS
  e(
    'warn',
    'WARNS',
    ['clause', 'to', 'bare-if-finite', 'addressee', 'against'],
    'The federation warned the government that quotas would hurt farms.',
  ),
  e(
    'caution',
    'WARNS',
    ['clause', 'to', 'addressee', 'against'],
    'She cautioned that the summit could fail.',
  ),
  e('threaten', 'WARNS', ['to'], 'The union threatened to strike.'),
  e('fear', 'WARNS', ['clause', 'bare-if-finite'], 'Officials fear the river will flood.'),
  // URGES
  e('urge', 'URGES', ['to', 'against'], 'She urged both sides to return to talks.'),
  e('call on', 'URGES', ['to'], 'The alliance called on Ottawa to "hold the line".'),
  e('call for', 'URGES', ['object'], 'Unions called for an inquiry.'),
  e('appeal', 'URGES', ['to'], 'Police appealed to witnesses to come forward.'),
  e('press', 'URGES', ['to'], 'The minister pressed the bank to pause.'),
  e('demand', 'URGES', ['clause', 'object'], 'Protesters demanded that the plan be scrapped.'),
  e('implore', 'URGES', ['to'], 'He implored voters to turn out.'),
  e('encourage', 'URGES', ['to'], 'She encouraged members to vote.'),
  e('recommend', 'URGES', ['clause'], 'The panel recommended that the drug be withdrawn.'),
  e('advise', 'URGES', ['to', 'against'], 'Doctors advised patients to keep taking the tablets.'),
  // PRAISES
  e('praise', 'PRAISES', ['object', 'as', 'for'], 'The coach praised his players.'),
  e('hail', 'PRAISES', ['object', 'as', 'for'], 'Ministers hailed the agreement.'),
  e('welcome', 'PRAISES', ['object', 'as'], 'The union welcomed the offer.'),
  e('commend', 'PRAISES', ['object', 'as', 'for'], 'She commended the rescuers.'),
  e('applaud', 'PRAISES', ['object', 'as', 'for'], 'Investors applauded the move.'),
  e('thank', 'PRAISES', ['object', 'as', 'for'], 'He thanked the volunteers.'),
  e('congratulate', 'PRAISES', ['object', 'as', 'for'], 'She congratulated the winner.'),
  // SUPPORTS
  e('support', 'SUPPORTS', ['object'], 'The charity said it supported the nurses.'),
  e('back', 'SUPPORTS', ['object'], 'The party backed the bill.'),
  e('endorse', 'SUPPORTS', ['object'], 'The mayor endorsed the plan.'),
  e('defend', 'SUPPORTS', ['as', 'object'], 'He defended the text as "the most honest agreement".'),
  e('agree', 'SUPPORTS', ['clause', 'bare-if-finite'], 'She agreed that the plan was sound.'),
  // REJECTS
  e(
    'reject',
    'REJECTS',
    ['object', 'as'],
    'Strand rejected suggestions that the bank was ignoring the risk.',
  ),
  e('dismiss', 'REJECTS', ['object', 'as'], 'He dismissed the report as "fiction".'),
  e('refuse', 'REJECTS', ['to-if-quoted'], 'She refused to “play politics with pensions”.'),
  e('rebuff', 'REJECTS', ['object'], 'Ministers rebuffed the offer.'),
  e('rule out', 'REJECTS', ['object'], 'She ruled out a snap election.', [
    'rule',
    'rules',
    'ruled',
    'ruling',
  ]),
  // DENIES
  e('deny', 'DENIES', ['object', 'clause'], 'The actor denied any wrongdoing.'),
  e('refute', 'DENIES', ['object'], 'The company refuted the claims.'),
  e('dispute', 'DENIES', ['object'], 'Adeyemi disputed the figure.'),
  e('contradict', 'DENIES', ['object'], 'Her account contradicted the report.'),
  // PROMISES
  e(
    'promise',
    'PROMISES',
    ['to', 'clause', 'bare-if-finite', 'addressee'],
    'It promised to offer free credit monitoring.',
  ),
  e('pledge', 'PROMISES', ['to', 'clause', 'bare-if-finite'], 'He pledged to cut taxes.'),
  e('vow', 'PROMISES', ['to', 'clause', 'bare-if-finite'], 'The mayor vowed to finish the line.'),
  e('guarantee', 'PROMISES', ['clause'], 'She guaranteed that nobody would lose out.'),
  e(
    'assure',
    'PROMISES',
    ['clause', 'addressee'],
    'He assured voters that fares would stay frozen.',
  ),
  // ASKS
  e('ask', 'ASKS', ['clause', 'to'], 'She asked whether talks could resume.'),
  e('question', 'ASKS', ['clause'], 'He questioned whether the figures were right.'),
  e('wonder', 'ASKS', ['clause'], 'Analysts wondered whether the bank would blink.'),
  e('inquire', 'ASKS', ['clause'], 'She inquired whether the deal was final.'),
];

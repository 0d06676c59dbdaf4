import type { Relation } from '../../domain/model.js';

/**
 * What the reported words themselves signal when the cue is neutral ("said", a colon, a Q&A label).
 * Data only; checked in order, first match wins. `match` is a case-insensitive regular expression.
 */
export interface ContentSignal {
  match: string;
  relation: Relation;
  reason: string;
  example: string;
}

export const CONTENT_SIGNALS: ContentSignal[] = [
  {
    match: String.raw`^(?:no|not true|nonsense)\b[.!,]`,
    relation: 'DENIES',
    reason: 'content:flat-no',
    example: 'No. Not yet.',
  },
  {
    match: String.raw`\b(?:not true|untrue|simply wrong|is wrong|is false|no evidence|(?:is|was|that[’']s|it[’']s)\s+not\s+(?:a\s+fair\s+(?:characteri[sz]ation|description|account|picture|reflection|summary)|accurate|correct|the case)\b|nobody is|nothing we|never (?:said|did|saw|seen|knew)|don[’']t remember|did not (?:know|say|see)|didn[’']t (?:write|know|say))\b`,
    relation: 'DENIES',
    reason: 'content:denial',
    example: 'That is simply not true.',
  },
  {
    match: String.raw`\b(?:anyone|anybody|everyone|everybody|people|customers|passengers|patients|residents|parents|users|consumers|drivers|investors|travellers|travelers|families)\b[^.!?]{0,60}?\b(?:should|must|need to|needs to|ought to)\b`,
    relation: 'WARNS',
    reason: 'content:advice',
    example: 'Anyone paid through the system should assume their details are out there.',
  },
  {
    // The look-behind follows the modal so that it runs only where one occurs.
    match: String.raw`\b(?:must|should|have to|has to|need to|needs to)\b(?<!\b(?:I|we|We|I[’']d|we[’']d|We[’']d)\s(?:\w+\s)?(?:must|should|have to|has to|need to|needs to))(?!\s+have\b)(?![^.]*\b(?:I|we)\b)|(?:^|[.!?]\s+)(?:keep|stop|give|let|please|do not|don[’']t let)\b`,
    relation: 'URGES',
    reason: 'content:imperative',
    example: 'Keep pushing us.',
  },
  {
    match: String.raw`\b(?:will not|won[’']t|would not|cannot|can[’']t|do not|does not|did not|refuse to)\s+(?:accept|apologi[sz]e|agree|allow|back down|tolerate|support|sign|pay)\b`,
    relation: 'REJECTS',
    reason: 'content:refusal',
    example: 'We will not apologise for protecting our farmers.',
  },
  {
    match: String.raw`\b(?:will|would)\s+(?:support|back|stand by|defend)\b`,
    relation: 'SUPPORTS',
    reason: 'content:support-pledge',
    example: 'Britain said it will support Germany if it decides to send the missiles.',
  },
  {
    match: String.raw`\b(?:if|unless)\b[^.]*\b(?:would|will)\b(?!\s+(?:like|love|rather|have to|be happy|be glad))|\b(?:would|will)\b(?!\s+(?:like|love|rather|have to|be happy|be glad))[^.]*\b(?:if|unless)\b|\b(?:risks|risked|at risk|danger|dangerous|could backfire|would devastate|threat|at breaking point|would be (?:considered|regarded|seen|treated))\b`,
    relation: 'WARNS',
    reason: 'content:threat',
    example: 'Paraguay would take the matter to arbitration if the work did not stop.',
  },
  {
    match: String.raw`\b(?:we will|I will|I promise|will (?:be|get) (?:offered|given|paid|refunded|compensated|reimbursed|guaranteed|protected|supported)|I can promise|we promise|will not go back|(?:he|she|it|they|we|the (?:union|bloc|company|government|club|bank|council|party|firm|group|team|board|city)) would (?!not|be|have|rather)(?:\w+))\b`,
    relation: 'PROMISES',
    reason: 'content:commitment',
    example: 'We will do what it takes.',
  },
  {
    match: String.raw`\b(?:unfair|not fair|betray\w*|stunt|failed|fell short|convenient|disappoint\w*|shameful|disgrace\w*|reckless|irresponsible|incompetent|absurd|ridiculous|lies|lying|hypocri\w*|cynical|failure|scandal\w*|outrage\w*|unacceptable|hiding|ignor\w*|not (?:been )?listening|not been reading|closure notice|eviction)\b`,
    relation: 'CRITICIZES',
    reason: 'content:negative',
    example: 'This is not fair and it is not a share.',
  },
  {
    match: String.raw`\b(?:credibility|admire|works harder|proud of|excellent|brilliant|outstanding|impressive|never once missed|to (?:his|her|their) credit|deserve\w* credit)\b`,
    relation: 'PRAISES',
    reason: 'content:positive',
    example: 'Rosalind works harder than anyone I have met.',
  },
  {
    match: String.raw`\b(?:supports|supported|backs|backed|endorses|endorsed|fair answer|respected)\b`,
    relation: 'SUPPORTS',
    reason: 'content:support',
    example: 'It was a fair answer.',
  },
];

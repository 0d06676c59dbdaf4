/**
 * Data for src/nlp/critique.ts: what makes a plainly reported sentence a complaint about someone
 * else rather than a statement of fact or about oneself. Disputants in news rarely name whom they
 * criticise in every quote ("A river border is not a suggestion", "Maybe they'll listen"); these
 * shapes mark the quote as aimed at the other side. Checked per sentence, first match wins;
 * sentences about the speaker ("I …", "We …") count only for signals marked `aboutSelf`.
 * `match` is a case-insensitive regular expression over one sentence.
 */
export interface CritiqueSignal {
  match: string;
  reason: string;
  example: string;
  /** Also a complaint when the sentence is about the speaker's side ("We asked, and nobody listened"). */
  aboutSelf?: boolean;
}

export const CRITIQUE_SIGNALS: CritiqueSignal[] = [
  {
    match: String.raw`\b(?:nobody|no one|no-one)\s+(?:from\s+(?:the\s+)?\S+\s+)?(?:has|have|had|was|is|were|did|does|would|will|could|can|seems?|wants?|cares?|listens?|bothers?|asked|listened|told|bothered|cared|sat|came|called|rang|spoke|said|wrote|answered|replied|explained|consulted|warned|apologi[sz]ed|turned up|took|gave|thought|knew)\b`,
    reason: 'critique:nobody-acts',
    aboutSelf: true,
    example: 'We have been asking for two years, and nobody has been listening.',
  },
  {
    match: String.raw`^(?!(?:I|we|my|our)\b)[^,;]{1,60}?\b(?:is|are|was|were)\s+not\b|^(?!(?:I|we|my|our)\b)[^,;]{1,60}?\b(?:isn[’']t|aren[’']t|wasn[’']t|weren[’']t)\b|\b(?:are|is)\s+not[.!]?$`,
    reason: 'critique:is-not',
    example: 'A river border is not a suggestion.',
  },
  {
    match: String.raw`(?<!\b(?:because|since|as|who|that|when|if)\s)\b(?:they|they[’']ll|they[’']re|they[’']ve)\s+(?:\w+\s+)?(?:should|must|ought|can[’']t|cannot|won[’']t|will not|don[’']t|do not|didn[’']t|did not|never|call|listen|wanted|want|pretend|claim)\b|\b(?:they[’']ll|maybe they)\b`,
    reason: 'critique:they',
    aboutSelf: true,
    example: 'If that is what they call a sustainable workforce, they should come and do a shift.',
  },
  {
    match: String.raw`\b(?:am|are|is|was|were|stand|remain)\s+(?:firmly\s+|totally\s+|completely\s+|implacably\s+)?(?:against|opposed to)\b`,
    reason: 'critique:against',
    example: 'We are against losing 600 jobs so that a company can save money.',
    aboutSelf: true,
  },
  {
    match: String.raw`\b(?:instead|rather than)\b`,
    reason: 'critique:contrast',
    aboutSelf: true,
    example: 'What we got instead was a fresh list of conditions.',
  },
  {
    match: String.raw`\b(?:too (?:late|little|long|slow|slowly|often)|a long time|long enough)\b`,
    reason: 'critique:too-late',
    example:
      'Six weeks is a long time when you are holding the bank details of two million people.',
  },
  {
    match: String.raw`^(?!(?:I|we)\b)[^,;]{1,60}?\b(?:cannot|can[’']t|could not|couldn[’']t)\s+(?:live|afford|survive|wait|trust|rely|work|cope|go on)\b`,
    reason: 'critique:cannot',
    example: 'My grandchildren cannot live on a promise.',
  },
  {
    match: String.raw`\b(?:has|have|had)\s+(?:not|never)\s+been\b|\b(?:hasn[’']t|haven[’']t|hadn[’']t)\s+been\b`,
    reason: 'critique:not-been',
    example: 'It has not been reading our position.',
  },
  {
    match: String.raw`\b(?:doesn[’']t|isn[’']t|aren[’']t|wasn[’']t|weren[’']t|hasn[’']t|haven[’']t|won[’']t|can[’']t|didn[’']t|shouldn[’']t|couldn[’']t|wouldn[’']t)\b`,
    reason: 'critique:negated',
    example: 'Software doesn’t fly planes.',
  },
  {
    match: String.raw`\bwhen you\b|\bif you\b[^.?!]*\byou\b|^you\s+(?!know\b)\w+`,
    reason: 'critique:you',
    example: 'When you move the river, you move the border.',
  },
];

/**
 * Narrative that announces a complaint before quoting it ("Security researchers were less
 * forgiving.", "Organizers were unimpressed.", "Marchetti struck a sharper tone."): the next
 * plainly reported words are criticism. Case-insensitive, over the sentence before the quotation.
 */
export const STANCE_BEFORE = String.raw`\b(?:less (?:forgiving|restrained|charitable|diplomatic|impressed)|(?:were|was|remained|appeared|seemed) (?:unimpressed|unmoved|unconvinced|scathing|furious|angry|critical|dismissive|sceptical|skeptical)|struck a (?:sharper|harsher|tougher|more critical) (?:tone|note)|hit back|hits back|went on the attack|took aim|were quick to (?:pounce|criticise|criticize|attack))\b`;

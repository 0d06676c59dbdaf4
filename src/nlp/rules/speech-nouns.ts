/**
 * Nouns naming something said, which make the object of a rejecting or denying cue a report of
 * speech ("rejected calls for her resignation", "dismissed reports of a rift"), unlike an action's
 * object ("rejected a third offer"). Data only; matched as whole words at the object's head.
 */
export const SPEECH_NOUNS: readonly string[] = [
  'calls?',
  'claims?',
  'suggestions?',
  'accusations?',
  'allegations?',
  'charges?',
  'assertions?',
  'criticisms?',
  'complaints?',
  'demands?',
  'reports?',
  'rumou?rs?',
  'speculation',
  'warnings?',
  'threats?',
  'figures?',
  'estimates?',
  'characteri[sz]ations?',
  'descriptions?',
  'accounts?',
  'versions?',
  'interpretations?',
];

/** Words that may stand before such a noun ("renewed calls", "any suggestion"). */
export const SPEECH_NOUN_MODIFIERS: readonly string[] = [
  'any',
  'all',
  'fresh',
  'new',
  'renewed',
  'repeated',
  'growing',
  'mounting',
  'further',
  'persistent',
];

/**
 * Nouns for what someone says, which make their possessor the source of a colon-introduced
 * quotation ("Her message to markets was simple: “…”", "The minister’s reply: “…”").
 */
export const UTTERANCE_NOUNS: readonly string[] = [
  'message',
  'answer',
  'response',
  'reply',
  'verdict',
  'view',
  'statement',
  'comment',
  'reaction',
  'advice',
  'warning',
  'point',
  'argument',
  'explanation',
  'assessment',
  'position',
  'plea',
  'promise',
];

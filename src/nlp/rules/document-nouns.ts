/**
 * Nouns for something a source issues in writing or on record. A participle cue after one ("signed
 * a letter urging …", "issued a statement saying …") reports what the issuer said. Data only.
 */
export const DOCUMENT_NOUNS: readonly string[] = [
  'letter',
  'statement',
  'report',
  'note',
  'memo',
  'message',
  'post',
  'video',
  'motion',
  'petition',
  'resolution',
  'declaration',
  'communiqué',
  'communique',
  'press release',
  'release',
  'submission',
  'filing',
  'complaint',
  'appeal',
];

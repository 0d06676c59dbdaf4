/**
 * Data for src/nlp/wrongdoing.ts: verbs that charge their subject with misconduct. A reported
 * clause "X forged the documents" accuses X whatever the cue ("said", "argued", "told").
 * Past forms only: reports put the deed in the past ("had concealed", "lied").
 */
export const WRONGDOING_VERBS = [
  'forged',
  'falsified',
  'fabricated',
  'doctored',
  'stole',
  'embezzled',
  'misappropriated',
  'siphoned',
  'defrauded',
  'swindled',
  'cheated',
  'bribed',
  'laundered',
  'lied',
  'misled',
  'deceived',
  'concealed',
  'covered up',
  'hid',
  'hidden',
  'ignored',
  'rigged',
  'plagiarised',
  'plagiarized',
  'harassed',
  'bullied',
  'abused',
  'exploited',
  'sabotaged',
  'stolen',
  'breached',
  'violated',
] as const;

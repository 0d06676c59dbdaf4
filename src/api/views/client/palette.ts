/**
 * Okabe–Ito colours (safe for the common colour-vision deficiencies). Relations share a colour by
 * family, and every edge also carries its relation as text (label, table), so colour is never
 * the only cue.
 */
const OKABE_ITO = {
  vermillion: '#D55E00',
  orange: '#E69F00',
  bluishGreen: '#009E73',
  blue: '#0072B2',
  skyBlue: '#56B4E9',
  reddishPurple: '#CC79A7',
  yellow: '#F0E442',
  grey: '#666666',
};

export const RELATION_FAMILIES: { name: string; color: string; relations: string[] }[] = [
  {
    name: 'hostile',
    color: OKABE_ITO.vermillion,
    relations: ['ACCUSES', 'CRITICIZES', 'REJECTS', 'DENIES'],
  },
  { name: 'pressing', color: OKABE_ITO.orange, relations: ['WARNS', 'URGES', 'ASKS'] },
  {
    name: 'supportive',
    color: OKABE_ITO.bluishGreen,
    relations: ['SUPPORTS', 'PRAISES', 'PROMISES'],
  },
  { name: 'neutral', color: OKABE_ITO.grey, relations: ['STATES', 'CLAIMS'] },
];

export const RELATIONS = RELATION_FAMILIES.flatMap((f) => f.relations);

export const relationColor = (relation: string): string =>
  RELATION_FAMILIES.find((f) => f.relations.includes(relation))?.color ?? OKABE_ITO.grey;

export const KIND_COLORS: Record<string, string> = {
  PERSON: OKABE_ITO.blue,
  ORGANIZATION: OKABE_ITO.reddishPurple,
  COUNTRY: OKABE_ITO.skyBlue,
  LOCATION: OKABE_ITO.yellow,
  GROUP: '#999999',
};

export const kindColor = (kind: string): string => KIND_COLORS[kind] ?? '#999999';

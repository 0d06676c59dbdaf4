import type { LocalEntity, Range } from '../domain/model.js';
import type { DocumentEntities } from './entity-port.js';

/**
 * Sides in a court report: the prosecution accuses the defendant ("Alistair Penhale, 58, denies six
 * counts of fraud"; "Harriet Lomax KC, prosecuting, said …"), and the defendant's barrister speaks
 * for the defendant. Court copy rarely names whom each quote is aimed at, because the roles say it.
 */
export interface CourtRoles {
  defendant: LocalEntity | null;
  prosecutors: LocalEntity[];
  /** Defence counsel → the defendant they speak for. */
  defenders: Map<string, LocalEntity>;
}

const ACCUSED =
  /^(?:,\s*\d{1,3})?(?:,\s*(?:who|whose|from|of)\b[^.;]{0,120}?)?,?\s+(?:denies|denied|has denied|has pleaded not guilty|pleaded not guilty|pleads not guilty|is accused of|was accused of|is charged with|was charged with|stands accused|is on trial|went on trial|is standing trial)\b/u;
const PROSECUTING =
  /\b(?:prosecut\w*|for the prosecution|for the crown|crown counsel)\b|^(?:the\s+)?(?:prosecution|crown)$/iu;
const DEFENDING =
  /\b(?:defending|for the defence|for the defense|defence (?:barrister|lawyer|counsel|solicitor)|defense (?:lawyer|attorney|counsel))\b/iu;
const COUNSEL = /^(.+?)['’]s?\s+(?:barrister|lawyer|solicitor|counsel|attorney|legal team)\b/iu;
/** What a mention's own words, its title and an apposition after it say about its role. */
const zoneOf = (text: string, m: Range): string =>
  `${
    text
      .slice(Math.max(0, m.start - 40), m.start)
      .split(/[.;:!?\n]/u)
      .pop() ?? ''
  } ${text.slice(m.start, m.end)} ${/^,\s+[^,.;]{1,60},/u.exec(text.slice(m.end, m.end + 64))?.[0] ?? ''}`;

export function findCourtRoles(text: string, ents: DocumentEntities): CourtRoles {
  const byKey = new Map(ents.entities.map((e) => [e.key, e]));
  let defendant: LocalEntity | null = null;
  for (const m of ents.mentions)
    if (m.kind === 'PERSON' && m.form === 'name' && ACCUSED.test(text.slice(m.end, m.end + 160))) {
      defendant = byKey.get(m.entityKey) ?? null;
      if (defendant) break;
    }
  const prosecutors = new Map<string, LocalEntity>();
  const defenders = new Map<string, LocalEntity>();
  if (!defendant) return { defendant, prosecutors: [], defenders };
  for (const m of ents.mentions) {
    if (m.form === 'pronoun' || (m.kind !== 'PERSON' && m.kind !== 'GROUP')) continue;
    const e = byKey.get(m.entityKey);
    if (!e || e === defendant) continue;
    const zone = zoneOf(text, m);
    if (PROSECUTING.test(zone)) prosecutors.set(e.key, e);
    else if (DEFENDING.test(zone)) defenders.set(e.key, defendant);
    else {
      const counsel = COUNSEL.exec(text.slice(m.start, m.end));
      const client = counsel
        ? ents.resolve({ start: m.start, end: m.start + counsel[1]!.length })
        : null;
      if (client === defendant) defenders.set(e.key, defendant);
    }
  }
  return { defendant, prosecutors: [...prosecutors.values()], defenders };
}

/** Whether a speaker named only by a common noun is the prosecution ("prosecutors", "the Crown"). */
export const isProsecution = (name: string): boolean => PROSECUTING.test(name.trim());

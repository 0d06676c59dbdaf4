import { nearestBefore, type Cluster, type ClusterSet } from './clusters.js';
import type { Descriptor } from './descriptors.js';
import { countryIn } from './country-in.js';
import { COMPANY_HEADS, COMPANY_NOUNS } from './lexicon.js';

/** Name words an organisation noun may stand for ("the union" → "… Nurses Federation"). */
export const ORG_NOUN_KIN: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['union', new Set(['federation', 'congress', 'association'])],
  ['regulator', new Set(['board', 'authority', 'commission', 'agency'])],
  ['watchdog', new Set(['board', 'authority', 'commission', 'agency'])],
  ['university', new Set(['college'])],
  ['club', new Set(['united', 'athletic', 'fc', 'rovers', 'wanderers'])],
  ['party', new Set(['alliance', 'front', 'movement'])],
  ['airline', new Set(['air', 'airlines', 'airways', 'aviation'])],
  ['carrier', new Set(['air', 'airlines', 'airways', 'aviation'])],
]);

const GOVERNMENT_NOUNS = new Set(['government', 'ministry', 'administration', 'cabinet']);

/** Clusters by a word, for role, possessor and name-word lookups. */
export const indexBy = (
  clusters: Cluster[],
  words: (k: Cluster) => Iterable<string>,
): Map<string, Cluster[]> => {
  const map = new Map<string, Cluster[]>();
  for (const k of clusters)
    for (const w of words(k)) {
      const list = map.get(w) ?? [];
      list.push(k);
      map.set(w, list);
    }
  return map;
};

/** Organisation descriptors → entities, through indexes built once per document. */
export class OrganisationLookup {
  private readonly byWord: Map<string, Cluster[]>;
  private readonly countries: Cluster[];
  private readonly locations: Cluster[];
  private readonly anonymous = new Map<string, Cluster>();

  constructor(private readonly set: ClusterSet) {
    const named = set.clusters.filter((k) => k.kind === 'ORGANIZATION' && !k.anonymous);
    this.byWord = indexBy(named, (k) => k.tokens.map((t) => t.toLowerCase()));
    this.countries = set.clusters.filter((k) => k.kind === 'COUNTRY');
    this.locations = set.clusters.filter((k) => k.kind === 'LOCATION');
  }

  for(d: Descriptor): Cluster | undefined {
    const country = countryIn(d.modifiers);
    if (GOVERNMENT_NOUNS.has(d.head)) {
      if (country)
        return (
          this.countries.find((k) => k.name === country) ??
          this.remember(this.set.create('COUNTRY', [country], country))
        );
      return nearestBefore(this.countries, d.start, true);
    }
    if (d.head === 'city') return nearestBefore(this.locations, d.start, true);
    // Names that say what the noun says first ("the airline" → "… Air"), then any company name.
    const kin = [d.head, ...(ORG_NOUN_KIN.get(d.head) ?? [])];
    const company = COMPANY_NOUNS.has(d.head) ? [...kin, ...COMPANY_HEADS] : kin;
    const tiers = ORG_NOUN_KIN.has(d.head) && company !== kin ? [kin, company] : [company];
    for (const words of tiers) {
      const named = [...new Set(words.flatMap((w) => this.byWord.get(w) ?? []))];
      const hit = nearestBefore(named, d.start, true);
      if (hit) return hit;
    }
    // Nothing named fits: one anonymous entity per noun keeps "the council" apart from other bodies.
    let anon = this.anonymous.get(d.head);
    if (!anon)
      this.anonymous.set(d.head, (anon = this.set.create('ORGANIZATION', [d.head], d.head, true)));
    return anon;
  }

  private remember(k: Cluster): Cluster {
    this.countries.push(k);
    return k;
  }
}

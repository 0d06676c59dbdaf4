import { createRequire } from 'node:module';
import { countries } from 'countries-list';

/** Country names, aliases, capitals and demonyms → canonical country name (MIT data only). */
const require = createRequire(import.meta.url);
const demonyms = (
  require('i18n-nationality/langs/en.json') as { nationalities: Record<string, string | string[]> }
).nationalities;

const byKey = new Map<string, string>();
const demonymKey = new Map<string, string>();
for (const [code, c] of Object.entries(countries)) {
  for (const n of [c.name, ...(c.alias ?? [])]) byKey.set(n.toLowerCase(), c.name);
  if (c.capital) byKey.set(c.capital.toLowerCase(), c.name);
  const d = demonyms[code];
  for (const n of Array.isArray(d) ? d : d ? [d] : []) demonymKey.set(n.toLowerCase(), c.name);
}
// Short forms newsrooms use that the packages lack.
for (const [k, v] of [
  ['us', 'United States'],
  ['u.s.', 'United States'],
  ['america', 'United States'],
  ['britain', 'United Kingdom'],
  ['kyiv', 'Ukraine'],
  ['kiev', 'Ukraine'],
  ['korea', 'South Korea'],
] as const)
  byKey.set(k, v);
for (const [k, v] of [
  ['korean', 'South Korea'],
  ['south korean', 'South Korea'],
  ['american', 'United States'],
  ['british', 'United Kingdom'],
] as const)
  demonymKey.set(k, v);

/** The country a place name, capital or alias denotes ("Seoul" → "South Korea"). */
export const countryOf = (name: string): string | null => byKey.get(name.toLowerCase()) ?? null;

/** The country a nationality adjective denotes ("Bolivian" → "Bolivia"). */
export const countryOfDemonym = (word: string): string | null =>
  demonymKey.get(word.toLowerCase()) ?? null;

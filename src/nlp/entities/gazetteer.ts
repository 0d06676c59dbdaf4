import { countries } from 'countries-list';
import nationality from 'i18n-nationality';
import { normalizeName } from '../../domain/ids.js';

/**
 * Countries, capitals and demonyms from data packages (countries-list for names, aliases and
 * capitals; i18n-nationality for demonyms; both MIT; see docs/decisions/0201-country-gazetteer.md).
 * Keys are normalised names; values are the country's common English name.
 */
export interface Gazetteer {
  countryByName: ReadonlyMap<string, string>;
  countryByCapital: ReadonlyMap<string, string>;
  countryByDemonym: ReadonlyMap<string, string>;
}

// Everyday short forms the packages lack; the lead/desk can extend them through the alias file.
const EXTRA_NAMES: Record<string, string> = { US: 'the US', GB: 'Britain' };
// Names English-language news uses where the package prefers the official short form.
const NEWS_NAMES: Record<string, string> = { CZ: 'Czech Republic', TR: 'Turkey', CV: 'Cape Verde' };
// Seats of government where the package lists only the constitutional capital.
const EXTRA_CAPITALS: Record<string, string> = { BO: 'La Paz', NL: 'The Hague' };

function build(): Gazetteer {
  const countryByName = new Map<string, string>();
  const countryByCapital = new Map<string, string>();
  const countryByDemonym = new Map<string, string>();
  const demonyms = nationality.getNames('en');
  for (const [code, country] of Object.entries(countries)) {
    const name = NEWS_NAMES[code] ?? country.name;
    const names = [name, country.name, ...((country as { alias?: string[] }).alias ?? [])];
    if (EXTRA_NAMES[code]) names.push(EXTRA_NAMES[code]);
    for (const n of names) countryByName.set(normalizeName(n.replace(/^the /i, '')), name);
    const capitals = [...country.capital.split(','), EXTRA_CAPITALS[code] ?? ''];
    for (const capital of capitals) {
      const key = normalizeName(capital.replace(/\s+D\.C\.$/, ''));
      if (key) countryByCapital.set(key, name);
    }
    const demonym = demonyms[code];
    if (demonym) countryByDemonym.set(normalizeName(demonym), name);
  }
  return { countryByName, countryByCapital, countryByDemonym };
}

let cached: Gazetteer | null = null;
export const gazetteer = (): Gazetteer => (cached ??= build());

/**
 * Invented electricity suppliers (none of these names is a real Norwegian supplier). Domains use the
 * reserved `.example` top-level domain.
 */
export const SUPPLIERS = [
  { name: 'Nordlys Energi AS', short: 'Nordlys Energi', brand: 'Nordlys', city: 'Tromsø', areas: ['NO4'], since: 1998 },
  { name: 'Vestavind Kraft AS', short: 'Vestavind Kraft', brand: 'Vestavind', city: 'Bergen', areas: ['NO5', 'NO2'], since: 2006 },
  { name: 'Fjellbris Straum AS', short: 'Fjellbris Straum', brand: 'Fjellbris', city: 'Førde', areas: ['NO5', 'NO3'], since: 1921 },
  { name: 'Skarvheim Kraft AS', short: 'Skarvheim Kraft', brand: 'Skarvheim', city: 'Ålesund', areas: ['NO3'], since: 2011 },
  { name: 'Lysgard Energi AS', short: 'Lysgard Energi', brand: 'Lysgard', city: 'Hamar', areas: ['NO1'], since: 1952 },
  { name: 'Brattvoll Kraftsal AS', short: 'Brattvoll Kraft', brand: 'Brattvoll', city: 'Kongsberg', areas: ['NO1', 'NO2'], since: 1987 },
  { name: 'Tindeglans Energi AS', short: 'Tindeglans', brand: 'Tindeglans', city: 'Mo i Rana', areas: ['NO4', 'NO3'], since: 2015 },
  { name: 'Myrull Strøm AS', short: 'Myrull Strøm', brand: 'Myrull', city: 'Lillehammer', areas: ['NO1'], since: 2019 },
  { name: 'Havsula Kraft AS', short: 'Havsula Kraft', brand: 'Havsula', city: 'Kristiansand', areas: ['NO2'], since: 2003 },
  { name: 'Reinrose Energi AS', short: 'Reinrose', brand: 'Reinrose', city: 'Trondheim', areas: ['NO3', 'NO4'], since: 2009 },
  { name: 'Solgangsbris Kraft AS', short: 'Solgangsbris', brand: 'Solgangsbris', city: 'Stavanger', areas: ['NO2', 'NO5'], since: 2017 },
  { name: 'Kvitfjell Straumsal SA', short: 'Kvitfjell Straum', brand: 'Kvitfjell', city: 'Voss', areas: ['NO5'], since: 1936 },
].map((s) => ({ ...s, slug: slugify(s.short), domain: `${slugify(s.short)}.example` }));

export const AREA_NAMES = { NO1: 'Øst', NO2: 'Sør', NO3: 'Midt', NO4: 'Nord', NO5: 'Vest' };

export function slugify(text) {
  return text
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'a')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * First-level divisions that a reform created after 1995, with the day they came into being
 * (GeoNames lists today's divisions only). Before that day a city is not "in" the division nor its
 * seat: Lyon was in Rhône-Alpes until 2016, not Auvergne-Rhône-Alpes. Read by the GeoNames importer
 * (a dated located-in fact and description). Dates from the laws that made them:
 *   - France, loi n° 2015-29 (13 regions from 1 January 2016; the seven merged ones listed);
 *   - Morocco, décret n° 2-15-40 (12 regions from the September 2015 elections; Oriental kept its name);
 *   - Norway, the county mergers of 2018 (Trøndelag) and 2020 (Agder, Innlandet, Vestland);
 *   - Denmark, the five regions of the 2007 local-government reform;
 *   - Kenya, the 47 counties of the 2010 constitution, in force with the March 2013 elections;
 *   - India, the states and union territories made since 2000 (Chhattisgarh, Uttarakhand and
 *     Jharkhand 2000, Telangana 2014, Ladakh 2019, Dadra and Nagar Haveli and Daman and Diu 2020);
 *   - Russia, the krais merged from an oblast and its okrug (Perm 2005, Kamchatka 2007, Zabaykalsky 2008);
 *   - the Czech regions of 2000 (Prague kept its status) and the Slovak regions of 1996.
 * Poland's 1999 voivodeships are left out: several carry the name of an older voivodeship or of a
 * historical land (Silesia), which a story before 1999 may well mean.
 * The division itself is dated too (a 'founded' fact: Telangana on a 2010 story did not exist yet), but
 * only where its name is new: Normandy, Occitanie, Trøndelag, Agder, Zealand, Ladakh, the Czech, Slovak
 * and Kenyan names were places before they were these divisions, and a story before the reform means them.
 */
const FR_2016 = ['FR.27', 'FR.28', 'FR.32', 'FR.44', 'FR.75', 'FR.76', 'FR.84'];
const MA_2015 = ['MA.01', 'MA.03', 'MA.04', 'MA.05', 'MA.06', 'MA.07', 'MA.08', 'MA.09', 'MA.10', 'MA.11', 'MA.12'];
const DK_2007 = ['DK.17', 'DK.18', 'DK.19', 'DK.20', 'DK.21'];

const IN: Record<string, string> = {
  'IN.37': '2000-11-01', 'IN.39': '2000-11-09', 'IN.38': '2000-11-15', 'IN.40': '2014-06-02', 'IN.41': '2019-10-31', 'IN.52': '2020-01-26',
};
const RU: Record<string, string> = { 'RU.90': '2005-12-01', 'RU.92': '2007-07-01', 'RU.93': '2008-03-01' };

/** Admin1 code ('FR.84') → the day the division was created, for the codes above. */
export function regionCreated(code: string): string | undefined {
  if (FR_2016.includes(code)) return '2016-01-01';
  if (MA_2015.includes(code)) return '2015-09-04';
  if (DK_2007.includes(code)) return '2007-01-01';
  if (code === 'NO.21') return '2018-01-01';
  if (code === 'NO.34' || code === 'NO.42' || code === 'NO.46') return '2020-01-01';
  if (code.startsWith('KE.')) return '2013-03-04';
  if (IN[code]) return IN[code];
  if (RU[code]) return RU[code];
  if (code.startsWith('CZ.') && code !== 'CZ.52') return '2000-01-01';
  if (code.startsWith('SK.')) return '1996-07-24';
  return undefined;
}

/**
 * Divisions that became today's kind of division on a day since 1995 without being created then:
 * Jammu and Kashmir a union territory (a state until 31 October 2019), Chongqing a municipality
 * (part of Sichuan until 14 March 1997), Nunavut a territory (part of the Northwest Territories
 * until 1 April 1999). Before it, the card does not give the division today's kind word.
 */
const KIND_SINCE: Record<string, string> = { 'IN.12': '2019-10-31', 'CN.33': '1997-03-14', 'CA.14': '1999-04-01' };

/** The day since when the division has been the kind of division it is today (undefined: always, as far as the card goes back). */
export function kindSince(code: string): string | undefined {
  return KIND_SINCE[code] ?? regionCreated(code);
}

/** Divisions a reform made under names that were no place's before (see the file's top). */
const OLD_NAMES = new Set(['FR.28', 'FR.76', 'NO.21', 'NO.34', 'NO.42', 'DK.20', 'IN.41']);

/** The day the division came into being, when its name came with it (undefined otherwise). */
export function regionFounded(code: string): string | undefined {
  if (OLD_NAMES.has(code) || code.startsWith('KE.') || code.startsWith('CZ.') || code.startsWith('SK.')) return undefined;
  return regionCreated(code);
}

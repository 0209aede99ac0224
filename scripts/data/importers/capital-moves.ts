/**
 * Countries whose capital moved after 1995, with the day the current one became the capital
 * (world-countries and GeoNames list today's capital only): Gitega was no capital on a story from
 * 2016, Bujumbura was. Read by the world-countries importer (a dated capital fact) and the GeoNames
 * importer (the city's "Capital of …" description holds from that day).
 *   - Burundi: parliament made Gitega the political capital on 16 January 2019;
 *   - Kazakhstan: the capital moved from Almaty to Akmola (Astana) on 10 December 1997;
 *   - Myanmar: the government moved to Naypyidaw on 6 November 2005;
 *   - Palau: the capital moved from Koror to Ngerulmud on 7 October 2006.
 */
const SINCE: Record<string, string> = { BI: '2019-01-16', KZ: '1997-12-10', MM: '2005-11-06', PW: '2006-10-07' };

/** ISO country code → the day today's capital became the capital, for the countries above. */
export function capitalSince(iso: string): string | undefined {
  return SINCE[iso];
}

/**
 * Countries admitted to the United Nations since 1990, with the day of admission (world-countries says
 * only whether a country is a member today): Switzerland was no member on a story from 2001, nor
 * Montenegro in 2005. Read by the world-countries importer (a dated membership fact). Serbia holds the
 * seat of the Federal Republic of Yugoslavia, admitted on 1 November 2000.
 */
const SINCE: Record<string, string> = {
  NA: '1990-04-23', LI: '1990-09-18',
  KP: '1991-09-17', KR: '1991-09-17', EE: '1991-09-17', LV: '1991-09-17', LT: '1991-09-17', FM: '1991-09-17', MH: '1991-09-17',
  AM: '1992-03-02', AZ: '1992-03-02', KZ: '1992-03-02', KG: '1992-03-02', MD: '1992-03-02', TJ: '1992-03-02', TM: '1992-03-02', UZ: '1992-03-02', SM: '1992-03-02',
  BA: '1992-05-22', HR: '1992-05-22', SI: '1992-05-22', GE: '1992-07-31',
  CZ: '1993-01-19', SK: '1993-01-19', MK: '1993-04-08', ER: '1993-05-28', MC: '1993-05-28', AD: '1993-07-28',
  PW: '1994-12-15', KI: '1999-09-14', NR: '1999-09-14', TO: '1999-09-14', TV: '2000-09-05', RS: '2000-11-01',
  CH: '2002-09-10', TL: '2002-09-27', ME: '2006-06-28', SS: '2011-07-14',
};

/** ISO country code → the day it was admitted to the UN, for the members admitted since 1990. */
export function unMemberSince(iso: string): string | undefined {
  return SINCE[iso];
}

/** States world-countries marks as members that are not: the Holy See (Vatican City) is a permanent
 *  observer state. */
const OBSERVERS = new Set(['VA']);

/** Is the country a UN member today, world-countries' flag corrected for observer states? */
export function unMemberToday(iso: string, flag: boolean | undefined): boolean {
  return !!flag && !OBSERVERS.has(iso);
}

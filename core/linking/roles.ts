/**
 * The role an article gives a person right at the name: a role noun just before it ("Disney executive
 * Kevin Mayer", "DL Sheldon Richardson") or in an appositive after a comma ("John Williams, the president
 * of the Federal Reserve Bank of New York"). When that role's walk of life is not the one of the index's
 * person of that name (a composer, a congressman), the article means someone else: a namesake the index
 * does not hold. Roles are read in classes, not matched against offices: "president" says politics,
 * business or a university alike, and only a role no class of the person's admits counts against it.
 */
import { Gap, TokFlag, WordSet, commaBefore, type Tokens } from './tokenize';

type Walk = 'politics' | 'business' | 'sports' | 'arts' | 'science' | 'media' | 'law' | 'religion' | 'everyday';

const ROLE_WALKS: Record<string, Walk[]> = {};
const add = (walks: Walk[], words: string) => {
  for (const w of words.split(' ')) (ROLE_WALKS[w] ??= []).push(...walks);
};
add(['politics'], 'representative senator sen congressman congresswoman lawmaker legislator governor gov mayor minister premier ambassador envoy diplomat candidate nominee chancellor councillor councilman councilwoman');
add(['politics', 'law'], 'judge justice prosecutor attorney');
add(['law'], 'lawyer trooper detective sergeant constable');
// "Officer Paul Walker" is police; "Chief Operating Officer Sheryl Sandberg" business.
add(['law', 'business', 'politics'], 'officer');
add(['politics', 'business', 'science'], 'president chairman chairwoman chancellor');
add(['politics', 'business'], 'spokesman spokeswoman spokesperson secretary administrator commissioner official adviser advisor negotiator leader director chief founder co-founder billionaire businessman businesswoman entrepreneur investor owner');
add(['business'], 'executive exec ceo cfo coo analyst banker consultant trader');
add(['business', 'science'], 'economist');
add(['sports'], 'coach quarterback striker midfielder defender goalkeeper pitcher linebacker receiver golfer boxer footballer cricketer dl lb qb wr rb cb');
add(['sports', 'business'], 'manager');
add(['arts'], 'actor actress singer songwriter rapper musician composer painter artist novelist poet filmmaker comedian drummer guitarist photographer');
add(['arts', 'media'], 'author writer producer');
add(['arts', 'business'], 'designer');
add(['science'], 'professor researcher scientist physicist chemist biologist physician surgeon psychologist immunologist geologist astronomer engineer');
add(['media'], 'journalist reporter editor columnist correspondent anchor');
add(['religion'], 'pastor priest bishop rabbi imam cleric');
// Everyday work in an appositive ("Jennifer Lopez, a nurse from Tulsa", "Michael Jordan, a local teacher"):
// no famous singer's or player's. Not "resident", "neighbor", "volunteer", "student" or "driver" (Emma
// Watson was a student, Lewis Hamilton is a driver), nor "clerk" ("a former clerk for Justice …").
add(['everyday'], 'nurse teacher plumber worker farmer firefighter mechanic electrician carpenter cashier waiter waitress janitor cleaner nanny caregiver bartender shopkeeper retiree');

const ROLE_WORDS = new WordSet(Object.keys(ROLE_WALKS));
/** Words an appositive may open with before its role noun: "X, the former chief executive". */
const OPENERS = new WordSet('the a an former then now also acting longtime senior veteran top deputy assistant associate chief vice local retired registered'.split(' '));

/** The walks of life of a person by the index's subtype; empty when the subtype says none. */
const SUBTYPE_WALKS: Record<string, Walk[]> = {
  politician: ['politics', 'law'],
  diplomat: ['politics'],
  official: ['politics', 'law'],
  'civil-servant': ['politics'],
  judge: ['politics', 'law'],
  monarch: ['politics'],
  actor: ['arts'],
  singer: ['arts'],
  musician: ['arts'],
  composer: ['arts'],
  writer: ['arts', 'media'],
  painter: ['arts'],
  poet: ['arts'],
  'film-director': ['arts'],
  comedian: ['arts'],
  philosopher: ['science', 'arts'],
  physicist: ['science'],
  chemist: ['science'],
  mathematician: ['science'],
  biologist: ['science'],
  'religious-figure': ['religion'],
  // Heads of government and state hold office like politicians (roleRulesOut exempts them alike; only
  // everyday work in an appositive speaks against them: "David Cameron, a farmer in Iowa").
  'head-of-government': ['politics'],
  'head-of-state': ['politics'],
  statesperson: ['politics'],
};

export function walksOf(subtype: string | undefined): readonly Walk[] {
  if (!subtype) return [];
  if (subtype.endsWith('-player') || subtype === 'racecar-driver' || subtype === 'athlete' || subtype === 'coach') return ['sports'];
  return SUBTYPE_WALKS[subtype] ?? [];
}

function walksAt(tk: Tokens, t: number): Walk[] | undefined {
  return ROLE_WORDS.at(tk, t) ? ROLE_WALKS[tk.key(t)] : undefined;
}

/** Words a story puts before a private person's name after "local": "local resident Chris Evans", "a
 *  local shopper, Tom Hanks," ("Delaware resident Joe Biden", "fellow passenger Tom Hanks" are famous). */
const PRIVATE_BEFORE = new WordSet('resident residents neighbor neighbour homeowner businessman businesswoman shopper voter motorist commuter'.split(' '));
const EVERYDAY: Walk[] = ['everyday'];

/** A role word right before a name: everyday work there is a title of sorts ("Nurse Jackie"), not counted;
 *  "local resident" and the like are. */
function walksBefore(tk: Tokens, t: number): Walk[] | undefined {
  const w = walksAt(tk, t);
  if (t > 0 && PRIVATE_BEFORE.at(tk, t) && tk.keyIs(t - 1, 'local') && tk.gap[t] === Gap.Space) return EVERYDAY;
  return w && !(w.length === 1 && w[0] === 'everyday') ? w : undefined;
}

/** The walks of life the role at the name [t0, t1) says, or undefined when no role stands there. */
export function roleAt(text: string, tk: Tokens, t0: number, t1: number): Walk[] | undefined {
  // Right before: "executive Kevin Mayer", "DL Sheldon Richardson", "NASA Administrator Jim Bridenstine".
  if (t0 > 0 && tk.gap[t0] === Gap.Space) {
    const w = walksBefore(tk, t0 - 1);
    if (w) return w;
  }
  // A role and a comma before: "the Deputy U.S. Trade Representative, Michael Smith, …".
  if (commaBefore(text, tk, t0)) {
    const w = walksBefore(tk, t0 - 1);
    if (w && !(tk.flags[t0 - 1] & TokFlag.SentStart)) return w;
  }
  // An appositive: "X, the president of …", "X, vice president of business development", "X, the
  // White House's spokesman".
  if (commaBefore(text, tk, t1)) {
    // "James Baker, 67, a retired teacher": an age in commas before it.
    const a = ageAfter(text, tk, t1) && t1 + 1 < tk.count && commaBefore(text, tk, t1 + 1) ? t1 + 1 : t1;
    let former = false;
    for (let t = a, n = 0; t < tk.count && n < 4; t++, n++) {
      if (t > a && tk.gap[t] !== Gap.Space && tk.gap[t] !== Gap.Apos) break;
      const w = walksAt(tk, t);
      // "chief executive", "vice president": the head noun decides when there is one.
      // Everyday work once done says little ("Jimmy Carter, a former peanut farmer").
      if (w && !(OPENERS.at(tk, t) && t + 1 < tk.count && walksAt(tk, t + 1))) return former && w.length === 1 && w[0] === 'everyday' ? undefined : w;
      if (OPENERS.at(tk, t)) {
        if (tk.keyIs(t, 'former')) former = true;
        continue;
      }
      // "a 45-year-old plumber": an age before the role.
      if (!(tk.flags[t] & TokFlag.Alpha) && t + 2 < tk.count && tk.keyIs(t + 1, 'year') && tk.keyIs(t + 2, 'old') && tk.gap[t + 1] === Gap.Space && tk.gap[t + 2] === Gap.Space) {
        t += 2;
        continue;
      }
      // A possessive name: "the White House's", "Disney's".
      let u = t;
      while (u < tk.count && u - t < 3 && tk.flags[u] & TokFlag.Cap && !(u + 1 < tk.count && tk.gap[u + 1] === Gap.Apos)) u++;
      if (u < tk.count && tk.flags[u] & TokFlag.Cap && u + 1 < tk.count && tk.gap[u + 1] === Gap.Apos && tk.keyIs(u + 1, 's')) {
        t = u + 1;
        continue;
      }
      break;
    }
  }
  return undefined;
}

/** Does the role at the name rule out a person of this subtype? Never a politician's by a career's role:
 *  office holders had careers before ("former actor Ronald Reagan", "businessman Donald Trump"); their
 *  namesakes are topic.ts's concern. Everyday work in an appositive rules out anyone the index gives a
 *  walk of life. */
export function roleRulesOut(role: readonly Walk[] | undefined, subtype: string | undefined): boolean {
  if (!role) return false;
  const walks = walksOf(subtype);
  // "David Cameron, a farmer in Iowa", "James Baker, 67, a retired teacher": everyday work now is no
  // office holder's either (roleAt drops it after "former").
  if (role.length === 1 && role[0] === 'everyday') return walks.length > 0;
  return walks.length > 0 && !walks.includes('politics') && !walks.some((w) => role.includes(w));
}

/** "East Jackson coach Brian Smith", "actor John Lewis": politicians are exempt above (they hold every kind of
 *  post), but a role only sports or the arts give, at the name of a little-known politician (a legislator
 *  of the index, prominence under 0.3), names a namesake. "football coach Tommy Tuberville" is better known. */
/** Below this a politician is a minor one (a back-bench legislator), whose namesakes are many. */
export const MINOR_POLITICIAN = 0.3;

/** A minor politician (prominence below MINOR_POLITICIAN) is no one a sports or arts role names.
 *  `role()` is read only when the person is one. */
export function roleRulesOutMinorPolitician(role: () => readonly Walk[] | undefined, subtype: string | undefined, prominence: number): boolean {
  if (prominence >= MINOR_POLITICIAN || subtype !== 'politician') return false;
  const r = role();
  return !!r && r.every((w) => w === 'sports' || w === 'arts');
}

/** Words of a walk of life, in lower case, that vouch for a one-name figure near them ("seeing Adele
 *  live in concert", "the prophet Muhammad's mosque"). */
const WALK_WORDS: Partial<Record<Walk, WordSet>> = {
  arts: new WordSet('concert album albums song songs tour film films movie stage band music sang singing painting novel poem opera'.split(' ')),
  religion: new WordSet('church mosque temple bible quran koran gospel prophet prayer pray saint god islam christianity judaism caliph'.split(' ')),
  politics: new WordSet('president minister election elections parliament government king queen emperor empire reign reigned ruled throne'.split(' ')),
  sports: new WordSet('game match season team scored goal league championship'.split(' ')),
  science: new WordSet('research theory physics chemistry discovery experiment'.split(' ')),
};

/** A word of the person's walk of life within `radius` tokens of [t0, t1). */
export function walkWordNear(tk: Tokens, t0: number, t1: number, subtype: string | undefined, radius = 12): boolean {
  const sets = walksOf(subtype).map((w) => WALK_WORDS[w]).filter((s): s is WordSet => !!s);
  if (sets.length === 0) return false;
  for (let t = Math.max(0, t0 - radius); t < Math.min(tk.count, t1 + radius); t++) {
    if (t >= t0 && t < t1) continue;
    if (sets.some((s) => s.at(tk, t))) return true;
  }
  return false;
}

/** Kin a person has and a firm or a place has not. */
const KIN_AFTER = new WordSet(
  'husband wife son daughter father mother brother sister widow widower fiance fiancee boyfriend girlfriend stepson stepdaughter grandson granddaughter nephew niece'.split(' '),
);

/** "Zara's husband, Mike Tindall", "Georgia's mother": the name right before "'s" and a kin word is a
 *  person's (a company or a place has no husband). */
export function kinAfterPossessive(tk: Tokens, t1: number): boolean {
  return t1 + 1 < tk.count && tk.gap[t1] === Gap.Apos && tk.keyIs(t1, 's') && tk.gap[t1 + 1] === Gap.Space && !(tk.flags[t1 + 1] & TokFlag.Cap) && KIN_AFTER.at(tk, t1 + 1);
}

/** "Braun, 38, who represents …", "Smith, 45 – a former nurse": an age in commas right after the name
 *  says person (a firm has no age; a place may have a number: "Texas, 38, and Ohio, 18"). The number stands alone between a comma and a comma or
 *  a dash, and is an age a person can have. */
export function ageAfter(text: string, tk: Tokens, t1: number): boolean {
  if (t1 >= tk.count || tk.gap[t1] !== Gap.Break || tk.flags[t1] & TokFlag.Alpha) return false;
  const a = tk.start[t1];
  const b = tk.end[t1];
  if (b - a > 3 || !commaBefore(text, tk, t1)) return false;
  const age = Number(text.slice(a, b));
  if (!(age >= 1 && age <= 115)) return false;
  return /^(?:\s*[,–—]|\s+-\s)/.test(text.slice(b, b + 3));
}

/** "John Smith, 34, of Springfield": a name with an age and a home town after it is how a local story
 *  names a private person (the arrested, the injured, the winner of a raffle). Call where ageAfter holds
 *  at t1. `country(t)`: a country's name starts at token t ("Rafael Nadal, 35, of Spain" is a player). */
export function ageAndHomeAfter(text: string, tk: Tokens, t1: number, country: (t: number) => boolean): boolean {
  // The age is token t1; then a comma, "of" and a capitalized name.
  const t = t1 + 1;
  return t + 1 < tk.count && commaBefore(text, tk, t) && tk.keyIs(t, 'of') && tk.gap[t + 1] === Gap.Space && (tk.flags[t + 1] & TokFlag.Cap) !== 0 && !country(t + 1);
}

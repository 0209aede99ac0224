/**
 * Sports reports name teams after places: "Japan beat Syria 2-1", "Barcelona drew", "MIAMI (AP) — the
 * Heat". In a sports story a bare place name is read as a team: linked to the team when the index holds
 * one (subtype sports-team / national-team / club), else left unmarked; never the country or city,
 * unless the words say place ("in Barcelona", "Columbus, Ohio", "Chicago-based").
 */
import { Gap, TokFlag, WordSet, spanRightBefore, type Tokens } from './tokenize';
import type { CompiledEntity } from '../types';

/** Words only sports reports use much. Each distinct one counts once. */
const SPORTS_WORDS = new WordSet(
  ('striker strikers midfielder midfielders defender defenders goalkeeper goalie quarterback touchdown touchdowns ' +
    'inning innings pitcher batting wicket wickets playoff playoffs standings fixture fixtures qualifier qualifiers ' +
    'semifinal semifinals quarterfinal quarterfinals goals scorer penalties halftime overtime rebounds assists ' +
    'coach squad stadium rugby football soccer basketball hockey baseball cricket tennis nba nfl nhl mlb mls fifa ' +
    'uefa ncaa premiership bundesliga teammates teammate kickoff referee tackle league cup tournament').split(' '),
);
/** Words match reports share with politics and business ("won", "victory", "points"). */
const WEAK_WORDS = new WordSet(
  ('beat beats defeated drew draw match matches goal scored season victory win wins won unbeaten champions ' +
    'championship title final finals qualifying manager points').split(' '),
);

/** Words after a number pair that make it no score: "10-15 percent", "5-4 ruling". */
const NOT_SCORE_AFTER = new WordSet('percent per million billion year years month months day days hour hours minute minutes vote votes majority ruling decision referendum poll polls split margin'.split(' '));

/** A score at token t: "2-1", "3–0", "27-24": two numbers of at most three digits joined by a dash. */
function scoreAt(text: string, tk: Tokens, t: number): boolean {
  if (t + 1 >= tk.count || tk.flags[t] & TokFlag.Alpha || tk.flags[t + 1] & TokFlag.Alpha) return false;
  if (tk.end[t] - tk.start[t] > 3 || tk.end[t + 1] - tk.start[t + 1] > 3) return false;
  const a = tk.end[t];
  const b = tk.start[t + 1];
  let dash = 0;
  for (let i = a; i < b; i++) {
    const c = text.charCodeAt(i);
    if (c === 45 || c === 0x2013) dash++;
    else if (c !== 32) return false;
  }
  if (dash !== 1) return false;
  // Not part of a date, a price, a ratio: "2019-11-20", "$1-2", "1.5-2".
  const before = tk.start[t] > 0 ? text.charCodeAt(tk.start[t] - 1) : 32;
  const after = tk.end[t + 1] < text.length ? text.charCodeAt(tk.end[t + 1]) : 32;
  if (before === 36 || before === 46 || before === 45 || before === 47 || after === 37 || after === 45 || after === 47) return false;
  if ((after === 46 || after === 44) && tk.end[t + 1] + 1 < text.length && text.charCodeAt(tk.end[t + 1] + 1) >= 48 && text.charCodeAt(tk.end[t + 1] + 1) <= 57) return false;
  if (t > 0 && NOT_SCORE_BEFORE.at(tk, t - 1)) return false;
  // "52-48 Brexit referendum": names may stand between the numbers and the word.
  let u = t + 2;
  while (u < tk.count && u < t + 4 && tk.gap[u] === Gap.Space && tk.flags[u] & TokFlag.Cap) u++;
  return !(u < tk.count && tk.gap[u] === Gap.Space && NOT_SCORE_AFTER.at(tk, u));
}

/** Words before a number pair that make it a vote, not a score: "the council voted 5-3 to approve". */
const NOT_SCORE_BEFORE = new WordSet('voted vote votes ruled ruling split margin'.split(' '));

/** Words of association football (soccer) alone. */
const FOOTBALL_WORDS = new WordSet(
  ('soccer striker strikers midfielder midfielders goalkeeper goalkeepers fifa uefa mls premiership bundesliga liga ' +
    'serie ligue eredivisie euro qualifiers').split(' '),
);
/** Words of the other sports news covers: hockey, tennis, American football, basketball, baseball,
 *  rugby, cricket, golf, surfing, athletics, cycling, motor racing, boxing, MMA, swimming, skiing,
 *  gymnastics. */
const OTHER_SPORT_WORDS = new WordSet(
  ('hockey nhl puck goaltender tennis doubles atp wta nfl quarterback quarterbacks touchdown ' +
    'touchdowns linebacker nba basketball rebounds baseball mlb inning innings pitcher rugby cricket wicket ' +
    'wickets golf golfer golfers pga ncaa surf surfer surfers surfing surfboard athletics sprinter sprinters ' +
    'cyclist cyclists cycling peloton nascar motorsport motogp boxing boxer boxers ufc mma ' +
    'swimmer swimmers swimming skier skiers skiing snowboarding gymnast gymnastics').split(' '),
);

/** Every word the signal counts: one probe rules out most tokens of a story before the four sets. */
const ANY_SIGNAL_WORD = new WordSet(
  [SPORTS_WORDS, WEAK_WORDS, FOOTBALL_WORDS, OTHER_SPORT_WORDS].flatMap((s) => s.list()),
);

export interface SportsSignal {
  words: number;
  scores: number;
  sports: boolean;
  /** The story is about a sport other than association football: the index's teams named after
   *  places are all football clubs and national football teams, so there a place name is no team of ours. */
  otherSport: boolean;
  /** Words of association football alone, counted once each. */
  football: number;
}

/** Is this text a sports story? Distinct match-report words and scores, counted once per text. */
export function sportsSignal(text: string, tk: Tokens): SportsSignal {
  const strong = new Set<string>();
  const weak = new Set<string>();
  const football = new Set<string>();
  const other = new Set<string>();
  let scores = 0;
  for (let t = 0; t < tk.count; t++) {
    if (!(tk.flags[t] & TokFlag.Alpha)) {
      if (scores < 20 && scoreAt(text, tk, t)) scores++;
      continue;
    }
    if (!ANY_SIGNAL_WORD.at(tk, t)) continue;
    if (FOOTBALL_WORDS.at(tk, t)) football.add(tk.key(t));
    else if (OTHER_SPORT_WORDS.at(tk, t)) other.add(tk.key(t));
    if (SPORTS_WORDS.at(tk, t)) strong.add(tk.key(t));
    else if (WEAK_WORDS.at(tk, t)) weak.add(tk.key(t));
  }
  const words = strong.size + weak.size;
  // Words like "win", "title", "points" occur in politics too: a story needs words only sports use,
  // and either several of them or scores or match words besides.
  // A score and three match words besides one word only sports use make a match report too ("beat Denver
  // 114-108 … 34 points and 11 rebounds … won five straight"; "a 1-0 win at Wolves … the Premier League").
  const sports = (strong.size >= 2 && scores >= 1) || (strong.size >= 3 && weak.size >= 3) || strong.size >= 6 || (strong.size >= 1 && scores >= 1 && weak.size >= 3);
  // One word of another sport in a sports story that has none of football's is enough ("11 rebounds").
  return { words, scores, sports, otherSport: (other.size >= 2 && other.size > football.size) || (sports && other.size >= 1 && football.size === 0), football: football.size };
}

const TEAM_SUBTYPES = new Set(['sports-team', 'national-team', 'club', 'football-club', 'sports-club']);

export function isTeam(e: CompiledEntity): boolean {
  return e.type === 'organization' && !!e.subtype && TEAM_SUBTYPES.has(e.subtype);
}

/** Places a team can be named after: countries, territories, states, regions and cities. */
export function teamNamedPlace(e: CompiledEntity): boolean {
  return e.type === 'place';
}

/** Words that make the sentence around a name a sports one even in a story that is not
 *  ("the Alabama football team" in a music story). */
const LOCAL_WORDS = new WordSet(
  ('football soccer basketball hockey baseball rugby cricket nfl nba nhl mlb ncaa playoff playoffs quarterback touchdown coach squad striker strikers hattrick midfielder goalkeeper ' +
    'semifinal semifinals quarterfinal quarterfinals qualifier qualifiers halftime touchdowns innings wicket wickets').split(' '),
);

/** A sports word within `radius` tokens of [t0, t1), not across a paragraph. */
export function sportsNearby(text: string, tk: Tokens, t0: number, t1: number, radius = 8): boolean {
  const a = Math.max(0, t0 - radius);
  const b = Math.min(tk.count, t1 + radius);
  for (let t = a; t < b; t++) {
    if (t >= t0 && t < t1) continue;
    if (LOCAL_WORDS.at(tk, t) && text.slice(Math.min(tk.end[t], tk.start[t0]), Math.max(tk.start[t], tk.end[t1 - 1])).indexOf('\n') < 0) return true;
  }
  return false;
}

/** Players' positions and team jobs: after a place in a sports story they make it the team's name
 *  ("Pittsburgh center Maurkice Pouncey", "Cleveland DL Larry Ogunjobi"). */
const POSITIONS = new WordSet(
  ('center centre guard forward quarterback qb linebacker lb dl de dt cornerback cb safety receiver wr tackle end ' +
    'pitcher catcher shortstop outfielder goalie goaltender defenseman winger striker midfielder defender goalkeeper ' +
    'coach manager captain rookie starter').split(' '),
);

/** A position word right after [t0, t1), in lower case or as a capital abbreviation ("DL"). */
export function positionAfter(tk: Tokens, t1: number): boolean {
  return t1 < tk.count && tk.gap[t1] === Gap.Space && (!(tk.flags[t1] & TokFlag.Cap) || (tk.flags[t1] & TokFlag.AllCaps) !== 0) && POSITIONS.at(tk, t1);
}

/** The token after a possessive "'s" at t1, or t1 when there is none. */
function pastPossessive(tk: Tokens, t1: number): number {
  return t1 + 1 < tk.count && tk.gap[t1] === Gap.Apos && tk.keyIs(t1, 's') ? t1 + 1 : t1;
}

/** Roles a team gives, in lower case: "England captain Andrew Strauss", "Italy coach Cesare Prandelli". */
const TEAM_ROLES = new WordSet('captain coach manager skipper striker goalkeeper goalie midfielder defender quarterback pitcher'.split(' '));

/** A team's role word right after [t0, t1), then a capitalized name: the place before it names the
 *  team, in any story ("Cleveland manager Eric Wedge said"). "Hollywood star Tom Hanks" keeps its place. */
export function teamRoleAfter(tk: Tokens, t1: number): boolean {
  // "England's captain Harry Kane": a possessive may stand between.
  t1 = pastPossessive(tk, t1);
  const n = t1 + 1;
  if (n >= tk.count || tk.gap[t1] !== Gap.Space || tk.gap[n] !== Gap.Space || !(tk.flags[n] & TokFlag.Cap) || tk.flags[n] & TokFlag.SentStart) return false;
  // A player's position before their name says team as surely ("Pittsburgh center Maurkice Pouncey",
  // "Cleveland DL Larry Ogunjobi"); words that are also common nouns ("safety", "end") are left out.
  if (tk.flags[t1] & TokFlag.Cap) return (tk.flags[t1] & TokFlag.AllCaps) !== 0 && POSITION_CODES.at(tk, t1);
  return TEAM_ROLES.at(tk, t1) || PLAYER_POSITIONS.at(tk, t1);
}
const PLAYER_POSITIONS = new WordSet('center centre guard forward linebacker cornerback receiver catcher shortstop outfielder infielder goaltender defenseman winger fullback'.split(' '));
const POSITION_CODES = new WordSet('qb rb wr te dl ol lb cb db dt de'.split(' '));

const PLAYS_FOR = new WordSet('plays played playing signed scored scores scoring pitched pitches pitching starred starring debuted capped'.split(' '));
/** Words that may stand between the verb and "for": "scored twice for Spain". */
const PLAY_ADVERBS = new WordSet('twice once again'.split(' '));
const PLAYED_AGAINST = new WordSet(
  ('won lost drew scored played playing plays win lose draw score beat match matches game games fixture ' +
    // Nouns of a match: "the semi-final against Croatia", "their final against France", "a friendly against Peru".
    'final semifinal quarterfinal qualifier playoff derby friendly rematch opener').split(' '),
);
/** Forms of "draw" whose object after "with" is the other side: "Spurs drew with Newcastle" ("were drawn
 *  with Spain" is left out: "sanctions were drawn with Russia in mind"). */
const DREW = new WordSet('drew draws'.split(' '));

/** Verbs whose object is a team and nothing else: "captained Liverpool", "coached France". */
const LEADS_TEAM = new WordSet('captained captains captaining skippered skippers coached coaches coaching'.split(' '));

/** "Yabo plays for Aachen", "scored twice for Spain", "Hertha won against Dortmund", "the match against Liverpool",
 *  "captained Liverpool": a verb or a noun of play before the name makes it a team, though the sport is not said. */
export function playVerbBefore(tk: Tokens, t0: number): boolean {
  const p = t0 - 1;
  if (p < 0 || tk.gap[t0] !== Gap.Space) return false;
  if (LEADS_TEAM.at(tk, p) && !(tk.flags[p] & TokFlag.Cap)) return true;
  if (p < 1 || tk.gap[p] !== Gap.Space) return false;
  if (tk.keyIs(p, 'for')) return PLAYS_FOR.at(tk, p - 1) || (p >= 2 && PLAY_ADVERBS.at(tk, p - 1) && tk.gap[p - 1] === Gap.Space && PLAYS_FOR.at(tk, p - 2));
  if (tk.keyIs(p, 'against')) return PLAYED_AGAINST.at(tk, p - 1) && !(tk.flags[p - 1] & TokFlag.Cap);
  if (tk.keyIs(p, 'with')) return DREW.at(tk, p - 1) && !(tk.flags[p - 1] & TokFlag.Cap) && tk.gap[p] === Gap.Space;
  return false;
}

const BEATS = new WordSet('beat beats defeated defeats edged routed thrashed outscored'.split(' '));

/** "Baltimore beat the Red Sox 7-1": a place that beats a named side is a team ("Boston beat records" is not). */
export function beatsAfter(tk: Tokens, t1: number): boolean {
  if (t1 + 1 >= tk.count || tk.gap[t1] !== Gap.Space || !BEATS.at(tk, t1) || tk.gap[t1 + 1] !== Gap.Space) return false;
  const n = tk.keyIs(t1 + 1, 'the') && t1 + 2 < tk.count ? t1 + 2 : t1 + 1;
  return (tk.flags[n] & TokFlag.Cap) !== 0 && !(tk.flags[n] & TokFlag.SentStart);
}

const LOCATIVE = new WordSet('in at from to into'.split(' '));

/** "hosted by Mexico", "in the Emirates": words that make the name a place even in a sports story
 *  (the host country, not its team; the country, not the airline). */
export function hostOrPlaceBefore(tk: Tokens, t0: number): boolean {
  if (t0 < 2 || tk.gap[t0] !== Gap.Space || tk.gap[t0 - 1] !== Gap.Space) return false;
  if (tk.keyIs(t0 - 1, 'by') && (tk.keyIs(t0 - 2, 'hosted') || tk.keyIs(t0 - 2, 'organised') || tk.keyIs(t0 - 2, 'organized'))) return true;
  return tk.keyIs(t0 - 1, 'the') && !(tk.flags[t0 - 1] & TokFlag.Cap) && LOCATIVE.at(tk, t0 - 2);
}

/** A word of a sport other than association football within `radius` tokens of [t0, t1), and none of
 *  football's, not across a paragraph: "New Zealand won the Rugby World Cup final against France" names
 *  no football team, though the story says little else. */
export function otherSportNearby(text: string, tk: Tokens, t0: number, t1: number, radius = 8): boolean {
  const a = Math.max(0, t0 - radius);
  const b = Math.min(tk.count, t1 + radius);
  let other = false;
  for (let t = a; t < b; t++) {
    if (t >= t0 && t < t1) continue;
    if (!ANY_SIGNAL_WORD.at(tk, t)) continue;
    if (FOOTBALL_WORDS.at(tk, t) || tk.keyIs(t, 'football')) return false;
    if (OTHER_SPORT_WORDS.at(tk, t) && text.slice(Math.min(tk.end[t], tk.start[t0]), Math.max(tk.start[t], tk.end[t1 - 1])).indexOf('\n') < 0) other = true;
  }
  return other;
}

const RESULT_VERBS = new WordSet('drew draw draws won win wins lost lose loses tied ties led leads trailed beat beats'.split(' '));

/** A score right after the name ("beat Syria 2-1", "Toronto 5-3"), or a verb of result and a score
 *  ("Barcelona drew 1-1", "Leeds lost 4-3"): the name is a team's, though the story says little else. */
export function scoreAfter(text: string, tk: Tokens, t1: number): boolean {
  // "France's 2-0 victory": a possessive may stand between.
  t1 = pastPossessive(tk, t1);
  if (t1 >= tk.count || tk.gap[t1] !== Gap.Space) return false;
  if (scoreAt(text, tk, t1)) return true;
  return t1 + 1 < tk.count && RESULT_VERBS.at(tk, t1) && !(tk.flags[t1] & TokFlag.Cap) && tk.gap[t1 + 1] === Gap.Space && scoreAt(text, tk, t1 + 1);
}

/** Words that may follow a trophy's name in the same clause without extending it: "won the Cup in 2010". */
const NOT_NOUN_AFTER = new WordSet('in on at for with after before and or but as by when while to from against again since this last'.split(' '));
const WON = new WordSet('won wins win clinched clinches lifted lifts captured claimed retained'.split(' '));
/** Heads of a trophy's or a league title's name: "the Super Bowl", "the FA Cup", "the World Series", "the NBA title". */
const TROPHY_HEADS = new WordSet('cup bowl series trophy championship championships pennant title'.split(' '));

/** "Kansas City won the Super Bowl", "the University of Oklahoma won the Orange Bowl", "Chelsea lifted the
 *  FA Cup": a verb of winning, "the", one to three capitalized words and a trophy's head name a team's
 *  win (a town wins no cup; "France won the war", "Paris won the Olympic bid", "Qatar won the World Cup
 *  hosting rights" keep their place). */
export function trophyAfter(tk: Tokens, t1: number): boolean {
  if (t1 + 2 >= tk.count || tk.gap[t1] !== Gap.Space || tk.flags[t1] & TokFlag.Cap || !WON.at(tk, t1) || !tk.keyIs(t1 + 1, 'the') || tk.gap[t1 + 1] !== Gap.Space) return false;
  for (let t = t1 + 2; t < tk.count && t <= t1 + 5; t++) {
    if (tk.gap[t] !== Gap.Space) return false;
    const cap = (tk.flags[t] & TokFlag.Cap) !== 0;
    // The head capitalized ("Cup") after a name word, or "title" in lower case after one ("the NBA title"),
    // and the trophy's name ends there: "won the World Cup bid", "the World Cup hosting rights" are no win.
    if (t > t1 + 2 && TROPHY_HEADS.at(tk, t)) return !(t + 1 < tk.count && tk.gap[t + 1] === Gap.Space && !(tk.flags[t + 1] & TokFlag.Cap) && (tk.flags[t + 1] & TokFlag.Alpha) && !NOT_NOUN_AFTER.at(tk, t + 1));
    if (!cap) return false;
  }
  return false;
}

/** Prefixes of clubs of sports other than football: hockey (HC, HK), basketball (BC, KK), volleyball
 *  (VC, VK), handball (HBC). Not "RC" or "BK": football clubs use them too ("RC Celta", "BK Häcken"). */
const OTHER_CLUB_PREFIX = new WordSet('hc hk bc kk vc vk hbc'.split(' '));

/** "HC CSKA Moscow", "BC Barcelona": a club prefix of another sport right before a football club's name
 *  names that sport's club, which the index (football clubs only) does not hold. */
export function otherSportClubBefore(tk: Tokens, t0: number): boolean {
  const p = t0 - 1;
  return p >= 0 && tk.gap[t0] === Gap.Space && (tk.flags[p] & TokFlag.AllCaps) !== 0 && OTHER_CLUB_PREFIX.at(tk, p);
}

/** Words for a player a team once had: "former Boston star Johnny Pesky", "former Lakers great". */
const FORMER_PLAYER = new WordSet('star great legend standout ace'.split(' '));

/** "former Boston star Johnny Pesky": "former", the place, a word for a player and a name: the team's
 *  player ("Hollywood star Tom Hanks", with no "former", keeps the place). */
export function formerStarAfter(tk: Tokens, t0: number, t1: number): boolean {
  if (t0 < 1 || !tk.keyIs(t0 - 1, 'former') || tk.gap[t0] !== Gap.Space || t1 + 1 >= tk.count || tk.gap[t1] !== Gap.Space) return false;
  return !(tk.flags[t1] & TokFlag.Cap) && FORMER_PLAYER.at(tk, t1) && tk.gap[t1 + 1] === Gap.Space && (tk.flags[t1 + 1] & TokFlag.Cap) !== 0;
}

/** Words that name the other side after a score: "drew 1-1 with", "fell 27-24 to", "won 3-1 over". */
const OTHER_SIDE = new WordSet('with to over by against'.split(' '));
/** A result's nouns between the score and the word: "a 2-1 win over", "the 2-0 victory against". */
const RESULT_NOUNS = new WordSet('win wins victory defeat loss draw triumph rout'.split(' '));

/** "Barcelona drew 1-1 with Sevilla", "the Patriots fell 27-24 to Houston", "a 2-1 win over Valencia",
 *  "were held 0-0 by Burnley": a score (and a result's noun) right before a preposition names the other
 *  side, a team, as a score after the name does (scoreAfter). Votes and rulings are no scores (scoreAt). */
export function scoreBefore(text: string, tk: Tokens, t0: number): boolean {
  const p = t0 - 1;
  if (p < 2 || tk.gap[t0] !== Gap.Space || tk.gap[p] !== Gap.Space || tk.flags[p] & TokFlag.Cap || !OTHER_SIDE.at(tk, p)) return false;
  const noun = tk.gap[p - 1] === Gap.Space && !(tk.flags[p - 1] & TokFlag.Cap) && RESULT_NOUNS.at(tk, p - 1);
  const s = noun ? p - 3 : p - 2;
  return s >= 0 && scoreAt(text, tk, s);
}

/** Lower-case words after a name that make it a sports league's or conference's: "the SEC championship
 *  game", "an ACC title", "Big 12 football". ("the WHO team" says nothing: "team" is not among them.) */
const LEAGUE_AFTER = new WordSet('championship championships title titles tournament tournaments football basketball baseball softball volleyball opener rival rivals coach coaches'.split(' '));

/** "the SEC championship game", "All-SEC": an acronym that is a league's or a conference's here, not
 *  the agency or firm of the same letters. */
export function leagueAcronym(text: string, tk: Tokens, t0: number, t1: number): boolean {
  if (t1 < tk.count && tk.gap[t1] === Gap.Space && !(tk.flags[t1] & TokFlag.Cap) && LEAGUE_AFTER.at(tk, t1)) return true;
  return t0 > 0 && tk.start[t0] - tk.end[t0 - 1] === 1 && text.charCodeAt(tk.end[t0 - 1]) === 45 && tk.keyIs(t0 - 1, 'all');
}

const SQUAD = new WordSet('team teams side squad eleven xi'.split(' '));

/** "the Republic of Ireland national team", "Japan's national rugby team": 0 = no; 1 = a national team of
 *  football or of no sport said; 2 = of another sport (not ours: the index holds football's only). */
export function nationalTeamAfter(tk: Tokens, t1: number): 0 | 1 | 2 {
  if (t1 + 1 >= tk.count || tk.gap[t1] !== Gap.Space || tk.flags[t1] & TokFlag.Cap || !tk.keyIs(t1, 'national') || tk.gap[t1 + 1] !== Gap.Space) return 0;
  if (SQUAD.at(tk, t1 + 1)) return 1;
  const sport = t1 + 1;
  if (!(sport + 1 < tk.count && tk.gap[sport + 1] === Gap.Space && SQUAD.at(tk, sport + 1))) return 0;
  if (FOOTBALL_WORDS.at(tk, sport) || tk.keyIs(sport, 'football')) return 1;
  return OTHER_SPORT_WORDS.at(tk, sport) || LOCAL_WORDS.at(tk, sport) ? 2 : 0;
}

/** "Colorado defeated Nebraska … and won the Big 12 title": the side a named side beats is a team too,
 *  where a word of sport is near ("Britain defeated Germany in 1940" has none). The verb in lower case,
 *  a capitalized name right before it; a word only sport uses, or a contest's ("title", "season"),
 *  within ten tokens. */
export function beatenByName(tk: Tokens, t0: number, t1: number): boolean {
  const v = t0 - 1;
  if (v < 1 || tk.gap[t0] !== Gap.Space || tk.gap[v] !== Gap.Space || tk.flags[v] & TokFlag.Cap || !BEATS.at(tk, v)) return false;
  if (!(tk.flags[v - 1] & TokFlag.Cap) || !(tk.flags[v - 1] & TokFlag.Alpha)) return false;
  const a = Math.max(0, v - 10);
  const b = Math.min(tk.count, t1 + 10);
  for (let t = a; t < b; t++) {
    if (t === v || (t >= t0 && t < t1) || !ANY_SIGNAL_WORD.at(tk, t)) continue;
    if (SPORTS_WORDS.at(tk, t) || FOOTBALL_WORDS.at(tk, t) || OTHER_SPORT_WORDS.at(tk, t) || CONTEST_WORDS.at(tk, t)) return true;
  }
  return false;
}
/** Match words war and politics do not use ("won", "victory" they do: "Ukraine defeated Russia … and won"). */
const CONTEST_WORDS = new WordSet('title titles season championship final finals match matches points unbeaten champions qualifying'.split(' '));

/** Verbs of a player trade: teams trade players; towns and countries do not. */
const TRADES = new WordSet('trade trades traded trading deal deals dealt'.split(' '));
/** Forms that are only verbs: "the Iran deal Trump abandoned", "the China trade Deal" are nouns. */
const TRADED = new WordSet('traded trading dealt'.split(' '));
const TRADED_ONE = new WordSet('him her them'.split(' '));
const BE_FORMS = new WordSet('was were been is be being'.split(' '));

/** A player as a trade's object at token t: "him", or a capitalized name of one or two words. Returns
 *  the token after it, or -1. */
function tradedPlayer(tk: Tokens, t: number): number {
  if (t >= tk.count || tk.gap[t] !== Gap.Space) return -1;
  if (TRADED_ONE.at(tk, t)) return t + 1;
  if (!(tk.flags[t] & TokFlag.Cap) || !(tk.flags[t] & TokFlag.Alpha)) return -1;
  return t + 1 < tk.count && tk.gap[t + 1] === Gap.Space && (tk.flags[t + 1] & TokFlag.Cap) !== 0 && (tk.flags[t + 1] & TokFlag.Alpha) !== 0 ? t + 2 : t + 1;
}

/** "Toronto traded him to Chicago", "trade Travis Toomey to Seattle", "was dealt to Boston": both sides of
 *  a player trade are teams. The verb in lower case, then a player (or a form of "be" before it) and
 *  "to" right before the place; or the place right before the verb and a player after it. */
export function playerTrade(tk: Tokens, t0: number, t1: number): boolean {
  if (t1 + 1 < tk.count && tk.gap[t1] === Gap.Space && !(tk.flags[t1] & TokFlag.Cap) && TRADED.at(tk, t1) && tradedPlayer(tk, t1 + 1) > 0) return true;
  const to = t0 - 1;
  if (to < 2 || tk.gap[t0] !== Gap.Space || tk.gap[to] !== Gap.Space || !tk.keyIs(to, 'to')) return false;
  // "was traded to", "been dealt to".
  if (!(tk.flags[to - 1] & TokFlag.Cap) && TRADES.at(tk, to - 1) && tk.gap[to - 1] === Gap.Space && BE_FORMS.at(tk, to - 2)) return true;
  // "traded him to", "trade Travis Toomey to".
  for (let v = to - 2; v >= 0 && v >= to - 3; v--) {
    if (!(tk.flags[v] & TokFlag.Cap) && TRADES.at(tk, v) && tradedPlayer(tk, v + 1) === to) return true;
  }
  return false;
}

/** Nouns only a team has: a town has no bullpen, a country no backcourt, and "Texas fans" are a team's
 *  (or a character's: "Batman fans"), not the state's ("defense", "attack", "rotation" and "supporters"
 *  are a country's or the Earth's too, and are left out). */
const TEAM_NOUNS = new WordSet(
  ('bullpen bullpens lineup lineups roster rosters offense offence backcourt frontcourt midfield backline outfield ' +
    'infield goaltending defensemen linebackers quarterbacks receivers strikers midfielders fans').split(' '),
);

/** "Seattle's bullpen blew the lead", "the Toronto lineup": a place, a possessive or not, then a noun only
 *  a team has, in lower case, names the team. */
export function teamNounAfter(tk: Tokens, t1: number): boolean {
  if (internationalAfter(tk, t1)) return true;
  let n = t1;
  if (n < tk.count && tk.gap[n] === Gap.Apos && tk.keyIs(n, 's')) n++;
  if (!(n < tk.count && tk.gap[n] === Gap.Space && !(tk.flags[n] & TokFlag.Cap) && TEAM_NOUNS.at(tk, n))) return false;
  // "Russia fans fears of war", "Iran fans the flames": "fans" is a verb there.
  return !(n === t1 && tk.keyIs(n, 'fans') && n + 1 < tk.count && tk.gap[n + 1] === Gap.Space && !(tk.flags[n + 1] & TokFlag.Cap) && (tk.keyIs(n + 1, 'the') || FANNED.at(tk, n + 1)));
}
/** Words after "<country> international" that make "international" the noun, a player capped by the
 *  country's team: "the Wales international Gareth Bale", "the Ireland international was injured". */
const AFTER_INTERNATIONAL = new WordSet('was is has had will who would could said joined signed scored made earned'.split(' '));

/** "the Ireland international", "a former England international": "international" in lower case as a
 *  noun (then a name, a verb, or the clause's end); "the US international community", "Japan
 *  international airport" are adjectives before a noun. */
function internationalAfter(tk: Tokens, t1: number): boolean {
  if (!(t1 < tk.count && tk.gap[t1] === Gap.Space && !(tk.flags[t1] & TokFlag.Cap) && (tk.keyIs(t1, 'international') || tk.keyIs(t1, 'internationals')))) return false;
  const n = t1 + 1;
  if (n >= tk.count || tk.gap[n] !== Gap.Space) return true;
  return (tk.flags[n] & TokFlag.Cap) !== 0 || AFTER_INTERNATIONAL.at(tk, n);
}

/** What a country or a leader fans: "fans fears", "fans tensions". */
const FANNED = new WordSet('fears fear flames tensions tension speculation hopes concerns worries anger rumors rumours talk unrest hatred violence'.split(' '));

/** Verbs in the plural (or only plural) a team takes in British English: a town or a country takes the
 *  singular ("Italy is", "Leeds has"). Not "lead", "trail" (nouns: "Flint lead pipes", "Oregon trail") or
 *  "host" (a host country is the place). */
const PLURAL_VERBS = new WordSet(
  ('are were have aren weren haven travel face need play meet welcome visit sit remain go come ' +
    'look take make know head hold boast').split(' '),
);
/** Words between a subject and "their" that are no verb of it: "Italy and their allies", "Japan with their". */
const NOT_VERBS = new WordSet('and or with without for of to from in on at by than'.split(' '));
/** Words that open a clause whose subject may follow: "while Leeds travel to Newcastle". */
const CLAUSE_OPENERS = new WordSet('while but as when after before whereas though although since'.split(' '));

/** "Italy are through to the final", "while Leeds travel to Newcastle", "India need 120 runs", "Brighton
 *  sacked their manager": a place as a clause's subject with a plural verb, or a verb and "their", is a team. Names in the plural ("the Netherlands are",
 *  "the Philippines have") and subjects joined by "and" ("Paris and London are") are left out. */
export function pluralVerbAfter(tk: Tokens, t0: number, t1: number): boolean {
  if (t1 >= tk.count || tk.gap[t1] !== Gap.Space || tk.flags[t1] & TokFlag.Cap) return false;
  // "Brighton sacked their manager": a verb, then "their" (a town or a country is "its").
  const their = t1 + 1 < tk.count && tk.gap[t1 + 1] === Gap.Space && tk.keyIs(t1 + 1, 'their') && (tk.flags[t1] & TokFlag.Alpha) !== 0 && !NOT_VERBS.at(tk, t1);
  if (!their && !PLURAL_VERBS.at(tk, t1)) return false;
  // "The Netherlands are", "the Philippines have": a name in the plural takes "the".
  if (tk.keyIs(t0, 'the') || (t0 > 0 && tk.keyIs(t0 - 1, 'the'))) return false;
  if (tk.flags[t0] & TokFlag.SentStart) return true;
  return t0 > 0 && tk.gap[t0] === Gap.Space && !(tk.flags[t0 - 1] & TokFlag.Cap) && CLAUSE_OPENERS.at(tk, t0 - 1);
}

type Opt = { entity: number; partialOnly: boolean };

/** Every full option of the candidate is a team (a nickname: "Broncos", "Royals", "Warriors"). */
function teamsOnly(opts: readonly Opt[], ents: ArrayLike<CompiledEntity>): boolean {
  let any = false;
  for (const o of opts) {
    if (o.partialOnly) continue;
    if (!isTeam(ents[o.entity])) return false;
    any = true;
  }
  return any;
}

/** "the Brisbane Broncos", "the Rajasthan Royals", "Wigan Warriors": a team's nickname right after a
 *  place names that place's team, not the index's team of another city ("Denver Broncos" is matched
 *  whole, "Denver's Broncos" has a possessive between). `k` = the nickname's candidate. */
export function nicknameAfterPlace(tk: Tokens, cands: readonly { t0: number; t1: number }[], options: readonly (readonly Opt[])[], ents: ArrayLike<CompiledEntity>, k: number): boolean {
  const p = spanRightBefore(tk, cands, k);
  return p >= 0 && teamsOnly(options[k], ents) && options[p].some((o) => !o.partialOnly && ents[o.entity].type === 'place');
}

/** The place of such a pair: "Brisbane" in "the Brisbane Broncos" is part of a team's name. `k` = the
 *  place's candidate. */
export function placeBeforeNickname(tk: Tokens, cands: readonly { t0: number; t1: number }[], options: readonly (readonly Opt[])[], ents: ArrayLike<CompiledEntity>, k: number): boolean {
  for (let j = k + 1; j < cands.length && j <= k + 3; j++) {
    if (cands[j].t0 !== cands[k].t1) continue;
    if (spanRightBefore(tk, cands, j) === k && teamsOnly(options[j], ents)) return true;
  }
  return false;
}

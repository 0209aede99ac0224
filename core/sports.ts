/**
 * Sports reports name teams after places: "Japan beat Syria 2-1", "Barcelona drew", "MIAMI (AP) — the
 * Heat". In a sports story a bare place name is read as a team: linked to the team when the index holds
 * one (subtype sports-team / national-team / club), else left unmarked; never the country or city,
 * unless the words say place ("in Barcelona", "Columbus, Ohio", "Chicago-based").
 */
import { TokFlag, WordSet, type Tokens } from './tokenize';
import type { CompiledEntity } from './types';

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

/** A score: "2-1", "3–0", "27-24" (not a year range: each side at most three digits, no 4-digit sides). */
const SCORE = /(?<![\d$£€.,:/-])\d{1,3}\s?[-–]\s?\d{1,3}(?![\d%.,:/-]|\s?(?:percent|per cent|million|billion|years?|months?|days?|hours?|minutes?|vote|votes|majority|ruling|decision))/g;

export interface SportsSignal {
  words: number;
  scores: number;
  sports: boolean;
}

/** Is this text a sports story? Distinct match-report words and scores, counted once per text. */
export function sportsSignal(text: string, tk: Tokens): SportsSignal {
  const strong = new Set<string>();
  const weak = new Set<string>();
  for (let t = 0; t < tk.count; t++) {
    if (!(tk.flags[t] & TokFlag.Alpha)) continue;
    if (SPORTS_WORDS.at(tk, t)) strong.add(tk.key(t));
    else if (WEAK_WORDS.at(tk, t)) weak.add(tk.key(t));
  }
  const scores = Math.min(20, (text.match(SCORE) ?? []).length);
  const words = strong.size + weak.size;
  // Words like "win", "title", "points" occur in politics too: a story needs words only sports use,
  // and either several of them or scores or match words besides.
  const sports = (strong.size >= 2 && scores >= 1) || (strong.size >= 3 && weak.size >= 3) || strong.size >= 6;
  return { words, scores, sports };
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
const LOCAL_WORDS = new WordSet('football soccer basketball hockey baseball rugby cricket nfl nba nhl mlb ncaa playoff playoffs quarterback touchdown coach squad striker'.split(' '));

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

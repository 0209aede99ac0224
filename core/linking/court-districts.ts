/**
 * A state inside a federal court district's name (issue 12, "a fragment of a longer name"): "the U.S.
 * District Court for the District of Connecticut", "the Northern District of California", "the Southern
 * District in Ohio". The district is the court's (or the U.S. attorney's) territory, named after the state
 * but not the state's card; the index holds a few whole ("Southern District of New York"), not the ninety.
 * Token probes only.
 */
import { Gap, TokFlag, WordSet, type Tokens } from './tokenize';

/** The words that divide a state into federal districts. */
const DISTRICT_SIDES = new WordSet('northern southern eastern western middle central'.split(' '));
/** Words a few tokens before "the District of" that make it a court's. */
const COURT_WORDS = new WordSet('court courts attorney attorneys judge prosecutors'.split(' '));

/** The span starting at t0 follows "<Side> District of|in" or "<court …> the District of", "District"
 *  capitalized. */
export function courtDistrictBefore(tk: Tokens, t0: number): boolean {
  const d = t0 - 2;
  if (d < 1 || tk.gap[t0] !== Gap.Space || tk.gap[t0 - 1] !== Gap.Space || tk.flags[t0 - 1] & TokFlag.Cap) return false;
  if (!tk.keyIs(d, 'district') || !(tk.flags[d] & TokFlag.Cap)) return false;
  const of = tk.keyIs(t0 - 1, 'of');
  if (!of && !tk.keyIs(t0 - 1, 'in')) return false;
  if (tk.gap[d] !== Gap.Space) return false;
  if (DISTRICT_SIDES.at(tk, d - 1) && (tk.flags[d - 1] & TokFlag.Cap) !== 0) return true;
  if (!of || !tk.keyIs(d - 1, 'the')) return false;
  for (let t = d - 2; t >= 0 && t >= d - 5; t--) if (COURT_WORDS.at(tk, t)) return true;
  return false;
}

import { describe, expect, it } from 'vitest';
import { hoverReducer, IDLE, phaseOf, type HoverEvent, type HoverState } from '../../entrypoints/content/hover-state';

const same = (a: string, b: string) => a === b;
const mark = (target: string): HoverEvent<string> => ({ type: 'pointer', at: { kind: 'mark', target } });
const none: HoverEvent<string> = { type: 'pointer', at: { kind: 'none' } };
const card: HoverEvent<string> = { type: 'pointer', at: { kind: 'card' } };

/** Runs events from `from`; the phases passed through and every effect, by type. */
function run(events: HoverEvent<string>[], from: HoverState<string> = IDLE) {
  let state = from;
  const phases: string[] = [];
  const effects: string[] = [];
  for (const e of events) {
    const r = hoverReducer(state, e, same);
    state = r.state;
    phases.push(phaseOf(state));
    effects.push(...r.effects.map((f) => (f.type === 'open' ? `open:${f.target}` : f.type)));
  }
  return { state, phases, effects };
}

describe('hover state reducer (no DOM, no timers)', () => {
  it('goes idle → pending → open → closing → idle', () => {
    const r = run([mark('a'), { type: 'dwell-elapsed' }, none, { type: 'grace-elapsed' }]);
    expect(r.phases).toEqual(['pending', 'open', 'closing', 'idle']);
    expect(r.effects).toEqual(['cancel-dwell', 'start-dwell', 'cancel-grace', 'open:a', 'cancel-dwell', 'start-grace', 'close']);
  });

  it('staying on the pending mark changes nothing; skimming restarts the dwell', () => {
    const pending = run([mark('a')]).state;
    expect(hoverReducer(pending, mark('a'), same)).toEqual({ state: pending, effects: [] });
    const r = run([mark('b')], pending);
    expect(r.state.pending).toBe('b');
    expect(r.effects).toEqual(['cancel-dwell', 'start-dwell']);
    expect(run([none], pending).phases).toEqual(['idle']);
  });

  it('back on the card or its mark while closing keeps it open', () => {
    const closing = run([mark('a'), { type: 'dwell-elapsed' }, none]).state;
    expect(phaseOf(closing)).toBe('closing');
    for (const back of [card, mark('a')]) {
      const r = run([back], closing);
      expect(r.phases).toEqual(['open']);
      expect(r.effects).toEqual(['cancel-dwell', 'cancel-grace']);
    }
  });

  it('another mark while open: the card closes on its grace while the next one dwells', () => {
    const open = run([mark('a'), { type: 'dwell-elapsed' }]).state;
    const r = run([mark('b')], open);
    expect(r.state).toEqual({ pending: 'b', open: 'a', closing: true });
    expect(r.effects).toEqual(['cancel-dwell', 'start-dwell', 'start-grace']);
    // The grace starts once, however the pointer moves.
    expect(run([none], r.state).effects).toEqual(['cancel-dwell']);
    expect(run([{ type: 'dwell-elapsed' }], r.state).effects).toEqual(['cancel-grace', 'open:b']);
  });

  it('a card opened by keyboard is open; closed and reset forget it (reset also closes)', () => {
    const open = run([{ type: 'opened', target: 'k' }]).state;
    expect(phaseOf(open)).toBe('open');
    expect(run([{ type: 'closed' }], open)).toMatchObject({ phases: ['idle'], effects: ['cancel-dwell', 'cancel-grace'] });
    expect(run([{ type: 'reset' }], open)).toMatchObject({ phases: ['idle'], effects: ['cancel-dwell', 'cancel-grace', 'close'] });
    expect(run([{ type: 'reset' }]).effects).toEqual(['cancel-dwell', 'cancel-grace']);
  });
});

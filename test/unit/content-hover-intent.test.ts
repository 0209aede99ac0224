import { describe, expect, it, vi, beforeEach, afterEach } from 'vitest';
import { HoverIntent, GRACE_MS } from '../../entrypoints/content/hover-intent';

describe('hover intent (Page Previews timing)', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  function setup(dwellMs = 500) {
    const open = vi.fn();
    const close = vi.fn();
    const hi = new HoverIntent<string>({ dwellMs, open, close });
    return { hi, open, close };
  }

  it('opens only after the pointer dwells on one mention', () => {
    const { hi, open } = setup();
    hi.pointer({ kind: 'mark', target: 'a' });
    vi.advanceTimersByTime(499);
    expect(open).not.toHaveBeenCalled();
    hi.pointer({ kind: 'mark', target: 'a' }); // moving within the same mention keeps the dwell
    vi.advanceTimersByTime(1);
    expect(open).toHaveBeenCalledWith('a');
  });

  it('never opens while skimming across mentions', () => {
    const { hi, open } = setup();
    for (const t of ['a', 'b', 'c', 'd', 'e']) {
      hi.pointer({ kind: 'mark', target: t });
      vi.advanceTimersByTime(200);
      hi.pointer({ kind: 'none' });
      vi.advanceTimersByTime(100);
    }
    vi.advanceTimersByTime(2000);
    expect(open).not.toHaveBeenCalled();
  });

  it('keeps the card during the grace period so the pointer can reach it', () => {
    const { hi, open, close } = setup();
    hi.pointer({ kind: 'mark', target: 'a' });
    vi.advanceTimersByTime(500);
    expect(open).toHaveBeenCalledTimes(1);
    hi.pointer({ kind: 'none' });
    vi.advanceTimersByTime(GRACE_MS - 50);
    hi.pointer({ kind: 'card' });
    vi.advanceTimersByTime(1000);
    expect(close).not.toHaveBeenCalled();
    hi.pointer({ kind: 'none' });
    vi.advanceTimersByTime(GRACE_MS);
    expect(close).toHaveBeenCalledTimes(1);
    expect(hi.current).toBeNull();
  });

  it('closes after the grace when the pointer leaves for good', () => {
    const { hi, close } = setup(300);
    hi.pointer({ kind: 'mark', target: 'a' });
    vi.advanceTimersByTime(300);
    hi.pointer({ kind: 'none' });
    vi.advanceTimersByTime(GRACE_MS - 1);
    expect(close).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(close).toHaveBeenCalledTimes(1);
  });

  it('switches to another mention after a dwell on it', () => {
    const { hi, open, close } = setup(500);
    hi.pointer({ kind: 'mark', target: 'a' });
    vi.advanceTimersByTime(500);
    hi.pointer({ kind: 'mark', target: 'b' });
    vi.advanceTimersByTime(GRACE_MS);
    expect(close).toHaveBeenCalledTimes(1); // the old card does not linger over the new mention
    vi.advanceTimersByTime(500 - GRACE_MS);
    expect(open).toHaveBeenLastCalledWith('b');
  });

  it('a card opened by keyboard is not closed by a dwell timer', () => {
    const { hi, close } = setup();
    hi.markOpen('k');
    expect(hi.current).toBe('k');
    hi.closed();
    vi.advanceTimersByTime(5000);
    expect(close).not.toHaveBeenCalled();
    expect(hi.current).toBeNull();
  });
});

import { describe, expect, it, vi } from 'vitest';
import { parseHTML } from 'linkedom';
import { PageWatcher, type Batch } from '../../entrypoints/content/observer';

function setup() {
  const { document } = parseHTML(
    '<html><body><header><span id="clock">10:00</span></header><article id="root"><p>The Taliban took Kabul.</p></article><div id="feed"></div></body></html>',
  );
  const doc = document as unknown as Document;
  const batches: Batch[] = [];
  const root = doc.getElementById('root')!;
  const w = new PageWatcher(doc, { ours: (n) => (n as Element).localName === 'backstory-card', root: () => root, onBatch: (b) => batches.push(b) });
  w.start();
  return { doc, root, batches, w };
}

describe('page watcher', () => {
  it('batches article changes into one rescan', async () => {
    const { doc, root, batches, w } = setup();
    for (let i = 0; i < 5; i++) {
      const p = doc.createElement('p');
      p.textContent = `Paragraph ${i} about Kabul.`;
      root.appendChild(p);
    }
    await vi.waitFor(() => expect(batches).toHaveLength(1), { timeout: 3000 });
    expect(batches[0].rescan).toBe(true);
    w.stop();
  });

  it('ignores small text changes outside the article and our own host', async () => {
    const { doc, batches, w } = setup();
    doc.getElementById('clock')!.textContent = '10:01';
    doc.documentElement.appendChild(doc.createElement('backstory-card'));
    // A later, real change flushes whatever was collected: the clock and host add no rescan of their own.
    const big = doc.createElement('section');
    big.textContent = 'A new story loaded by infinite scroll. '.repeat(5);
    doc.getElementById('feed')!.appendChild(big);
    await vi.waitFor(() => expect(batches.length).toBeGreaterThan(0), { timeout: 3000 });
    expect(batches).toHaveLength(1);
    expect(batches[0].rescan).toBe(true); // the long new text, not the clock
    w.stop();
  });

  it('removed nodes ask for validation', async () => {
    const { root, batches, w } = setup();
    root.firstElementChild!.remove();
    await vi.waitFor(() => expect(batches).toHaveLength(1), { timeout: 3000 });
    expect(batches[0].validate).toBe(true);
    w.stop();
  });
});

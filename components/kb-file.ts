/**
 * Reads the binary index shipped in the extension (kb/index.bin.gz, see core/kb/kb-format.ts): fetch
 * from the package, inflate natively (DecompressionStream), hand the bytes over as they are.
 * Shared by the background and the options page.
 */
import { browser } from 'wxt/browser';
import { KbFormatError } from '../core/kb/kb-format';

export const INDEX_PATH = '/kb/index.bin.gz';

export async function fetchIndexBytes(): Promise<Uint8Array> {
  // An extension URL (chrome-extension://…/kb/…): read from the package, not the network.
  const url = (browser.runtime.getURL as (p: string) => string)(INDEX_PATH);
  const res = await fetch(url);
  if (!res.ok || !res.body) throw new Error(`Backstory: cannot read ${INDEX_PATH} (${res.status})`);
  try {
    return new Uint8Array(await new Response(res.body.pipeThrough(new DecompressionStream('gzip'))).arrayBuffer());
  } catch (err) {
    // A damaged gzip fails the same way every time: the caller treats it as a damaged index.
    throw new KbFormatError(`${INDEX_PATH} does not inflate (${err instanceof Error ? err.message : String(err)})`);
  }
}

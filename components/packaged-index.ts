/**
 * Reads the knowledge-base index shipped inside the extension. Only its gzip ships
 * (`kb/index.json.gz`, written by scripts/data/lib/write-kb.ts; wxt.config.ts leaves the plain copy
 * out of the packages): reading the smaller file and inflating it natively is about twice as fast,
 * and one copy keeps the package small. DecompressionStream is in every browser the manifests allow
 * (Chrome 80+, Firefox 113+). A packaged file: no network.
 */
export const PACKAGED_INDEX = '/kb/index.json.gz';

/** `url` turns a package path into the extension's URL (browser.runtime.getURL). */
export async function fetchPackagedIndex(url: (path: string) => string): Promise<unknown> {
  const res = await fetch(url(PACKAGED_INDEX));
  if (!res.ok || !res.body) throw new Error(`Backstory: cannot read ${PACKAGED_INDEX} (${res.status})`);
  return JSON.parse(await new Response(res.body.pipeThrough(new DecompressionStream('gzip'))).text());
}

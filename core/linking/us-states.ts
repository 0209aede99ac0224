/** US states' Wikidata ids by postal code: the index keys the states by them (they were
 *  `geonames-admin1:US.<code>` before the regions got their QIDs, which old indexes still use). The
 *  data importer reads the same table (scripts/data/importers/place-qid-table.ts). */
export const US_STATE_QIDS: Record<string, string> = {
  CA: 'Q99', TX: 'Q1439', FL: 'Q812', NY: 'Q1384', IL: 'Q1204', PA: 'Q1400', OH: 'Q1397', GA: 'Q1428', MI: 'Q1166', NC: 'Q1454',
  VA: 'Q1370', WA: 'Q1223', AZ: 'Q816', MA: 'Q771', CO: 'Q1261', LA: 'Q1588', AL: 'Q173', AK: 'Q797', HI: 'Q782', OR: 'Q824',
  NV: 'Q1227', UT: 'Q829', KY: 'Q1603', TN: 'Q1509', MN: 'Q1527', WI: 'Q1537', MO: 'Q1581', IN: 'Q1415', MD: 'Q1391', NJ: 'Q1408',
  SC: 'Q1456', IA: 'Q1546', KS: 'Q1558', OK: 'Q1649', AR: 'Q1612', MS: 'Q1494', NE: 'Q1553', NM: 'Q1522', ID: 'Q1221', MT: 'Q1212',
  WY: 'Q1214', ND: 'Q1207', SD: 'Q1211', ME: 'Q724', NH: 'Q759', VT: 'Q16551', RI: 'Q1387', CT: 'Q779', DE: 'Q1393', WV: 'Q1371',
};

/** The index's id for the state with this postal code: its QID, or the GeoNames key of an older index. */
export function usStateIds(code: string): string[] {
  const q = US_STATE_QIDS[code];
  return q ? [q, `geonames-admin1:US.${code}`] : [`geonames-admin1:US.${code}`];
}

let codeById: Map<string, string> | undefined;
/** The postal code of the US state with this index id ("Q724" → "ME"), or undefined. */
export function usStateCode(id: string): string | undefined {
  if (!codeById) {
    codeById = new Map();
    for (const code of Object.keys(US_STATE_QIDS)) for (const i of usStateIds(code)) codeById.set(i, code);
  }
  return codeById.get(id);
}

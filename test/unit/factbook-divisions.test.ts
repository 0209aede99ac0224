import { describe, expect, it } from 'vitest';
import { cardKind, kindOf, parseDivisions, sameLevel, singularKind, TOWN_KINDS } from '../../scripts/data/importers/factbook-divisions';

describe('factbook divisions: what a country calls each first-order division', () => {
  it('reads kinds tied to names by stars', () => {
    const k = parseDivisions('3 states and 1 district*; Alpha, Beta, Capital District*, Gamma');
    expect(kindOf(k, 'Beta')).toBe('state');
    expect(kindOf(k, 'Capital District')).toBe('district');
    expect(kindOf(k, 'Delta')).toBeUndefined();
  });

  it('reads headed lists, and spellings in parentheses and after a slash', () => {
    const k = parseDivisions('2 provinces (<em>x</em>), 1 autonomous region <br><br><strong>provinces:</strong> Nordland (Northland), Berne/Bern; <strong>autonomous regions:</strong> Qu&eacute;bec');
    expect(kindOf(k, 'Northland')).toBe('province');
    expect(kindOf(k, 'Bern')).toBe('province');
    expect(kindOf(k, 'Québec')).toBe('autonomous region');
  });

  it('skips parentheses in the head, nested ones and semicolons inside them too', () => {
    const k = parseDivisions('2 governorates (<em>a</em>, singular - <em>b </em>(Arabic); c (Kurdish)); Al Alpha; Beta (Betta)');
    expect(kindOf(k, 'Al Alpha')).toBe('governorate');
    expect(kindOf(k, 'Betta')).toBe('governorate');
  });

  it('accepts a kind word GeoNames adds only when it is the listed kind', () => {
    const k = parseDivisions('2 states and 1 chartered city*; Rivers, Davao*, Niger');
    expect(kindOf(k, 'Rivers State')).toBe('state');
    expect(kindOf(k, 'Davao Region')).toBeUndefined();
    expect(kindOf(parseDivisions('2 provinces; Kyivia, Lvivia'), 'Kyivia Oblast')).toBe('province');
  });

  it('drops a name listed under two kinds, and gives nothing for a text it cannot read', () => {
    const k = parseDivisions('1 oblast, 1 federal city <br><br><strong>oblasts:</strong> Moskva; <strong>federal cities:</strong> Moskva, Piter');
    expect(kindOf(k, 'Moskva')).toBeUndefined();
    expect(kindOf(k, 'Piter')).toBe('federal city');
    expect(parseDivisions('<strong>England:</strong> 24 two-tier counties').size).toBe(0);
    expect(parseDivisions('none officially; the territory is disputed').size).toBe(0);
  });

  it('makes kind words singular', () => {
    expect(singularKind('municipalities')).toBe('municipality');
    expect(singularKind('union territories')).toBe('union territory');
    expect(singularKind('parishes')).toBe('parish');
    expect(singularKind('cantons')).toBe('canton');
    expect(parseDivisions('16 provinces or voivodships; Alpha').get('alpha')).toBe('province');
  });
});

describe('factbook divisions: German spellings', () => {
  it('meets a name written with ue for ü', () => {
    expect(kindOf(parseDivisions('2 cantons; Zuerich, Bern'), 'Zürich')).toBe('canton');
    expect(kindOf(parseDivisions('2 cantons; Zuerich, Bern'), 'Zurich')).toBe('canton');
  });
});

describe('factbook divisions: what a card may say (review)', () => {
  it('names a division by a short kind, never by who administers it', () => {
    expect(cardKind('union territory')).toBe('union territory');
    expect(cardKind('ethnically based regional state')).toBeUndefined();
    expect(cardKind('pakistan-administered area')).toBeUndefined();
  });
  it('knows the kinds that are one town', () => {
    for (const k of ['city', 'municipality', 'urban municipality', 'locality', 'commune', 'borough', 'town council']) expect(TOWN_KINDS.test(k)).toBe(true);
    for (const k of ['canton', 'province', 'state', 'autonomous region', 'county']) expect(TOWN_KINDS.test(k)).toBe(false);
  });
  it('takes a country\'s kinds only where the Factbook lists the level GeoNames has', () => {
    const municipalities = parseDivisions('4 rural municipalities; Alpha, Beta, Gamma, Hiiu');
    expect(sameLevel(municipalities, ['Hiiu County', 'Harju', 'Tartu', 'Parnu'])).toBe(false);
    expect(sameLevel(parseDivisions('3 states; Alpha, Beta, Gamma'), ['Alpha', 'Beta', 'Delta'])).toBe(true);
  });
});

describe('factbook divisions: an English name in brackets', () => {
  it('reads it ("Cataluña (Castilian), Catalunya (Catalan) [Catalonia]")', () => {
    const k = parseDivisions('2 autonomous communities and 1 autonomous city*; Aragon; Cataluña (Castilian), Catalunya (Catalan) [Catalonia]; Ceuta*');
    expect(kindOf(k, 'Catalonia')).toBe('autonomous community');
    expect(kindOf(k, 'Ceuta')).toBe('autonomous city');
  });
});

/** A small hand-made index shared by the matcher/resolver unit tests. */
import { AliasFlag, type CompiledEntity, type KbIndex } from '../../core/types';

const { CommonWord: CW, CaseSensitive: CS, Partial: P, Primary: PR } = AliasFlag;

type Row = [CompiledEntity, [string, number][]];

const rows: Row[] = [
  [{ id: 'Q889', type: 'place', subtype: 'country', name: 'Afghanistan', prominence: 0.8, country: 'AF' }, [['Afghanistan', PR], ['Afghan', 0]]],
  [{ id: 'Q5838', type: 'place', subtype: 'city', name: 'Kabul', prominence: 0.7, country: 'AF', related: ['Q889'] }, [['Kabul', PR]]],
  [{ id: 'Q42000', type: 'organization', subtype: 'armed-group', name: 'Taliban', prominence: 0.8, country: 'AF', related: ['Q889'] }, [['Taliban', PR], ['the Taliban', 0]]],
  [{ id: 'Q34490', type: 'organization', name: 'al-Qaeda', prominence: 0.7 }, [['al-Qaeda', PR], ['Al Qaida', 0]]],
  [{ id: 'Q458', type: 'organization', subtype: 'igo', name: 'European Union', prominence: 0.9 }, [['European Union', PR], ['EU', CS]]],
  [{ id: 'Q8896', type: 'organization', subtype: 'eu-body', name: 'European Council', prominence: 0.6, related: ['Q458'] }, [['European Council', PR], ['EU Council', 0]]],
  [{ id: 'Q7817', type: 'organization', subtype: 'igo', name: 'World Health Organization', prominence: 0.8 }, [['World Health Organization', PR], ['WHO', CS]]],
  [{ id: 'Q30', type: 'place', subtype: 'country', name: 'United States', prominence: 1, country: 'US' }, [['United States', PR], ['US', CS], ['U.S.', CS], ['America', 0]]],
  [{ id: 'Q166032', type: 'organization', subtype: 'news-outlet', name: 'The Washington Post', prominence: 0.7, country: 'US' }, [['The Washington Post', PR]]],
  [{ id: 'Q61', type: 'place', subtype: 'city', name: 'Washington, D.C.', prominence: 0.8, country: 'US', related: ['Q30'] }, [['Washington, D.C.', PR], ['Washington', 0]]],
  [{ id: 'Q1223', type: 'place', subtype: 'state', name: 'Washington', prominence: 0.6, country: 'US', related: ['Q30'] }, [['Washington', PR], ['Washington State', 0]]],
  [{ id: 'Q23', type: 'person', name: 'George Washington', prominence: 0.8, country: 'US' }, [['George Washington', PR], ['Washington', P]]],
  [{ id: 'Q230', type: 'place', subtype: 'country', name: 'Georgia', prominence: 0.6, country: 'GE' }, [['Georgia', PR]]],
  [{ id: 'Q1428', type: 'place', subtype: 'state', name: 'Georgia', prominence: 0.6, country: 'US', related: ['Q30', 'Q23556'] }, [['Georgia', PR]]],
  [{ id: 'Q23556', type: 'place', subtype: 'city', name: 'Atlanta', prominence: 0.6, country: 'US', related: ['Q1428'] }, [['Atlanta', PR]]],
  [{ id: 'Q994', type: 'place', subtype: 'city', name: 'Tbilisi', prominence: 0.5, country: 'GE', related: ['Q230'] }, [['Tbilisi', PR]]],
  [{ id: 'Q657', type: 'place', subtype: 'country', name: 'Chad', prominence: 0.5, country: 'TD' }, [['Chad', PR | CW]]],
  [{ id: 'Q33959', type: 'place', subtype: 'city', name: 'Nice', prominence: 0.5, country: 'FR' }, [['Nice', PR | CW]]],
  [{ id: 'Q142', type: 'place', subtype: 'country', name: 'France', prominence: 0.9, country: 'FR' }, [['France', PR]]],
  [{ id: 'Q3556', type: 'person', name: 'Ahmad Massoud', prominence: 0.4, country: 'AF', related: ['Q191955'] }, [['Ahmad Massoud', PR], ['Massoud', P]]],
  [{ id: 'Q191955', type: 'person', name: 'Ahmad Shah Massoud', prominence: 0.6, country: 'AF', related: ['Q3556'] }, [['Ahmad Shah Massoud', PR], ['Massoud', P], ['Lion of Panjshir', 0]]],
  [{ id: 'Q2390', type: 'person', name: 'Amrullah Saleh', prominence: 0.4, country: 'AF' }, [['Amrullah Saleh', PR], ['Saleh', P]]],
  [{ id: 'Q60772', type: 'person', name: 'Ursula von der Leyen', prominence: 0.8, country: 'DE' }, [['Ursula von der Leyen', PR], ['von der Leyen', P]]],
  [{ id: 'Q2', type: 'person', name: 'Charles Michel', prominence: 0.7, country: 'BE' }, [['Charles Michel', PR], ['Michel', P]]],
  [{ id: 'Q3', type: 'place', subtype: 'town', name: 'Michel', prominence: 0.05, country: 'CA' }, [['Michel', PR]]],
  [{ id: 'Q180773', type: 'place', subtype: 'valley', name: 'Panjshir Valley', prominence: 0.4, country: 'AF', related: ['Q889', 'Q183'] }, [['Panjshir Valley', PR], ['Panjshir', 0], ['Panjsher Valley', 0]]],
  [{ id: 'Q183', type: 'place', subtype: 'province', name: 'Panjshir Province', prominence: 0.3, country: 'AF', related: ['Q889', 'Q180773'] }, [['Panjshir Province', PR], ['Panjshir', 0]]],
  [{ id: 'Q810', type: 'place', subtype: 'country', name: 'Jordan', prominence: 0.6, country: 'JO' }, [['Jordan', PR]]],
  [{ id: 'Q41421', type: 'person', name: 'Michael Jordan', prominence: 0.8, country: 'US' }, [['Michael Jordan', PR], ['Jordan', P]]],
  [{ id: 'Q11', type: 'person', name: 'Jordan Henderson', prominence: 0.5, country: 'GB' }, [['Jordan Henderson', PR], ['Henderson', P]]],
  [{ id: 'Q15031', type: 'person', name: 'Xi Jinping', prominence: 1, country: 'CN' }, [['Xi Jinping', PR], ['President Xi', 0]]],
  [{ id: 'Q6279', type: 'person', name: 'Joe Biden', prominence: 1, country: 'US' }, [['Joe Biden', PR], ['Biden', P]]],
  [{ id: 'Q22686', type: 'person', name: 'Donald Trump', prominence: 1, country: 'US' }, [['Donald Trump', PR], ['President Trump', 0], ['Trump', P]]],
  [{ id: 'Q8646', type: 'place', subtype: 'territory', name: 'Hong Kong', prominence: 0.6, country: 'HK' }, [['Hong Kong', PR]]],
  [{ id: 'geonames:1819729', type: 'place', subtype: 'city', name: 'Hong Kong', prominence: 1, country: 'HK' }, [['Hong Kong', PR]]],
  [{ id: 'geonames:169577', type: 'place', subtype: 'city', name: 'Homs', prominence: 0.56, country: 'SY' }, [['Homs', PR]]],
  [{ id: 'geonames-admin1:SY.11', type: 'place', subtype: 'region', name: 'Homs', prominence: 0.3, country: 'SY' }, [['Homs', PR]]],
  [{ id: 'Q10225', type: 'organization', subtype: 'party', name: 'Indian National Congress', prominence: 0.7, country: 'IN' }, [['Indian National Congress', PR], ['INC', CS]]],
  [{ id: 'geonames:5140405', type: 'place', subtype: 'city', name: 'Syracuse', prominence: 0.5, country: 'US' }, [['Syracuse', PR]]],
  [{ id: 'Q2284361', type: 'organization', subtype: 'party', name: 'Modernist Party', prominence: 0.9, country: 'CN' }, [['Modernist Party', PR], ['Chinese', 0]]],
  [{ id: 'Q7', type: 'place', subtype: 'village', name: 'Tiny', prominence: 0.01, country: 'PL' }, [['Kolo', PR]]],
  [{ id: 'Q8', type: 'place', subtype: 'region', name: 'São Paulo', prominence: 0.7, country: 'BR' }, [['São Paulo', PR]]],
  [{ id: 'Q9', type: 'organization', name: 'National Resistance Front of Afghanistan', prominence: 0.3, country: 'AF', related: ['Q889'] }, [['National Resistance Front of Afghanistan', PR], ['National Resistance Front', 0]]],
  [{ id: 'Q8673', type: 'place', subtype: 'city', name: 'Lagos', prominence: 0.6, country: 'NG' }, [['Lagos', PR]]],
  [{ id: 'Q10', type: 'organization', name: 'Nigerian Rugby Federation', prominence: 0.1, country: 'NG' }, [['Nigerian Rugby Federation', PR], ['NRF', CS]]],
];

export const entities = rows.map((r) => r[0]);

/** The small index, with `extra` rows (an entity and its aliases with their flags) after its own;
 *  an extra row with the id of one of its own replaces it. */
export function smallIndex(extra: Row[] = []): KbIndex {
  const ids = new Set(extra.map((r) => r[0].id));
  const all = [...rows.filter((r) => !ids.has(r[0].id)), ...extra];
  const aliases: [string, number, number][] = [];
  all.forEach(([, as], i) => as.forEach(([a, f]) => aliases.push([a, i, f])));
  return { version: 'test', builtAt: '2026-01-01T00:00:00Z', entities: all.map((r) => r[0]), aliases, shardCount: 1, credits: [] };
}

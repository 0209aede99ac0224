/**
 * Wikidata ids (CC0) of the places news names most, which no shared source ties to GeoNames (Paris,
 * Los Angeles and the US states are missing from Wikilinker, and NSI lists few big-city councils).
 * Like country-qids.ts: a fixed table, matched to the GeoNames record of that name in that country
 * (the most prominent one), ids checked against Wikidata by hand.
 */
export const CITY_QIDS: [iso: string, name: string, qid: string][] = [
  ['GB', 'London', 'Q84'], ['FR', 'Paris', 'Q90'], ['DE', 'Berlin', 'Q64'], ['ES', 'Madrid', 'Q2807'], ['IT', 'Rome', 'Q220'],
  ['RU', 'Moscow', 'Q649'], ['CN', 'Beijing', 'Q956'], ['JP', 'Tokyo', 'Q1490'], ['US', 'Washington, D.C.', 'Q61'], ['US', 'New York City', 'Q60'],
  ['US', 'Los Angeles', 'Q65'], ['US', 'Chicago', 'Q1297'], ['US', 'Houston', 'Q16555'], ['TR', 'Istanbul', 'Q406'], ['AF', 'Kabul', 'Q5838'],
  ['IN', 'New Delhi', 'Q987'], ['IN', 'Mumbai', 'Q1156'], ['EG', 'Cairo', 'Q85'], ['AU', 'Sydney', 'Q3130'], ['CA', 'Toronto', 'Q172'],
  ['AT', 'Vienna', 'Q1741'], ['BE', 'Brussels', 'Q239'], ['NL', 'Amsterdam', 'Q727'], ['SE', 'Stockholm', 'Q1754'], ['NO', 'Oslo', 'Q585'],
  ['DK', 'Copenhagen', 'Q1748'], ['FI', 'Helsinki', 'Q1757'], ['PL', 'Warsaw', 'Q270'], ['CZ', 'Prague', 'Q1085'], ['HU', 'Budapest', 'Q1781'],
  ['GR', 'Athens', 'Q1524'], ['PT', 'Lisbon', 'Q597'], ['IE', 'Dublin', 'Q1761'], ['UA', 'Kyiv', 'Q1899'], ['IR', 'Tehran', 'Q3616'],
  ['IQ', 'Baghdad', 'Q1530'], ['SY', 'Damascus', 'Q3766'], ['LB', 'Beirut', 'Q3820'], ['SA', 'Riyadh', 'Q3692'], ['AE', 'Dubai', 'Q612'],
  ['KR', 'Seoul', 'Q8684'], ['TH', 'Bangkok', 'Q1861'], ['CN', 'Shanghai', 'Q8686'], ['MX', 'Mexico City', 'Q1489'], ['BR', 'São Paulo', 'Q174'],
  ['BR', 'Rio de Janeiro', 'Q8678'], ['AR', 'Buenos Aires', 'Q1486'], ['NG', 'Lagos', 'Q8673'], ['KE', 'Nairobi', 'Q3870'], ['ZA', 'Johannesburg', 'Q34647'],
  ['PK', 'Islamabad', 'Q1362'], ['PK', 'Karachi', 'Q8660'], ['CH', 'Geneva', 'Q71'], ['US', 'Boston', 'Q100'], ['US', 'San Francisco', 'Q62'],
  ['US', 'Seattle', 'Q5083'], ['US', 'Miami', 'Q8652'], ['US', 'Atlanta', 'Q23556'], ['US', 'Philadelphia', 'Q1345'], ['US', 'Dallas', 'Q16557'],
  ['US', 'Denver', 'Q16554'], ['US', 'Phoenix', 'Q16556'], ['US', 'Las Vegas', 'Q23768'], ['US', 'Detroit', 'Q12439'], ['US', 'Baltimore', 'Q5092'],
  ['DE', 'Munich', 'Q1726'], ['DE', 'Hamburg', 'Q1055'], ['DE', 'Frankfurt am Main', 'Q1794'], ['IT', 'Milan', 'Q490'], ['ES', 'Barcelona', 'Q1492'],
  ['GB', 'Manchester', 'Q18125'], ['GB', 'Edinburgh', 'Q23436'], ['CA', 'Ottawa', 'Q1930'], ['CA', 'Montreal', 'Q340'], ['CA', 'Vancouver', 'Q24639'],
  ['AU', 'Melbourne', 'Q3141'], ['AU', 'Canberra', 'Q3114'], ['IL', 'Jerusalem', 'Q1218'],
  // Capitals and large cities that city-qids.tsv leaves out (its source lacks their country, or no
  // Wikilinker label confirms its id). Written from Wikidata by the maintainer. Of these 161, dr5hn or
  // Wikilinker lists 82 under this name and agrees on 77; for Minsk, Baku, Tbilisi, Yerevan and Bishkek
  // dr5hn gives another id (as it does for Kathmandu and Kyiv, which already had theirs).
  ['BD', 'Dhaka', 'Q1354'], ['ID', 'Jakarta', 'Q3630'], ['PH', 'Manila', 'Q1461'], ['PH', 'Quezon City', 'Q1475'],
  ['BY', 'Minsk', 'Q2280'], ['RO', 'Bucharest', 'Q19660'], ['VN', 'Hanoi', 'Q1858'], ['AZ', 'Baku', 'Q9248'], ['GE', 'Tbilisi', 'Q994'],
  ['AM', 'Yerevan', 'Q1953'], ['KG', 'Bishkek', 'Q9361'], ['KZ', 'Nur-Sultan', 'Q1520'], ['MG', 'Antananarivo', 'Q3915'], ['RS', 'Belgrade', 'Q3711'],
  ['CO', 'Bogotá', 'Q2841'], ['IN', 'Delhi', 'Q1353'], ['IN', 'Kolkata', 'Q1348'], ['IN', 'Chennai', 'Q1352'], ['IN', 'Hyderabad', 'Q1361'],
  ['IN', 'Bengaluru', 'Q1355'], ['IN', 'Ahmedabad', 'Q1070'], ['IN', 'Lucknow', 'Q47916'], ['IN', 'Agra', 'Q42941'], ['CN', 'Chongqing', 'Q11725'],
  ['CN', 'Wuhan', 'Q11746'], ['CN', 'Guangzhou', 'Q16572'], ['CN', 'Hangzhou', 'Q4970'], ['RU', 'Saint Petersburg', 'Q656'],
  ['RU', 'Novosibirsk', 'Q883'], ['RU', 'Yekaterinburg', 'Q887'], ['RU', 'Kazan', 'Q900'], ['US', 'Brooklyn', 'Q18419'], ['US', 'Queens', 'Q18424'],
  ['US', 'Manhattan', 'Q11299'], ['US', 'The Bronx', 'Q18426'], ['US', 'San Antonio', 'Q975'], ['US', 'San Diego', 'Q16552'], ['MX', 'Guadalajara', 'Q9022'],
  ['BR', 'Manaus', 'Q40236'], ['CL', 'Santiago', 'Q2887'], ['SN', 'Dakar', 'Q3718'], ['CD', 'Kinshasa', 'Q3838'], ['ZA', 'Pretoria', 'Q3926'],
  ['ZA', 'Cape Town', 'Q5465'], ['UY', 'Montevideo', 'Q1335'], ['AU', 'Brisbane', 'Q34932'], ['AU', 'Perth', 'Q3183'], ['MX', 'Monterrey', 'Q81033'],
  ['RW', 'Kigali', 'Q3859'], ['CN', 'Shenyang', 'Q11720'], ['OM', 'Muscat', 'Q3826'], ['LV', 'Riga', 'Q1773'], ['TN', 'Tunis', 'Q3572'],
  ['HR', 'Zagreb', 'Q1435'], ['DJ', 'Djibouti', 'Q3604'], ['CN', 'Qingdao', 'Q170322'], ['MK', 'Skopje', 'Q384'], ['EE', 'Tallinn', 'Q1770'],
  ['NZ', 'Wellington', 'Q23661'], ['SA', 'Jeddah', 'Q374365'], ['QA', 'Doha', 'Q3861'], ['PG', 'Port Moresby', 'Q36526'], ['TR', 'İzmir', 'Q35997'],
  ['HT', 'Port-au-Prince', 'Q34261'], ['BG', 'Sofia', 'Q472'], ['BF', 'Ouagadougou', 'Q3777'], ['CY', 'Nicosia', 'Q3856'], ['NI', 'Managua', 'Q3274'],
  ['MM', 'Nay Pyi Taw', 'Q37400'], ['MN', 'Ulan Bator', 'Q23430'], ['HN', 'Tegucigalpa', 'Q3238'], ['IR', 'Isfahan', 'Q42053'], ['UA', 'Kharkiv', 'Q42308'],
  ['SA', 'Mecca', 'Q5806'], ['SA', 'Medina', 'Q35484'], ['CN', 'Xi’an', 'Q5826'], ['CN', 'Suzhou', 'Q42622'], ['CN', 'Zhengzhou', 'Q30340'],
  ['CN', 'Dalian', 'Q74881'], ['SV', 'San Salvador', 'Q3110'], ['PL', 'Łódź', 'Q580'], ['EG', 'Alexandria', 'Q87'], ['BO', 'La Paz', 'Q1491'],
  ['PA', 'Panamá', 'Q3306'], ['UA', 'Lviv', 'Q36036'], ['LU', 'Luxembourg', 'Q1842'], ['PL', 'Poznań', 'Q268'], ['IQ', 'Basrah', 'Q48195'],
  ['IR', 'Mashhad', 'Q121157'], ['CZ', 'Brno', 'Q14960'], ['BO', 'Sucre', 'Q2907'], ['UZ', 'Samarkand', 'Q5753'], ['LA', 'Vientiane', 'Q9326'],
  ['CI', 'Yamoussoukro', 'Q3768'], ['TZ', 'Dodoma', 'Q3866'], ['AR', 'Córdoba', 'Q44210'], ['AR', 'Rosario', 'Q52535'], ['TL', 'Dili', 'Q9310'],
  ['CM', 'Douala', 'Q132830'], ['CD', 'Lubumbashi', 'Q187593'], ['GB', 'Southampton', 'Q79848'], ['GB', 'Blackpool', 'Q170377'], ['IR', 'Tabriz', 'Q80053'],
  ['UA', 'Sevastopol', 'Q7525'], ['ID', 'Medan', 'Q5972'], ['ID', 'Bandung', 'Q10389'], ['IT', 'Naples', 'Q2634'], ['IT', 'Turin', 'Q495'],
  ['IT', 'Palermo', 'Q2656'], ['FR', 'Marseille', 'Q23482'], ['FR', 'Lyon', 'Q456'], ['FR', 'Toulouse', 'Q7880'], ['FR', 'Strasbourg', 'Q6602'],
  ['FR', 'Nantes', 'Q12191'], ['FR', 'Bordeaux', 'Q1479'], ['FR', 'Montpellier', 'Q6441'], ['ES', 'Valencia', 'Q8818'], ['ES', 'Málaga', 'Q8851'],
  ['ES', 'Zaragoza', 'Q10305'], ['ES', 'Bilbao', 'Q8692'], ['DE', 'Dortmund', 'Q1295'], ['DE', 'Bremen', 'Q24879'], ['DE', 'Dresden', 'Q1731'],
  ['AU', 'Adelaide', 'Q5112'], ['UA', 'Odessa', 'Q1874'], ['RU', 'Volgograd', 'Q914'], ['RU', 'Krasnoyarsk', 'Q919'], ['RU', 'Nizhniy Novgorod', 'Q891'],
  ['BR', 'Salvador', 'Q36947'], ['BR', 'Porto Alegre', 'Q40269'], ['US', 'Indianapolis', 'Q6346'], ['US', 'Milwaukee', 'Q37836'], ['US', 'New Orleans', 'Q34404'],
  ['US', 'Cleveland', 'Q37320'], ['US', 'Honolulu', 'Q18094'], ['US', 'Cincinnati', 'Q43196'], ['US', 'Pittsburgh', 'Q1342'], ['US', 'Staten Island', 'Q18432'],
  ['US', 'San Jose', 'Q16553'], ['US', 'Salt Lake City', 'Q23337'], ['US', 'Jacksonville', 'Q16568'], ['US', 'Columbus', 'Q16567'], ['US', 'Fort Worth', 'Q16558'],
  ['US', 'Charlotte', 'Q16565'], ['US', 'El Paso', 'Q16562'], ['US', 'Memphis', 'Q16563'], ['US', 'Portland', 'Q6106'], ['US', 'Albuquerque', 'Q34804'],
  ['US', 'Nashville', 'Q23197'], ['US', 'Tucson', 'Q18575'], ['US', 'Fresno', 'Q43301'], ['US', 'Sacramento', 'Q18013'], ['US', 'Kansas City', 'Q41819'],
  ['US', 'Raleigh', 'Q41087'], ['US', 'Omaha', 'Q43199'], ['US', 'Tulsa', 'Q44984'], ['US', 'Oakland', 'Q17042'], ['US', 'Long Beach', 'Q16739'],
  ['US', 'St. Louis', 'Q38022'], ['US', 'Birmingham', 'Q79867'], ['US', 'Cambridge', 'Q49111'],
];

/** US states by GeoNames admin1 code (one table with the linker's: core/linking/us-states.ts). */
export { US_STATE_QIDS } from '../../../core/linking/us-states';

/** The UK's nations (GeoNames admin1). */
export const UK_NATION_QIDS: Record<string, string> = { ENG: 'Q21', SCT: 'Q22', WLS: 'Q25', NIR: 'Q26' };

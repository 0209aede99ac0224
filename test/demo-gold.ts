/** The demo article's gold annotations (../shared/fixtures), typed once for the unit and e2e tests. */
import fs from 'node:fs';

export interface GoldEntity {
  name: string;
  type: string;
  mentions: number;
  surfaces: string[];
  also?: string[];
}
export interface DemoGold {
  entities: GoldEntity[];
  optional: string[];
  mustNotMark: string[];
}

const FIXTURES = new URL('../../shared/fixtures/', import.meta.url);

export const readDemoText = (): string => fs.readFileSync(new URL('panjshir-2021-08.txt', FIXTURES), 'utf8');
export const readDemoGold = (): DemoGold =>
  JSON.parse(fs.readFileSync(new URL('panjshir-2021-08.expected.json', FIXTURES), 'utf8')) as DemoGold;

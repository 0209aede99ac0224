/** Re-exports for import.ts, so it imports the shared helpers from one place. */
export * from './util';
export { readWorldCountries } from './world-countries';

import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_SETTINGS,
  isEnabledOn,
  normalizeHost,
  parseSettings,
  SETTINGS_KEY,
  type Settings,
} from '../../core/settings';
import { loadSettings, saveSettings, setSite, watchSettings } from '../../components/settings-store';

beforeEach(() => fakeBrowser.reset());

describe('parseSettings', () => {
  it('gives the defaults for nothing stored', () => {
    for (const raw of [undefined, null, 'x', 42, [], {}]) {
      expect(parseSettings(raw)).toEqual(DEFAULT_SETTINGS);
    }
    expect(DEFAULT_SETTINGS).toMatchObject({ paused: false, markStyle: 'quiet', hoverDelayMs: 500, sites: {} });
    expect(DEFAULT_SETTINGS.types).toEqual({ person: true, place: true, organization: true });
  });

  it('keeps valid values', () => {
    const s: Settings = {
      version: 1,
      paused: true,
      sites: { 'example.com': false, 'news.org': true },
      markStyle: 'background',
      hoverDelayMs: 800,
      types: { person: true, place: false, organization: true },
      inArticle: false,
    };
    expect(parseSettings(s)).toEqual(s);
  });

  it('falls back field by field on corrupt values', () => {
    const s = parseSettings({
      version: 1,
      paused: 'yes',
      sites: 'example.com',
      markStyle: 'wavy',
      hoverDelayMs: -20,
      types: { person: false, place: 'no', extra: true },
    });
    expect(s).toEqual({ ...DEFAULT_SETTINGS, types: { person: false, place: true, organization: true } });
    expect(parseSettings({ version: 1, hoverDelayMs: '700' }).hoverDelayMs).toBe(500);
    expect(parseSettings({ version: 1, hoverDelayMs: Number.NaN }).hoverDelayMs).toBe(500);
    expect(parseSettings({ version: 1, types: [true] }).types).toEqual(DEFAULT_SETTINGS.types);
  });

  it('keeps the good entries of a partly corrupt site list and normalizes hostnames', () => {
    const s = parseSettings({ version: 1, sites: { 'WWW.Example.com': false, 'a.org': 'off', 'b.org': true } });
    expect(s.sites).toEqual({ 'example.com': false, 'b.org': true });
  });

  it('clamps the hover delay to the slider range', () => {
    expect(parseSettings({ version: 1, hoverDelayMs: 10 }).hoverDelayMs).toBe(150);
    expect(parseSettings({ version: 1, hoverDelayMs: 99999 }).hoverDelayMs).toBe(1500);
    expect(parseSettings({ version: 1, hoverDelayMs: 333.4 }).hoverDelayMs).toBe(333);
  });

  it('migrates the version-0 shape ({disabledSites})', () => {
    const s = parseSettings({ disabledSites: ['www.bbc.co.uk', 'CNN.com', 7], paused: true });
    expect(s).toEqual({ ...DEFAULT_SETTINGS, paused: true, sites: { 'bbc.co.uk': false, 'cnn.com': false } });
    expect(s).not.toHaveProperty('disabledSites');
    expect(parseSettings({ disabledSites: 'bbc.co.uk' })).toEqual(DEFAULT_SETTINGS);
  });
});

describe('isEnabledOn', () => {
  const base = parseSettings(undefined);

  it('is on everywhere by default', () => {
    expect(isEnabledOn(base, 'example.com')).toBe(true);
  });

  it('follows the per-site switch, with or without www.', () => {
    const s = { ...base, sites: { 'example.com': false, 'on.org': true } };
    expect(isEnabledOn(s, 'example.com')).toBe(false);
    expect(isEnabledOn(s, 'www.example.com')).toBe(false);
    expect(isEnabledOn(s, 'WWW.EXAMPLE.COM')).toBe(false);
    expect(isEnabledOn(s, 'news.example.com')).toBe(true);
    expect(isEnabledOn(s, 'on.org')).toBe(true);
  });

  it('is off everywhere while paused, whatever the site says', () => {
    const s = { ...base, paused: true, sites: { 'on.org': true } };
    expect(isEnabledOn(s, 'on.org')).toBe(false);
    expect(isEnabledOn(s, 'other.net')).toBe(false);
  });

  it('normalizes hosts', () => {
    expect(normalizeHost(' WWW.Example.COM. ')).toBe('example.com');
    expect(normalizeHost('wwwx.com')).toBe('wwwx.com');
  });
});

describe('storage', () => {
  it('loads the defaults from empty storage and never crashes on junk', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: 'garbage' });
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('writes a migration back once', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { disabledSites: ['www.bbc.co.uk'] } });
    const s = await loadSettings();
    expect(s.sites).toEqual({ 'bbc.co.uk': false });
    const stored = (await fakeBrowser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY];
    expect(stored).toEqual(s);
  });

  it('merges a patch and writes it', async () => {
    await saveSettings({ markStyle: 'dotted' });
    const s = await saveSettings({ hoverDelayMs: 900 });
    expect(s).toMatchObject({ markStyle: 'dotted', hoverDelayMs: 900, paused: false });
    expect((await fakeBrowser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]).toEqual(s);
    expect(await loadSettings()).toEqual(s);
  });

  it('validates what it saves', async () => {
    const s = await saveSettings({ markStyle: 'neon' as never, hoverDelayMs: -1 });
    expect(s.markStyle).toBe('quiet');
    expect(s.hoverDelayMs).toBe(500);
  });

  it('switches one site and removes the override', async () => {
    await setSite('www.example.com', false);
    expect((await loadSettings()).sites).toEqual({ 'example.com': false });
    await setSite('other.org', true);
    await setSite('example.com', null);
    expect((await loadSettings()).sites).toEqual({ 'other.org': true });
  });

  it('tells watchers about changes, validated, until unsubscribed', async () => {
    const seen: Settings[] = [];
    const stop = watchSettings((s) => seen.push(s));
    await saveSettings({ paused: true });
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { version: 1, markStyle: 42 } });
    await fakeBrowser.storage.local.set({ unrelated: 1 });
    stop();
    await saveSettings({ paused: false });
    expect(seen.map((s) => [s.paused, s.markStyle])).toEqual([
      [true, 'quiet'],
      [false, 'quiet'],
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { keyAction } from '../../entrypoints/content/keyboard';

const key = (over: Partial<KeyboardEvent>) =>
  ({ key: '', code: '', altKey: false, shiftKey: false, ctrlKey: false, metaKey: false, isComposing: false, target: null, ...over }) as KeyboardEvent;
const idle = { walking: false, cardOpen: false, focusInCard: false };
const walking = { walking: true, cardOpen: false, focusInCard: false };

describe('keyboard shortcuts', () => {
  it('Alt+Shift+B walks forward and Alt+Shift+V back, by physical key', () => {
    expect(keyAction(key({ altKey: true, shiftKey: true, code: 'KeyB', key: 'ı' }), idle)).toBe('next');
    expect(keyAction(key({ altKey: true, shiftKey: true, code: 'KeyV', key: 'V' }), idle)).toBe('prev');
    expect(keyAction(key({ altKey: true, shiftKey: true, ctrlKey: true, code: 'KeyB' }), idle)).toBeNull();
    expect(keyAction(key({ code: 'KeyB', key: 'b' }), idle)).toBeNull();
  });

  it('Enter and Space open only while walking, never from a form field', () => {
    expect(keyAction(key({ key: 'Enter' }), idle)).toBeNull();
    expect(keyAction(key({ key: 'Enter' }), walking)).toBe('open');
    expect(keyAction(key({ key: ' ' }), walking)).toBe('open');
    const input = { nodeType: 1, tagName: 'INPUT', isContentEditable: false } as unknown as EventTarget;
    expect(keyAction(key({ key: 'Enter', target: input }), walking)).toBeNull();
    expect(keyAction(key({ altKey: true, shiftKey: true, code: 'KeyB', target: input }), idle)).toBeNull();
  });

  it('inside the card, Enter belongs to its buttons; Escape closes', () => {
    const inCard = { walking: true, cardOpen: true, focusInCard: true };
    expect(keyAction(key({ key: 'Enter' }), inCard)).toBeNull();
    expect(keyAction(key({ key: 'Escape' }), inCard)).toBe('escape');
    expect(keyAction(key({ key: 'Escape' }), idle)).toBeNull();
    expect(keyAction(key({ key: 'Tab' }), walking)).toBe('leave');
  });
});

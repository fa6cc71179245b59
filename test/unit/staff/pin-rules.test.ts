import { describe, expect, it } from 'vitest';
import { checkNewPin } from '../../../src/core/staff/pin-rules';

describe('new PIN rules', () => {
  it.each(['135792', '246813', '90210577', '820417365901'])('accepts %s', (pin) => {
    expect(checkNewPin(pin)).toBeNull();
  });

  it.each([
    ['', 'pinTooShort'],
    ['13579', 'pinTooShort'],
    ['12a456', 'pinNotDigits'],
    ['１２３４５６', 'pinNotDigits'],
    ['1357924680135', 'pinNotDigits'],
    ['000000', 'pinTrivial'],
    ['123456', 'pinTrivial'],
    ['654321', 'pinTrivial'],
    ['3456789', 'pinTrivial'],
    ['121212', 'pinTrivial'],
    ['123123', 'pinTrivial'],
    ['11111111', 'pinTrivial'],
  ])('refuses %j as %s', (pin, refusal) => {
    expect(checkNewPin(pin)).toBe(refusal);
  });
});

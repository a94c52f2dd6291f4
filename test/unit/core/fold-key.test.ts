import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldKey } from '../../../main/core/fold-key';

describe('the key references and kit names are compared by', () => {
  it('ignores case, surrounding spaces and the Unicode form', () => {
    expect(foldKey(' CP709-2019 ')).toBe(foldKey('cp709-2019'));
    expect(foldKey('Cafe\u0301')).toBe(foldKey('CAFÉ'));
    expect(foldKey('Straße')).toBe(foldKey('STRASSE'));
    expect(foldKey('ΟΔΟΣ')).toBe(foldKey('οδος'));
  });

  it('keeps apart what reads differently', () => {
    expect(foldKey('CP709-2019')).not.toBe(foldKey('CP709 2019'));
    expect(foldKey('Cafe')).not.toBe(foldKey('Café'));
  });

  it('folds printable ASCII as it folds any text', () => {
    const ascii = fc.array(fc.integer({ min: 0x20, max: 0x7e }).map((code) => String.fromCharCode(code))).map((chars) => chars.join(''));
    fc.assert(
      fc.property(ascii, (name) => {
        expect(foldKey(name)).toBe(name.trim().normalize('NFC').toUpperCase().toLowerCase().normalize('NFC'));
      }),
    );
  });
});

import { describe, expect, it } from 'vitest';
import type { Contact, Release } from '../../../main/core/schema';
import { renderRelease, type RenderOptions } from '../../../main/pdf/index';
import { loadCp124 } from '../../fixtures/pdf/cp124';
import { linkTargets, pdftotext, readableText } from '../../helpers/pdf-tools';

const A4: RenderOptions = { paper: 'a4', bleedMm: 0, cropMarks: false };

/** The model communiqué's two press officers, with their roles in the three languages and a mobile. */
function officers(): Contact[] {
  const [pascale, raphael] = loadCp124().contacts as [Contact, Contact];
  return [
    { ...pascale, roles: { fr: 'Attachée de presse', en: 'Press officer', ru: 'Пресс-атташе' }, phones: [...pascale.phones, { type: 'mobile', number: '+33612345678' }] },
    // No English role: the English release prints the French one rather than none.
    { ...raphael, roles: { fr: 'Attaché de presse' } },
  ];
}

async function contactsText(language: Release['language']): Promise<{ text: string; links: string[] }> {
  const cp124 = loadCp124();
  const { bytes } = await renderRelease({ release: { ...cp124.release, language }, contacts: officers(), brand: cp124.brand, images: new Map() }, A4);
  return { text: readableText(pdftotext(bytes)), links: (await linkTargets(bytes)).flat() };
}

describe('the contacts block of a release', () => {
  it('in French: French roles, French numbers in their national form', async () => {
    const { text, links } = await contactsText('fr');
    expect(text).toContain('Attachée de presse');
    expect(text).toContain('Tél. 01 44 76 75 39');
    expect(text).toContain('Mobile 06 12 34 56 78');
    expect(text).not.toContain('+33');
    // However printed, the link dials from anywhere.
    expect(links).toEqual(expect.arrayContaining(['tel:+33144767539', 'tel:+33612345678']));
  });

  it('in English: the English role, numbers in their international form', async () => {
    const { text } = await contactsText('en');
    expect(text).toContain('Press officer');
    expect(text).not.toContain('Attachée de presse');
    expect(text).toContain('Attaché de presse');
    expect(text).toContain('Tel. +33 1 44 76 75 39');
    expect(text).toContain('Mobile +33 6 12 34 56 78');
    expect(text).not.toContain('01 44 76 75 39');
  });

  it('in Russian: the Russian role, numbers in their international form', async () => {
    const { text } = await contactsText('ru');
    expect(text).toContain('Пресс-атташе');
    expect(text).toContain('Тел. +33 1 44 76 75 39');
    expect(text).toContain('Моб. +33 6 12 34 56 78');
  });
});

import { describe, expect, it } from 'vitest';
import type { Language } from '../../../main/core/language';
import type { Brand } from '../../../main/core/schema';
import { renderRelease, type RenderOptions } from '../../../main/pdf/index';
import { loadCp124 } from '../../fixtures/pdf/cp124';
import { pdftotext, readableText } from '../../helpers/pdf-tools';

const A4: RenderOptions = { paper: 'a4', bleedMm: 0, cropMarks: false };
const NBSP = '\u00A0';
const MOSCOW = { at: '2019-08-27T10:30:00+03:00', zone: 'Europe/Moscow' };

async function bannerText(language: Language, embargo: typeof MOSCOW | null, brandChanges: Partial<Brand> = {}): Promise<string> {
  const cp124 = loadCp124();
  const release = { ...cp124.release, language, embargo };
  const brand = { ...cp124.brand, ...brandChanges };
  const { bytes } = await renderRelease({ release, contacts: cp124.contacts, brand, images: new Map() }, A4);
  return pdftotext(bytes);
}

describe('the embargo banner in the PDF', () => {
  it('prints the embargo in the release’s language and the embargo’s own zone', async () => {
    expect(readableText(await bannerText('fr', MOSCOW))).toContain(`Sous embargo jusqu’au 27${NBSP}août${NBSP}2019 à 10${NBSP}h${NBSP}30, heure de Moscou (UTC+3)`);
    expect(readableText(await bannerText('en', MOSCOW))).toContain(`Embargoed until 27${NBSP}August${NBSP}2019, 10:30 Moscow time (UTC+3)`);
    expect(readableText(await bannerText('ru', MOSCOW))).toContain(`Эмбарго до 27${NBSP}августа${NBSP}2019${NBSP}г., 10:30 по московскому времени (UTC+3)`);
  });

  it('breaks a narrow banner between words, never inside its date or its hour', async () => {
    // A column of 9 cm, the widest margins a brand may have: the French line takes two lines.
    const lines = (await bannerText('fr', MOSCOW, { marginsMm: { top: 20, bottom: 20, left: 60, right: 60 } })).split('\n');
    const at = lines.findIndex((line) => line.startsWith('Sous embargo'));
    const banner = lines.slice(at, at + 2).join('\n');
    expect(lines[at]).not.toContain('(UTC+3)');
    expect(banner).toContain(`27${NBSP}août${NBSP}2019`);
    expect(banner).toContain(`10${NBSP}h${NBSP}30`);
  });

  it('prints nothing without an embargo, or “For immediate release” where the brand asks for it', async () => {
    expect(await bannerText('fr', null)).not.toMatch(/embargo|immédiate/iu);
    expect(await bannerText('fr', null, { immediateRelease: true })).toContain('Diffusion immédiate');
    expect(await bannerText('en', null, { immediateRelease: true })).toContain('For immediate release');
    expect(await bannerText('ru', null, { immediateRelease: true })).toContain('Для немедленной публикации');
    expect(await bannerText('en', MOSCOW, { immediateRelease: true })).not.toContain('For immediate release');
  });
});

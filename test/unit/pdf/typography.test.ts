import { describe, expect, it } from 'vitest';
import { applyTypography, NBSP, NNBSP, typesetText } from '../../../main/pdf/text/typography';

describe('typography at layout time', () => {
  it('applies the French spacing rules', () => {
    expect(typesetText('Il a dit "bonjour" : vraiment? Oui! Et alors ;fin', 'fr')).toBe(
      `Il a dit «${NNBSP}bonjour${NNBSP}» :`.replace(' :', `${NBSP}:`) + ` vraiment${NNBSP}? Oui${NNBSP}! Et alors${NNBSP};fin`,
    );
  });

  it('turns existing spaces inside guillemets into narrow no-break spaces and adds missing ones', () => {
    expect(typesetText('« Mouse Telemetry on Bion » et «MTB»', 'fr')).toBe(`«${NNBSP}Mouse Telemetry on Bion${NNBSP}» et «${NNBSP}MTB${NNBSP}»`);
  });

  it('leaves addresses, times and doubled punctuation alone', () => {
    expect(typesetText('https://cnes.fr/a?b=1 à 10:00, vraiment?!', 'fr')).toBe(`https://cnes.fr/a?b=1 à 10:00, vraiment${NNBSP}?!`);
  });

  it('uses the typographic apostrophe and each language’s quotation marks', () => {
    expect(typesetText("l'étude de l'Univers", 'fr')).toBe('l’étude de l’Univers');
    expect(typesetText(`He said "it's 'fine'" - really...`, 'en')).toBe('He said “it’s ‘fine’”\u00A0– really…');
    expect(typesetText('Он сказал "да" - и ушёл', 'ru')).toBe('Он сказал «да»\u00A0— и ушёл');
  });

  it('collapses white space and drops invisible characters and typed soft hyphens', () => {
    expect(typesetText('  deux\n\tli\u00ADgnes\u200B  ici ', 'en')).toBe('deux lignes ici');
  });

  it('keeps each character in the style it came from across span boundaries', () => {
    const spans = applyTypography(
      [
        { text: 'le projet "', style: 'plain' },
        { text: 'Bion', style: 'bold' },
        { text: '" avance!', style: 'plain' },
      ],
      'fr',
    );
    expect(spans).toEqual([
      { text: `le projet «${NNBSP}`, style: 'plain' },
      { text: `Bion${NNBSP}`, style: 'bold' },
      { text: `» avance${NNBSP}!`, style: 'plain' },
    ]);
  });
});

/** A text file's content, not its name, says whether it is markdown or plain text. */
import { describe, expect, it } from 'vitest';
import { parseCommunique } from '../../../main/core/import';
import { decodeText } from '../../../main/core/import/decode-text';
import { sniffTextSyntax } from '../../../main/core/import/text-syntax';
import { FRENCH_MD, FRENCH_TXT, bytesOf, fixture } from './fixtures';

const textOf = (path: string) => {
  const { name, bytes } = fixture(path);
  return decodeText(name, bytes);
};

describe('sniffing a text file', () => {
  it('finds markdown in the model communiqué, whatever it is called', async () => {
    expect(sniffTextSyntax(textOf(FRENCH_MD))).toBe('markdown');
    const asText = await parseCommunique({ ...fixture(FRENCH_MD), name: 'communique-cp124-2019.fr.txt' });
    const withoutExtension = await parseCommunique({ ...fixture(FRENCH_MD), name: 'communique' });
    const asMarkdown = await parseCommunique(fixture(FRENCH_MD));
    expect(asText).toEqual(asMarkdown);
    expect(withoutExtension).toEqual(asMarkdown);
    expect(asText).toMatchObject({ title: 'Coopération spatiale entre la France et la Russie', date: '2019-08-27', ref: 'CP124-2019' });
    expect(asText.contacts.map((contact) => contact.name)).toEqual(['Pascale Bresson', 'Raphaël Sart']);
  });

  it('finds plain text in a plain .txt and in plain sentences (a .md of them is still read as markdown, as named)', async () => {
    expect(sniffTextSyntax(textOf(FRENCH_TXT))).toBe('plain');
    const plain = 'Communiqué de presse\n\nLe tarif_réduit_enfant vaut 5 € ; 2 * 3 places.\n\n1. un\n- deux\n';
    expect(sniffTextSyntax(plain)).toBe('plain');
    const parsed = await parseCommunique(fixture(FRENCH_TXT));
    expect(parsed).toMatchObject({ title: 'Coopération spatiale entre la France et la Russie', ref: 'CP124-2019' });
  });

  it('finds markdown by any of its signs: a heading, bold, italic, a link, an image, an autolink', () => {
    for (const text of ['Texte\n\n## Titre\n', 'Un **mot** fort.', 'Un *mot* penché.', 'Voir [le site](https://cnes.fr).', '![Photo](sat.jpg)', 'Voir <https://cnes.fr>.']) {
      expect(sniffTextSyntax(text)).toBe('markdown');
    }
  });

  it('reads a .txt whose markdown is past what a communiqué needs as the plain text it was saved as, and refuses that .md', async () => {
    const text = `# Communiqué de presse\n\nParis, le 3 mars 2026\n\n# Le titre\n\n${'[a'.repeat(300)}\n`;
    const parsed = await parseCommunique({ name: 'crochets.txt', bytes: bytesOf(text) });
    expect(parsed.title).toBe('# Communiqué de presse');
    await expect(parseCommunique({ name: 'crochets.md', bytes: bytesOf(text) })).rejects.toMatchObject({ detail: { code: 'import.markdownTooManyBrackets' } });
  });
});

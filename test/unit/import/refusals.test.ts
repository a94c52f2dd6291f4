import { describe, expect, it } from 'vitest';
import { UserError } from '../../../main/core/errors';
import { MAX_IMPORT_BYTES, parseCommunique } from '../../../main/core/import';
import { FRENCH_MD, bytesOf, fixture } from './fixtures';

async function refusal(name: string, bytes: Uint8Array): Promise<UserError> {
  const error: unknown = await parseCommunique({ name, bytes }).then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(UserError);
  const message = (error as UserError).message;
  expect(message).toContain(`« ${name} »`);
  // One sentence a press officer can read.
  expect(message.match(/[.!?](\s|$)/g)).toHaveLength(1);
  return error as UserError;
}

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82]);

/** Deterministic noise: a linear congruential generator, so the test sees the same bytes every run. */
function noise(length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let state = 12345;
  for (let i = 0; i < length; i += 1) {
    state = (state * 1103515245 + 12345) >>> 0;
    bytes[i] = state >>> 24;
  }
  return bytes;
}

describe('files that are not communiqués are refused, by name, in one sentence', () => {
  it('refuses an empty file, and one of blank lines', async () => {
    expect((await refusal('vide.md', new Uint8Array())).message).toBe('« vide.md » is empty.');
    expect((await refusal('blanc.txt', bytesOf('\n  \n\t\n'))).message).toBe('« blanc.txt » is empty.');
  });

  it('checks the size first, before reading anything', async () => {
    const tooLarge = new Uint8Array(MAX_IMPORT_BYTES + 1);
    expect((await refusal('énorme.md', tooLarge)).message).toMatch(/larger than 20 MB/);
    expect(MAX_IMPORT_BYTES).toBe(20 * 1024 * 1024);
  });

  it('refuses an image, whatever its name, and names the formats it accepts', async () => {
    expect((await refusal('photo.png', PNG)).message).toBe(
      '« photo.png » is an image, not a communiqué: import .md, .txt, .docx or .presskit.json files.',
    );
    expect((await refusal('photo.md', PNG)).message).toMatch(/is an image/);
    expect((await refusal('photo.docx', new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2]))).message).toMatch(/is an image/);
  });

  it('refuses an unknown extension, saying which formats are accepted', async () => {
    expect((await refusal('communiqué.odt', bytesOf('texte'))).message).toBe(
      '« communiqué.odt » cannot be imported: import .md, .txt, .docx or .presskit.json files.',
    );
  });

  it('reads a file without an extension as text, which its content must show to be a communiqué', async () => {
    expect((await refusal('communiqué', bytesOf('texte'))).detail).toEqual({ code: 'import.notCommunique', params: { file: 'communiqué' } });
  });

  it('refuses a PDF, and points to the formats to save it in', async () => {
    expect((await refusal('cp124.pdf', bytesOf('%PDF-1.7\n'))).message).toMatch(/is a PDF.*\.docx or \.txt/);
  });

  it('refuses binary content and text that is not UTF-8', async () => {
    expect((await refusal('nul.txt', bytesOf('Titre\u0000\n\nTexte.'))).message).toBe('« nul.txt » is not a text file.');
    expect((await refusal('bruit.md', noise(4096))).message).toMatch(/is not (a text file|UTF-8 text)/);
    const latin1 = new Uint8Array([...bytesOf('Communiqu'), 0xe9, ...bytesOf(' de presse\n\nTitre\n\nTexte.')]);
    expect((await refusal('ancien.txt', latin1)).message).toBe(
      '« ancien.txt » is not UTF-8 text: save it as UTF-8 (Unicode) in your editor and import it again.',
    );
  });

  it('refuses a text that has no title and body', async () => {
    expect((await refusal('note.txt', bytesOf('Une seule ligne.\n'))).message).toBe(
      '« note.txt » does not look like a communiqué: no title followed by body text was found.',
    );
    expect((await refusal('entete.md', bytesOf('# Communiqué de presse\n\n27 août 2019\n\nCP1-2019\n'))).message).toMatch(/does not look like/);
    expect((await refusal('contacts.md', bytesOf('## Titre\n\nCONTACTS\n\nPascale Bresson\n'))).message).toMatch(/does not look like/);
  });

  it('refuses a damaged Word document, and a .docx that is not one', async () => {
    const zipHeaderOnly = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...noise(200)]);
    expect((await refusal('abîmé.docx', zipHeaderOnly)).message).toMatch(/could not be read as a Word document/);
    expect((await refusal('texte.docx', fixture(FRENCH_MD).bytes)).message).toMatch(/is not a Word document/);
    expect((await refusal('ancien.doc', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).message).toMatch(/old Word document/);
  });

  it('sends a bundle to the bundle restore', async () => {
    expect((await refusal('sauvegarde.presskit.json', bytesOf('{}'))).message).toMatch(/is a PressKit Studio bundle/);
  });
});

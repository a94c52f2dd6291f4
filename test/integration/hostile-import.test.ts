import { Document, Packer, Paragraph, TextRun } from 'docx';
import { zipSync } from 'fflate';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildCli, FIXTURE, presskit, presskitAsync, stopRunningPresskits, storeBytes, tempDir } from '../helpers/cli';

beforeAll(async () => {
  await buildCli();
});

// A command still running when its test timed out is stopped, not left to spin.
afterEach(stopRunningPresskits);

/** A data folder holding the model communiqué, so that "nothing changed" has something to compare. */
async function archive(): Promise<string> {
  const dataDir = tempDir();
  expect((await presskit(['--data-dir', dataDir, 'import', FIXTURE])).code).toBe(0);
  return dataDir;
}

describe('presskit import, given hostile files', () => {
  it('says a pipe named .md is not a regular file, rather than a folder, and changes nothing', async () => {
    const dataDir = await archive();
    const before = storeBytes(dataDir);
    const fifo = join(tempDir('presskit-input-'), 'communique.md');
    execFileSync('mkfifo', [fifo]);
    const result = await presskit(['--data-dir', dataDir, 'import', fifo]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`presskit: ${fifo} is not a regular file (it is a device, a pipe or a socket); choose a file.\n`);
    expect(storeBytes(dataDir).equals(before)).toBe(true);
  });

  it('refuses a Word document that unpacks to 60 MB in a sentence, exit 1, changing nothing', async () => {
    const dataDir = await archive();
    const before = storeBytes(dataDir);
    const bomb = join(tempDir('presskit-input-'), 'bombe.docx');
    writeFileSync(bomb, zipSync({ 'word/document.xml': new Uint8Array(60 * 1024 * 1024).fill(0x61) }, { level: 9 }));
    const result = await presskitAsync(['--data-dir', dataDir, 'import', bomb]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('presskit: « bombe.docx » unpacks to more than 50 MB, too much for a Word communiqué: save the text alone in a new document and import that.\n');
    expect(storeBytes(dataDir).equals(before)).toBe(true);
  });

  // The hard-break pattern of the former reader backtracked on this line: minutes, past the test's timeout.
  it('reads a line of 400,000 spaces in one pass, and refuses it as no communiqué', async () => {
    const dataDir = await archive();
    const before = storeBytes(dataDir);
    const file = join(tempDir('presskit-input-'), 'espaces.md');
    writeFileSync(file, `a${' '.repeat(400000)}b`);
    const result = await presskitAsync(['--data-dir', dataDir, 'import', file]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('presskit: « espaces.md » does not look like a communiqué: no title followed by body text was found.\n');
    expect(storeBytes(dataDir).equals(before)).toBe(true);
  });

  it('refuses thousands of unclosed brackets in a sentence, exit 1, changing nothing', async () => {
    const dataDir = await archive();
    const before = storeBytes(dataDir);
    const file = join(tempDir('presskit-input-'), 'crochets.md');
    writeFileSync(file, '['.repeat(40000) + ']('.repeat(40000));
    const result = await presskitAsync(['--data-dir', dataDir, 'import', file]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^presskit: « crochets\.md » has a paragraph of more than 200 links or brackets/u);
    expect(storeBytes(dataDir).equals(before)).toBe(true);
  });

  // A label's trailing-punctuation pattern and the e-mail pattern tried every dot of this line: minutes.
  it('reads a contact line of 400,000 dots in one pass', async () => {
    const dataDir = tempDir();
    const file = join(tempDir('presskit-input-'), 'points.md');
    writeFileSync(file, `## Titre\n\nTexte du communiqué.\n\nCONTACTS\n\nPascale Bresson\npresse@cnes.fr\n\na@${'.'.repeat(400000)} x\n`);
    const result = await presskitAsync(['--data-dir', dataDir, 'import', file]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });

  // The pattern turning HTML line breaks into spaces rescanned this run of spaces from each position: minutes.
  it('reads a Word paragraph of 400,000 spaces in one pass', async () => {
    const dataDir = tempDir();
    const file = join(tempDir('presskit-input-'), 'espaces.docx');
    const paragraphs = ['Titre', `Le texte${' '.repeat(400000)}continue.`].map((text) => new Paragraph({ children: [new TextRun(text)] }));
    writeFileSync(file, await Packer.toBuffer(new Document({ sections: [{ children: paragraphs }] })));
    const result = await presskitAsync(['--data-dir', dataDir, 'import', file]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });
});

/** The real inputs the properties start from: the model communiqué in each format, read or built once. */
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findAssetsDir } from '../../main/api/assets';

// Found from the assets folder, so that the same code runs from the sources and from the bundle in out/.
export const ROOT = join(findAssetsDir(), '..');

export const TEXT_SOURCES = [
  'assets/demo/communique-cp124-2019.fr.md',
  'test/fixtures/import/communique-cp124-2019.en.md',
  'test/fixtures/import/communique-cp124-2019.ru.md',
  'test/fixtures/import/communique-rows.fr.md',
  'test/fixtures/import/communique-cp124-2019.fr.txt',
] as const;

export function sourceText(path: string): string {
  return readFileSync(join(ROOT, path), 'utf8');
}

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3];

/** A Markdown line as Word holds it: a heading style, or runs with the bold parts bold. */
function wordParagraph(line: string): Paragraph {
  const heading = /^(#{1,3})\s+(.*)$/u.exec(line);
  if (heading) return new Paragraph({ text: heading[2] ?? '', heading: HEADINGS[(heading[1] ?? '#').length - 1] });
  const runs = line.split('**').map((text, at) => new TextRun({ text, bold: at % 2 === 1 }));
  return new Paragraph({ children: runs });
}

let docx: Promise<Uint8Array> | undefined;

/** The French model communiqué as a Word document, built with `docx` once per process. */
export function modelDocx(): Promise<Uint8Array> {
  docx ??= (async () => {
    const lines = sourceText(TEXT_SOURCES[0])
      .split('\n')
      .map((line) => line.trimEnd())
      .filter((line) => line !== '');
    const document = new Document({ sections: [{ children: lines.map(wordParagraph) }] });
    return new Uint8Array(await Packer.toBuffer(document));
  })();
  return docx;
}

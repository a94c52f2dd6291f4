/**
 * The communiqué importer, through the API's releases.import on a fresh store: the model communiqué as
 * .md, .txt and .docx, mutated as text, as bytes and (for Word) inside its zip. Each case is imported or
 * refused with a sentence of ours, and a refusal leaves the store byte-identical.
 */
import fc from 'fast-check';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { applyByteEdits, applyTextEdits, byteEdits, textEdits, type ByteEdit, type Scale, type TextEdit } from './mutations';
import { expectStoreUnchanged, inSandbox, storeFileBytes } from './sandbox';
import { modelDocx, sourceText, TEXT_SOURCES } from './sources';
import { expectSoundStore } from './verdict';
import { call } from './call';
import type { FuzzProperty } from './property';

export interface ImportCase {
  source: (typeof TEXT_SOURCES)[number] | 'model.docx';
  /** Edits of the text (for Word, of word/document.xml inside the zip). */
  text: TextEdit[];
  /** Edits of the file's bytes, after the text edits. */
  bytes: ByteEdit[];
  name: string;
  options: { ref?: string; language?: 'fr' | 'en' | 'ru' };
}

const encoder = new TextEncoder();

async function fileBytes(value: ImportCase): Promise<Uint8Array> {
  if (value.source !== 'model.docx') return applyByteEdits(encoder.encode(applyTextEdits(sourceText(value.source), value.text)), value.bytes);
  const entries = unzipSync(await modelDocx());
  const xml = entries['word/document.xml'];
  if (xml && value.text.length > 0) entries['word/document.xml'] = strToU8(applyTextEdits(strFromU8(xml), value.text));
  return applyByteEdits(value.text.length > 0 ? zipSync(entries) : await modelDocx(), value.bytes);
}

function fileName(source: ImportCase['source']): fc.Arbitrary<string> {
  const own = source.slice(source.lastIndexOf('/') + 1);
  const stem = own.slice(0, own.lastIndexOf('.'));
  return fc.oneof({ weight: 6, arbitrary: fc.constant(own) }, { weight: 1, arbitrary: fc.constantFrom(`${stem}.txt`, `${stem}.md`, `${stem}.docx`, `${stem}.MD`, stem, `${stem}.odt`) });
}

export function importCase(scale: Scale): fc.Arbitrary<ImportCase> {
  return fc.constantFrom<ImportCase['source']>(...TEXT_SOURCES, 'model.docx').chain((source) =>
    fc.record({
      source: fc.constant(source),
      text: fc.oneof(fc.constant<TextEdit[]>([]), textEdits(scale)),
      bytes: fc.oneof({ weight: 3, arbitrary: fc.constant<ByteEdit[]>([]) }, { weight: 1, arbitrary: byteEdits }),
      name: fileName(source),
      options: fc.record({ ref: fc.constantFrom('FUZZ1-2019', 'x'.repeat(40)), language: fc.constantFrom('fr' as const, 'en' as const, 'ru' as const) }, { requiredKeys: [] }),
    }),
  );
}

export const importer: FuzzProperty<ImportCase> = {
  name: 'importer',
  arbitrary: importCase,
  check: async (value) => {
    const bytes = await fileBytes(value);
    await inSandbox('empty', async (app) => {
      const before = storeFileBytes(app);
      const outcome = await call(app.api, 'releases.import', { files: [{ name: value.name, bytes }], ...value.options });
      if (outcome.ok) expectSoundStore(await app.store.read());
      else expectStoreUnchanged(app, before, 'the import');
    });
  },
};

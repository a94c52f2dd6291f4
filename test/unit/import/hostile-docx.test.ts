import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../../main/core/errors';
import { MAX_DOCX_ENTRIES, MAX_DOCX_INFLATED_BYTES, parseCommunique } from '../../../main/core/import';
import { joinLines } from '../../../main/core/import/inline';
import { checkZipBudget } from '../../../main/core/import/zip-budget';

async function refusal(name: string, bytes: Uint8Array): Promise<UserError> {
  const error: unknown = await parseCommunique({ name, bytes }).then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(UserError);
  return error as UserError;
}

/** A "zip bomb": a document.xml of `size` bytes of one repeated character, which deflates a thousandfold. */
function bomb(size: number): Uint8Array {
  return zipSync({ '[Content_Types].xml': new TextEncoder().encode('<Types/>'), 'word/document.xml': new Uint8Array(size).fill(0x61) }, { level: 9 });
}

/** The bomb, its central directory claiming that document.xml unpacks to 1 KB. */
function lyingBomb(size: number): Uint8Array {
  const bytes = bomb(size);
  const view = new DataView(bytes.buffer);
  let end = bytes.length - 22;
  while (view.getUint32(end, true) !== 0x06054b50) end -= 1;
  let at = view.getUint32(end + 16, true);
  for (let index = 0; index < view.getUint16(end + 10, true); index += 1) {
    view.setUint32(at + 24, Math.min(view.getUint32(at + 24, true), 1024), true);
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return bytes;
}

describe('a Word document that unpacks to far more than it weighs', () => {
  const size = MAX_DOCX_INFLATED_BYTES + 10 * 1024 * 1024;

  it('is refused by what it declares, before mammoth unpacks it', async () => {
    const bytes = bomb(size);
    expect(bytes.length).toBeLessThan(200 * 1024);
    const error = await refusal('bombe.docx', bytes);
    expect(error.detail).toEqual({ code: 'import.docxTooLarge', params: { file: 'bombe.docx' } });
    expect(error.kind).toBe('bad-input');
    expect(error.message).toBe(
      '« bombe.docx » unpacks to more than 50 MB, too much for a Word communiqué: save the text alone in a new document and import that.',
    );
  });

  it('is refused by what it really inflates to when its directory lies about the sizes', async () => {
    const bytes = lyingBomb(size);
    expect(checkZipBudget(bytes, { entries: MAX_DOCX_ENTRIES, bytes: MAX_DOCX_INFLATED_BYTES })).toBe('tooLarge');
    expect((await refusal('menteuse.docx', bytes)).detail?.code).toBe('import.docxTooLarge');
  });

  it('is refused when it holds more parts than a communiqué ever has', async () => {
    const parts: Record<string, Uint8Array> = {};
    for (let index = 0; index <= MAX_DOCX_ENTRIES; index += 1) parts[`word/part${index}.xml`] = new Uint8Array([0x61]);
    const error = await refusal('parties.docx', zipSync(parts));
    expect(error.detail?.code).toBe('import.docxTooManyParts');
    expect(error.message).toMatch(/holds more than 1,000 parts/);
  });

  it('passes an ordinary archive, and calls one with a broken directory damaged', () => {
    const small = zipSync({ 'word/document.xml': new TextEncoder().encode('<w:document/>') });
    expect(checkZipBudget(small, { entries: MAX_DOCX_ENTRIES, bytes: MAX_DOCX_INFLATED_BYTES })).toBe('ok');
    expect(checkZipBudget(small.subarray(0, small.length - 10), { entries: MAX_DOCX_ENTRIES, bytes: MAX_DOCX_INFLATED_BYTES })).toBe('damaged');
  });
});

describe('a Word paragraph of 200,000 alternating bold and plain runs', () => {
  it('is joined into running text without overflowing the call stack', () => {
    const line = Array.from({ length: 200000 }, (_, index) => (index % 2 === 0 ? { text: 'a', bold: true } : { text: 'b' }));
    const joined = joinLines([line, [{ text: 'fin' }]]);
    expect(joined).toHaveLength(200000);
    expect(joined.at(-1)).toEqual({ text: 'b fin' });
  });
});

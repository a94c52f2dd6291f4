import { describe, expect, it } from 'vitest';
import { UserError } from '../../../main/core/errors';
import { parseCommunique } from '../../../main/core/import';
import { MAX_PARAGRAPH_BRACKETS } from '../../../main/core/import/markdown-budget';
import { textToBlocks } from '../../../main/core/import/text-blocks';
import { bytesOf } from './fixtures';

async function outcome(name: string, text: string): Promise<unknown> {
  return parseCommunique({ name, bytes: bytesOf(text) }).then(
    (parsed) => parsed,
    (thrown: unknown) => thrown,
  );
}

const HEADER = '# Communiqué de presse\n\n27 août 2019\n\nCP124-2019\n\n## Titre\n\n';

describe('markdown built to make a parser slow or crash', () => {
  it('refuses a paragraph of thousands of unclosed brackets in a sentence, rather than taking minutes', async () => {
    // 10,000 rather than 40,000 of each: seconds, not a minute, for the code this replaced.
    const error = await outcome('crochets.md', '['.repeat(10000) + ']('.repeat(10000));
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).detail).toEqual({ code: 'import.markdownTooManyBrackets', params: { file: 'crochets.md' } });
    expect((error as UserError).message).toBe(
      '« crochets.md » has a paragraph of more than 200 links or brackets, which no communiqué needs: simplify its markdown, or import it as .txt.',
    );
  });

  it('refuses 20,000 nested links in a sentence, rather than overflowing the stack', async () => {
    const error = await outcome('liens.md', '['.repeat(20000) + 'a' + '](https://cnes.fr)'.repeat(20000));
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).detail?.code).toBe('import.markdownTooManyBrackets');
  });

  it('refuses thousands of emphasis marks in one paragraph', async () => {
    const error = await outcome('gras.md', `${HEADER}${'*'.repeat(5000)}a${'*'.repeat(5000)}\n`);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).detail?.code).toBe('import.markdownTooManyMarks');
  });

  it('reads lists nested 20,000 deep on one line as one item of text', () => {
    const blocks = textToBlocks(`${'- '.repeat(20000)}a\n`, 'markdown');
    expect(blocks).toHaveLength(1);
    expect(blocks[0]?.kind).toBe('bullet');
    expect(blocks[0]?.lines.flat().map((run) => run.text).join('')).toBe(`${'- '.repeat(19999)}a`);
  });

  it('keeps block syntax left inside a block as text, so that it cannot swallow the blocks after it', () => {
    const blocks = textToBlocks('- 1. un\n\n```\nsuite\n\n<!-- note\n\n* * *\nfin\n\nDernier paragraphe.\n', 'markdown');
    expect(blocks.map((block) => [block.kind, block.lines.map((line) => line.map((run) => run.text).join(''))])).toEqual([
      ['bullet', ['1. un']],
      ['paragraph', ['```', 'suite']],
      ['paragraph', ['<!-- note']],
      ['paragraph', ['fin']],
      ['paragraph', ['Dernier paragraphe.']],
    ]);
  });

  it('reads 100,000 code spans in one paragraph as its text', () => {
    const blocks = textToBlocks(`${'`a` '.repeat(100000)}\n`, 'markdown');
    expect(blocks[0]?.lines).toEqual([[{ text: 'a '.repeat(100000).trimEnd() }]]);
  });

  it('keeps a long line of spaces as text, its hard break and its emphasis read as before', () => {
    const blocks = textToBlocks(`*a*${' '.repeat(200000)}b  \nc\n`, 'markdown');
    expect(blocks).toEqual([{ kind: 'paragraph', level: 0, lines: [[{ text: 'a', italic: true }, { text: `${' '.repeat(200000)}b` }], [{ text: 'c' }]] }]);
  });

  it('still imports a paragraph with as many links as the limit allows', async () => {
    const links = Array.from({ length: MAX_PARAGRAPH_BRACKETS }, (_, index) => `[lien ${index}](https://cnes.fr/${index})`).join(' ');
    const parsed = await outcome('liens.md', `${HEADER}${links}\n`);
    expect(parsed).not.toBeInstanceOf(Error);
    const body = (parsed as { body: Array<{ type: string; content?: Array<{ href?: string }> }> }).body;
    expect(body[0]?.content?.filter((run) => run.href).length).toBe(MAX_PARAGRAPH_BRACKETS);
  });
});

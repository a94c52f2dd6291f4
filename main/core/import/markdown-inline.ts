import { fromMarkdown } from 'mdast-util-from-markdown';
import type { PhrasingContent, RootContent } from 'mdast';
import type { Inline } from '../schema';
import { mergeRuns, safeHref, styledRun } from './inline';

type Style = Omit<Inline, 'text'>;

/**
 * Markdown's inline syntax through micromark (CommonMark): **bold**, *italic*, [links](https://…) and
 * <autolinks>, hard breaks; code keeps its text; images are dropped; a link with an unsafe target keeps
 * its words without the link. The block reader (text-blocks) has already read headings, lists and quotes.
 */

/**
 * A line as inline text only: its block syntax was read already, so what would still open a block there
 * (a list marker or rule left in an item, a fence, a setext underline, an indent, an HTML comment) is
 * escaped or trimmed, and each block reaches micromark as exactly one paragraph.
 */
function asInlineLine(line: string): string {
  const text = line.trimStart();
  const first = text[0] ?? '';
  const second = text[1];
  const marks = text.replace(/[ \t]/g, '');
  const isRule = marks.length >= 3 && marks === first.repeat(marks.length);
  // These open a block wherever they start a line, and mean nothing inline.
  if (first !== '' && '#>-+=~'.includes(first)) return `\\${text}`;
  const listOrRule = first === '*' && (second === undefined || second === ' ' || second === '\t' || isRule);
  const fenceOrHtml = text.startsWith('```') || /^<(?:[!?]|\/?(?:script|pre|style|textarea)\b)/i.test(text);
  if (listOrRule || (first === '_' && isRule) || fenceOrHtml) return `\\${text}`;
  // `1.` or `1)` would open an ordered list: the escaped delimiter stays a full stop or a parenthesis.
  const digits = /^\d{1,9}(?=[.)])/.exec(text)?.[0];
  return digits ? `${digits}\\${text.slice(digits.length)}` : text;
}

/** Runs of inline content, walked with a stack rather than recursion: nesting cannot overflow it. */
function phrasingRuns(nodes: readonly PhrasingContent[], definitions: ReadonlyMap<string, string>): Inline[] {
  const runs: Inline[] = [];
  const pending: Array<{ node: PhrasingContent; style: Style }> = [];
  const within = (children: readonly PhrasingContent[], style: Style): void => {
    for (let index = children.length - 1; index >= 0; index -= 1) pending.push({ node: children[index] as PhrasingContent, style });
  };
  within(nodes, {});
  for (let next = pending.pop(); next; next = pending.pop()) {
    const { node, style } = next;
    if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'html') runs.push(styledRun(node.value, style));
    else if (node.type === 'break') runs.push(styledRun('\n', style));
    else if (node.type === 'strong') within(node.children, { ...style, bold: true });
    else if (node.type === 'emphasis') within(node.children, { ...style, italic: true });
    else if (node.type === 'link') within(node.children, { ...style, href: safeHref(node.url) ?? style.href });
    else if (node.type === 'linkReference') within(node.children, { ...style, href: safeHref(definitions.get(node.identifier) ?? '') ?? style.href });
  }
  return runs;
}

function nodeRuns(node: RootContent, definitions: ReadonlyMap<string, string>): Inline[] {
  if (node.type === 'paragraph' || node.type === 'heading') return phrasingRuns(node.children, definitions);
  if (node.type === 'html' || node.type === 'code') return [{ text: node.value }];
  return [];
}

/**
 * The runs of each block, given as its lines; a line break is a `\n` in a run. All blocks are parsed as
 * one document, a blank line apart, so that a link may use a definition written in another block.
 */
export function parseMarkdownInline(blocks: readonly (readonly string[])[]): Inline[][] {
  const firstLines: number[] = [];
  let line = 1;
  for (const block of blocks) {
    firstLines.push(line);
    line += block.length + 1;
  }
  const tree = fromMarkdown(blocks.map((block) => block.map(asInlineLine).join('\n')).join('\n\n'));
  const definitions = new Map<string, string>();
  for (const node of tree.children) if (node.type === 'definition' && !definitions.has(node.identifier)) definitions.set(node.identifier, node.url);
  const runs: Inline[][] = blocks.map(() => []);
  let index = 0;
  for (const node of tree.children) {
    const start = node.position?.start.line ?? 0;
    while (index + 1 < firstLines.length && (firstLines[index + 1] ?? 0) <= start) index += 1;
    const block = runs[index] ?? [];
    if (block.length > 0) block.push({ text: '\n' });
    // One by one: spreading 100,000 runs of code spans into push() would overflow the call stack.
    for (const run of nodeRuns(node, definitions)) block.push(run);
  }
  return runs.map(mergeRuns);
}

import type { Inline } from '../schema';
import { mergeRuns, safeHref, styledRun } from './inline';

type Style = Omit<Inline, 'text'>;

const ESCAPABLE = /[\\`*_{}[\]()#+\-.!<>|~"']/;
const AUTOLINK = /^<((?:https?:\/\/|mailto:|tel:)[^\s<>]+|[^\s<>@]+@[^\s<>@]+\.[^\s<>@]+)>/i;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Index of the `]` closing the `[` at `open`, or -1. */
function closingBracket(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i += 1) {
    const char = text[i];
    if (char === '\\') i += 1;
    else if (char === '[') depth += 1;
    else if (char === ']' && (depth -= 1) === 0) return i;
  }
  return -1;
}

/** The end of a link target starting at `start`: spaces or an unbalanced `)` end it; `(…)` pairs may nest. */
function targetEnd(text: string, start: number): number {
  let depth = 0;
  for (let i = start; i < text.length; i += 1) {
    const char = text[i] ?? '';
    if (/\s/.test(char) || (char === ')' && depth === 0)) return i;
    if (char === '(') depth += 1;
    else if (char === ')') depth -= 1;
  }
  return text.length;
}

/** `[label](target "title")` starting at `start`: the label, the target and where it ends. */
function readLink(text: string, start: number): { label: string; target: string; end: number } | null {
  const close = closingBracket(text, start);
  if (close < 0 || text[close + 1] !== '(') return null;
  let at = close + 2;
  while (text[at] === ' ') at += 1;
  let target: string;
  if (text[at] === '<') {
    const end = text.indexOf('>', at);
    if (end < 0) return null;
    target = text.slice(at + 1, end);
    at = end + 1;
  } else {
    const end = targetEnd(text, at);
    target = text.slice(at, end);
    at = end;
  }
  const tail = /^(?:\s+"[^"]*")?\s*\)/.exec(text.slice(at));
  if (!tail) return null;
  return { label: text.slice(start + 1, close), target, end: at + tail[0].length };
}

/**
 * Where the emphasis opened by `delimiter` at `start` closes: the next same delimiter that follows a
 * non-space character; `_` must also sit at word edges, so snake_case and e-mail addresses stay text.
 */
function closingDelimiter(text: string, start: number, delimiter: string): number {
  const after = text[start + delimiter.length];
  if (after === undefined || /\s/.test(after)) return -1;
  if (delimiter[0] === '_' && start > 0 && WORD_CHAR.test(text[start - 1] ?? '')) return -1;
  for (let i = start + delimiter.length + 1; i <= text.length - delimiter.length; i += 1) {
    if (text[i - 1] === '\\') continue;
    if (!text.startsWith(delimiter, i) || /\s/.test(text[i - 1] ?? ' ')) continue;
    // `**` must not be read as the end of a single `*`.
    if (delimiter.length === 1 && text[i + 1] === delimiter) {
      i += 1;
      continue;
    }
    if (delimiter[0] === '_' && WORD_CHAR.test(text[i + delimiter.length] ?? '')) continue;
    return i;
  }
  return -1;
}

/**
 * Markdown inline syntax to runs: **bold**, *italic*, [links](https://…), <autolinks>, `code`, escapes.
 * Images are dropped; a link with an unsafe target keeps its text without the link.
 */
export function parseMarkdownInline(text: string, style: Style = {}): Inline[] {
  const runs: Inline[] = [];
  let buffer = '';
  const flush = (): void => {
    if (buffer) runs.push(styledRun(buffer, style));
    buffer = '';
  };
  let i = 0;
  while (i < text.length) {
    const char = text[i] ?? '';
    const rest = text.slice(i);
    if (char === '\\' && ESCAPABLE.test(text[i + 1] ?? '')) {
      buffer += text[i + 1];
      i += 2;
      continue;
    }
    if (char === '!' && text[i + 1] === '[') {
      const image = readLink(text, i + 1);
      if (image) {
        i = image.end;
        continue;
      }
    }
    if (char === '[') {
      const link = readLink(text, i);
      if (link) {
        flush();
        runs.push(...parseMarkdownInline(link.label, { ...style, href: safeHref(link.target) ?? style.href }));
        i = link.end;
        continue;
      }
    }
    const autolink = char === '<' ? AUTOLINK.exec(rest) : null;
    if (autolink) {
      const target = autolink[1] ?? '';
      flush();
      const href = safeHref(target.includes(':') ? target : `mailto:${target}`);
      runs.push(styledRun(target, { ...style, href: href ?? style.href }));
      i += autolink[0].length;
      continue;
    }
    if (char === '`') {
      const end = text.indexOf('`', i + 1);
      if (end > i) {
        buffer += text.slice(i + 1, end);
        i = end + 1;
        continue;
      }
    }
    if (char === '*' || char === '_') {
      const delimiter = text[i + 1] === char ? char + char : char;
      const end = closingDelimiter(text, i, delimiter);
      if (end > 0) {
        flush();
        const inner = text.slice(i + delimiter.length, end);
        const emphasis: Style = delimiter.length === 2 ? { ...style, bold: true } : { ...style, italic: true };
        runs.push(...parseMarkdownInline(inner, emphasis));
        i = end + delimiter.length;
        continue;
      }
    }
    buffer += char;
    i += 1;
  }
  flush();
  return mergeRuns(runs);
}

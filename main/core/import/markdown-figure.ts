import { fromMarkdown } from 'mdast-util-from-markdown';
import type { FigureSource } from './source';

export interface MarkdownFigure {
  source: FigureSource;
  alt: string;
  /** The image's title, `![alt](photo.jpg "caption")`: its caption. */
  caption: string;
}

const SCHEME = /^[a-z][a-z0-9+.-]*:/iu;
const DRIVE = /^[a-z]:[\\/]/iu;

function decoded(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/**
 * Where a markdown image points: a file in the communiqué's folder (or one below it), named relative to it;
 * anything else is a path out of the folder (absolute, `..`, `file:`) or a URL.
 */
export function figureSource(destination: string): FigureSource {
  const target = destination.trim();
  if (target.startsWith('//') || (SCHEME.test(target) && !DRIVE.test(target) && !/^file:/iu.test(target))) return { kind: 'remote', url: target };
  const path = decoded(target);
  const segments = path.split(/[\\/]/u);
  const absolute = /^[\\/]/u.test(path) || DRIVE.test(path) || /^file:/iu.test(path);
  if (absolute || segments.includes('..')) return { kind: 'outside', path: target };
  return { kind: 'file', path: segments.filter((segment) => segment !== '' && segment !== '.').join('/') };
}

/**
 * The images of a paragraph made of images alone (`![alt](photo.jpg "caption")`, one or more, each on
 * its line), else null: an image inside a sentence is no figure.
 */
export function markdownFigures(lines: readonly string[]): MarkdownFigure[] | null {
  const source = lines.join('\n').trim();
  if (!source.startsWith('![')) return null;
  const [paragraph, ...rest] = fromMarkdown(source).children;
  if (paragraph?.type !== 'paragraph' || rest.length > 0) return null;
  const figures: MarkdownFigure[] = [];
  for (const node of paragraph.children) {
    if (node.type === 'image') {
      if (node.url.trim() !== '') figures.push({ source: figureSource(node.url), alt: (node.alt ?? '').trim(), caption: (node.title ?? '').trim() });
    } else if (!(node.type === 'break' || (node.type === 'text' && node.value.trim() === ''))) {
      return null;
    }
  }
  return figures.length > 0 ? figures : null;
}

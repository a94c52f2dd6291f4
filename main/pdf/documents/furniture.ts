import { LABELS } from '../../core/language';
import type { Brand } from '../../core/schema';
import { FOOTER_RESERVE, type LaidOutDocument } from '../layout/compose';
import { frameWidth, type PageGeometry } from '../layout/geometry';
import type { FrameItem } from '../frame';
import { setParagraph, type Align, type Line } from '../text/paragraph';
import type { Span } from '../text/typography';
import type { TextStyle } from '../text/style';
import { baselineIn, style, type Theme } from './theme';

/** The running head: small texts above the frame, left and right, from a page of the document on. */
export interface RunningHead {
  left?: string;
  right?: string;
  fromPage: number;
}

function oneLine(spans: Span<TextStyle>[], width: number, align: Align, theme: Theme): Line[] {
  return setParagraph({ spans, language: theme.language, width, align, hyphenate: false, where: 'the page furniture' }).slice(0, 1);
}

/**
 * Footer on every page (footer text, website as a link, "page N / M") and the running head. Lines are
 * set once; only the page number is set per page.
 */
export function pageFurniture(brand: Brand, theme: Theme, g: PageGeometry, head: RunningHead): LaidOutDocument['furniture'] {
  const labels = LABELS[theme.language];
  const c = theme.colors;
  const width = frameWidth(g);
  const x = g.margins.left;
  const small = style(theme.heading.regular, 8, c.muted);
  const website = brand.website.trim();
  const websiteHref = website ? `https://${website.replace(/^https?:\/\//u, '')}` : undefined;
  const footerSpans = [
    ...(brand.footerText ? [{ text: website ? `${brand.footerText} · ` : brand.footerText, style: small }] : []),
    ...(website ? [{ text: website, style: style(theme.heading.bold, 8, c.primary, websiteHref) }] : []),
  ];
  const footer = oneLine(footerSpans, width * 0.75, 'left', theme);
  const top = g.height - g.margins.bottom - FOOTER_RESERVE + 12;
  const baseline = top + 6 + baselineIn(11, theme.heading.regular, 8);
  const headBaseline = g.margins.top - 12;
  const headLeft = head.left ? oneLine([{ text: head.left, style: small }], width * 0.6, 'left', theme) : [];
  const headRight = head.right ? oneLine([{ text: head.right, style: small }], head.left ? width * 0.4 : width, 'right', theme) : [];
  const headRightX = head.left ? x + width * 0.6 : x;
  const at = (lines: Line[], lineX: number, lineBaseline: number): FrameItem[] => lines.map((line) => ({ kind: 'text', x: lineX, baseline: lineBaseline, line }));
  return (page, count, pageInDocument) => [
    ...(pageInDocument >= head.fromPage ? [...at(headLeft, x, headBaseline), ...at(headRight, headRightX, headBaseline)] : []),
    { kind: 'rule', x, y: top, width, thickness: 0.5, color: c.muted },
    ...at(footer, x, baseline),
    ...at(oneLine([{ text: `${labels.page} ${page} / ${count}`, style: small }], width * 0.25, 'right', theme), x + width * 0.75, baseline),
  ];
}

import type { Bookmark, FrameItem } from '../frame';

/** Which paragraph a flow item is a line of, to enforce and report widows and orphans. */
export interface LineOf {
  /** Shared by the lines of one paragraph (compared by identity). */
  paragraph: object;
  index: number;
  count: number;
}

/** One unit of vertical flow: a line, a rule, an unbreakable card, its items relative to its top left. */
export interface FlowItem {
  height: number;
  /** Space above, dropped at the top of a page. */
  spaceBefore: number;
  /** May a page end just before this item? */
  breakBefore: boolean;
  drawables: FrameItem[];
  lineOf?: LineOf;
  /** Closing matter, which a page may not hold alone. */
  closing?: boolean;
  /** An entry of the PDF outline that points here. */
  bookmark?: Bookmark;
  /** A name internal links (`#name`) lead to. */
  anchor?: string;
}

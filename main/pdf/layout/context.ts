import type { Language } from '../../core/language';
import type { PageGeometry } from '../frame';
import type { Faces } from './faces';

/** An image's size in pixels, known once it is decoded. */
export interface ImageSize {
  width: number;
  height: number;
}

/** What layout knows while it sets a section. */
export interface LayoutContext {
  faces: Faces;
  language: Language;
  page: PageGeometry;
  /** The text column's width. */
  width: number;
  imageSizes: ReadonlyMap<string, ImageSize>;
  /** The page (from 1) an anchor lands on; 0 while it is not known yet. */
  pageOf: (anchor: string) => number;
}

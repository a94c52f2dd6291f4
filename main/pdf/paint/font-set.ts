import type { PDFContext } from 'pdf-lib';
import { EmbeddedFont } from './embedded-font';
import type { LoadedFont } from '../fonts/registry';

/** The faces a PDF uses, each embedded once under a resource name (F1, F2…) in order of first use. */
export class FontSet {
  private readonly fonts = new Map<LoadedFont, EmbeddedFont>();

  constructor(private readonly context: PDFContext) {}

  get(font: LoadedFont): EmbeddedFont {
    let embedded = this.fonts.get(font);
    if (!embedded) {
      embedded = new EmbeddedFont(this.context, font, `F${this.fonts.size + 1}`);
      this.fonts.set(font, embedded);
    }
    return embedded;
  }

  /** Writes every font program and dictionary; call once all pages are painted. */
  finish(): string[] {
    for (const font of this.fonts.values()) font.finish();
    return [...this.fonts.keys()].map((f) => f.postscriptName);
  }
}

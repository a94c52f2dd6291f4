import type { Brand } from '../../core/schema';
import type { Rgb } from '../blocks';

/** The brand's colours as the documents use them. Nothing brand-specific is fixed here. */
export interface Palette {
  primary: Rgb;
  accent: Rgb;
  text: Rgb;
  muted: Rgb;
  white: Rgb;
}

function hexToRgb(hex: string): Rgb {
  const n = Number.parseInt(hex.slice(1), 16);
  return { r: ((n >> 16) & 0xff) / 255, g: ((n >> 8) & 0xff) / 255, b: (n & 0xff) / 255 };
}

/** The colour `t` of the way from `a` to `b`. */
export function mix(a: Rgb, b: Rgb, t: number): Rgb {
  return { r: a.r + (b.r - a.r) * t, g: a.g + (b.g - a.g) * t, b: a.b + (b.b - a.b) * t };
}

/**
 * One palette per section: runs of a paragraph that share a colour share the object, which lets layout
 * join them into one run of glyphs.
 */
export function palette(brand: Brand): Palette {
  const white = { r: 1, g: 1, b: 1 };
  const text = hexToRgb(brand.colors.text);
  return { primary: hexToRgb(brand.colors.primary), accent: hexToRgb(brand.colors.accent), text, muted: mix(text, white, 0.4), white };
}

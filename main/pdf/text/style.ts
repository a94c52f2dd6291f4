import type { LoadedFont } from '../fonts/registry';

/** A colour with components in 0..1. */
export interface Rgb {
  r: number;
  g: number;
  b: number;
}

export function hexToRgb(hex: string): Rgb {
  const n = Number.parseInt(hex.slice(1), 16);
  return { r: ((n >> 16) & 0xff) / 255, g: ((n >> 8) & 0xff) / 255, b: (n & 0xff) / 255 };
}

export interface TextStyle {
  font: LoadedFont;
  size: number;
  color: Rgb;
  /** The target of a link (https:, mailto:, tel:). */
  href?: string;
}

export function sameStyle(a: TextStyle, b: TextStyle): boolean {
  return a.font === b.font && a.size === b.size && a.color === b.color && a.href === b.href;
}

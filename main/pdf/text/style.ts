import type { TextStyle } from '../frame';

/** Whether two runs can be shaped as one: same face, size, colour (the same object) and link. */
export function sameStyle(a: TextStyle, b: TextStyle): boolean {
  return a.font === b.font && a.size === b.size && a.color === b.color && a.href === b.href;
}

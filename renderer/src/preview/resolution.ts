/** Paint resolutions, coarse on purpose: a small change of window size repaints nothing. */
const RESOLUTIONS = [0.5, 0.75, 1, 1.5, 2, 3, 4] as const;
/** The coarsest resolution that still gives every device pixel of the shown page its own pixel. */
export function paintResolution(scale: number, devicePixelRatio: number): number {
  const needed = scale * devicePixelRatio;
  return RESOLUTIONS.find((r) => r >= needed) ?? RESOLUTIONS.at(-1) ?? needed;
}

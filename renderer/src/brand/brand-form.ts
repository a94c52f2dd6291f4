import { Brand, HexColor } from '../../../main/core/schema';

/** The font families bundled with the app; the typesetter knows no others. */
export const BUNDLED_FONTS = ['Noto Serif', 'Noto Sans'] as const;

export const MARGIN_SIDES = ['top', 'right', 'bottom', 'left'] as const;
export type MarginSide = (typeof MARGIN_SIDES)[number];
const MARGINS = Brand.shape.marginsMm.unwrap().shape.top;

export type BrandProblem = 'referencePattern' | 'primary' | 'accent' | 'text' | MarginSide;

/** What main would refuse, field by field, so the form can say it before saving. */
export function brandProblems(brand: Brand): Partial<Record<BrandProblem, true>> {
  const problems: Partial<Record<BrandProblem, true>> = {};
  if (!brand.referencePattern.includes('{n}')) problems.referencePattern = true;
  for (const key of ['primary', 'accent', 'text'] as const) if (!HexColor.safeParse(brand.colors[key]).success) problems[key] = true;
  for (const side of MARGIN_SIDES) if (!MARGINS.safeParse(brand.marginsMm[side]).success) problems[side] = true;
  return problems;
}

/** The fields that differ from what is stored. */
export function changedBrandFields(saved: Brand, draft: Brand): Partial<Brand> {
  const changes: Record<string, unknown> = {};
  for (const key of Object.keys(draft) as (keyof Brand)[]) if (JSON.stringify(saved[key]) !== JSON.stringify(draft[key])) changes[key] = draft[key];
  return changes as Partial<Brand>;
}

/** A sample of the pattern, as the next reference of the year would read: `CP{n}-{yyyy}` → `CP124-2019`. */
export function sampleReference(pattern: string, n: number, year: number): string {
  return pattern.replaceAll('{n}', String(n)).replaceAll('{yyyy}', String(year));
}

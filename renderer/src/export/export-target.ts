import type { ExportWarning } from '../../../main/api/contract';
import type { Language } from '../../../main/core/language';
import type { OutputOptions } from '../../../main/core/schema';
import { presskit } from '../api';

/** What an export prints: one release, a kit, or a sheet of contact cards (all, or those with these e-mails). */
export type ExportTarget = { kind: 'release'; ref: string; language: Language } | { kind: 'kit'; id: string } | { kind: 'cards'; emails?: string[]; language?: Language };

/**
 * Typesets the target with these options under `jobId`, so that export.progress and export.cancel can reach
 * it; `watermark` false leaves the draft watermark off a release or kit that is not approved, and
 * `allowUntranslated` says the user confirmed that a release still marked untranslated goes out as it is.
 * Gives the PDF, and what the user should know about it (an embargo already lifted).
 */
export async function exportPdf(
  target: ExportTarget,
  options: OutputOptions,
  jobId: string,
  { watermark = true, allowUntranslated = false }: { watermark?: boolean; allowUntranslated?: boolean } = {},
): Promise<{ bytes: Uint8Array; warnings: ExportWarning[] }> {
  const marking = watermark ? {} : { watermark: false };
  const api = presskit().export;
  switch (target.kind) {
    case 'release':
      return api.release({ ref: target.ref, language: target.language, options, ...marking, jobId, allowUntranslated });
    case 'kit':
      return api.kit({ id: target.id, options, ...marking, jobId, allowUntranslated });
    case 'cards':
      return api.cards({ ...(target.emails ? { emails: target.emails } : {}), ...(target.language ? { language: target.language } : {}), options, jobId });
  }
}

/** The refusals of an export that the user may overrule: a release still marked untranslated. */
export function asksToConfirm(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'translation.untranslated' || code === 'translation.kitUntranslated';
}

/** A file name every file system takes: the characters they refuse become spaces, and the extension is added. */
export function fileNameFor(base: string, extension: 'pdf' | 'vcf' | 'zip'): string {
  const cleaned = [...base]
    .map((char) => (/[/\\:*?"<>|]/.test(char) || char.charCodeAt(0) < 0x20 ? ' ' : char))
    .join('')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '')
    .slice(0, 150);
  return `${cleaned || 'export'}.${extension}`;
}

let jobs = 0;
/** A job id unique within this window. */
export function newJobId(): string {
  return `studio-${Date.now().toString(36)}-${++jobs}`;
}

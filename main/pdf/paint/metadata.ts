import { createHash } from 'node:crypto';
import { PDFHexString, type PDFDocument } from 'pdf-lib';
import { describedFields, writeXmp } from './archival';

export interface DocumentInfo {
  title: string;
  author: string;
  subject: string;
  keywords: string[];
  /** BCP 47, e.g. `fr-FR`. */
  language: string;
  creator: string;
  /** Left out when the document has no dates of its own (a sheet of cards): never the clock. */
  created?: Date;
  modified?: Date;
  /** What the file identifier is derived from: the same document gives the same /ID. */
  identity: string;
}

export const PRODUCER = 'PressKit Studio';

/**
 * The Info dictionary and the XMP packet from the same fields, so that they stay in step (PDF/A), the
 * catalog's /Lang, the title shown in the window, and the file identifier.
 */
export function writeInfo(pdf: PDFDocument, info: DocumentInfo): void {
  const fields = describedFields(info, PRODUCER);
  pdf.setTitle(fields.title, { showInWindowTitleBar: true });
  if (fields.author) pdf.setAuthor(fields.author);
  if (fields.subject) pdf.setSubject(fields.subject);
  if (fields.keywords) pdf.setKeywords([fields.keywords]);
  pdf.setLanguage(fields.language);
  pdf.setProducer(fields.producer);
  pdf.setCreator(fields.creator);
  if (fields.created) pdf.setCreationDate(fields.created);
  if (fields.modified) pdf.setModificationDate(fields.modified);
  writeXmp(pdf, fields);
  const id = createHash('md5').update(info.identity).digest('hex').toUpperCase();
  pdf.context.trailerInfo.ID = pdf.context.obj([PDFHexString.of(id), PDFHexString.of(id)]);
}

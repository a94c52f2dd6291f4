import { createHash } from 'node:crypto';
import { PDFHexString, type PDFDocument } from 'pdf-lib';

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

export function writeInfo(pdf: PDFDocument, info: DocumentInfo): void {
  pdf.setTitle(info.title, { showInWindowTitleBar: true });
  pdf.setAuthor(info.author);
  pdf.setSubject(info.subject);
  pdf.setKeywords(info.keywords);
  pdf.setLanguage(info.language);
  pdf.setProducer(PRODUCER);
  pdf.setCreator(info.creator);
  if (info.created) pdf.setCreationDate(info.created);
  if (info.modified) pdf.setModificationDate(info.modified);
  const id = createHash('md5').update(info.identity).digest('hex').toUpperCase();
  pdf.context.trailerInfo.ID = pdf.context.obj([PDFHexString.of(id), PDFHexString.of(id)]);
}

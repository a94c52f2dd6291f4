import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFName, PDFString, type PDFDocument, type PDFRef } from 'pdf-lib';
import { findAssetFolder } from '../fonts/font-files';
import type { DocumentInfo } from './metadata';
import { deflatedStream } from './streams';

/** What the Info dictionary and the XMP both say, each left out of both when the document has none. */
export interface DescribedFields {
  title: string;
  author?: string;
  subject?: string;
  keywords?: string;
  creator: string;
  producer: string;
  created?: Date;
  modified?: Date;
  language: string;
}

const escapeXml = (text: string): string => text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');

/** An XMP date as PDF/A wants it beside the Info's `D:…Z`: the same instant, to the second, in UTC. */
const xmpDate = (date: Date): string => `${date.toISOString().slice(0, 19)}Z`;

/** The pdfuaid schema is not one PDF/A-2 knows, so the packet declares it (ISO 19005-2 6.6.2.3). */
const PDFUA_EXTENSION = `<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType="Resource">
<pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>
<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>
<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>
<pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType="Resource">
<pdfaProperty:name>part</pdfaProperty:name>
<pdfaProperty:valueType>Integer</pdfaProperty:valueType>
<pdfaProperty:category>internal</pdfaProperty:category>
<pdfaProperty:description>Indicates, which part of ISO 14289 standard is followed</pdfaProperty:description>
</rdf:li></rdf:Seq></pdfaSchema:property>
</rdf:li></rdf:Bag></pdfaExtension:schemas>`;

/** The XMP packet: the Info's fields in their XMP places, and the PDF/A-2b and PDF/UA-1 claims. */
export function xmpPacket(fields: DescribedFields): string {
  const x = escapeXml;
  const lines = [
    `<dc:format>application/pdf</dc:format>`,
    `<dc:title><rdf:Alt><rdf:li xml:lang="x-default">${x(fields.title)}</rdf:li></rdf:Alt></dc:title>`,
    fields.author && `<dc:creator><rdf:Seq><rdf:li>${x(fields.author)}</rdf:li></rdf:Seq></dc:creator>`,
    fields.subject && `<dc:description><rdf:Alt><rdf:li xml:lang="x-default">${x(fields.subject)}</rdf:li></rdf:Alt></dc:description>`,
    `<dc:language><rdf:Bag><rdf:li>${x(fields.language)}</rdf:li></rdf:Bag></dc:language>`,
    fields.keywords && `<pdf:Keywords>${x(fields.keywords)}</pdf:Keywords>`,
    `<pdf:Producer>${x(fields.producer)}</pdf:Producer>`,
    `<xmp:CreatorTool>${x(fields.creator)}</xmp:CreatorTool>`,
    fields.created && `<xmp:CreateDate>${xmpDate(fields.created)}</xmp:CreateDate>`,
    fields.modified && `<xmp:ModifyDate>${xmpDate(fields.modified)}</xmp:ModifyDate>`,
    `<pdfaid:part>2</pdfaid:part>`,
    `<pdfaid:conformance>B</pdfaid:conformance>`,
    `<pdfuaid:part>1</pdfuaid:part>`,
    PDFUA_EXTENSION,
  ].filter(Boolean);
  return [
    '<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>',
    '<x:xmpmeta xmlns:x="adobe:ns:meta/">',
    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
    '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/"' +
      ' xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/" xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/"' +
      ' xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#" xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">',
    ...lines,
    '</rdf:Description>',
    '</rdf:RDF>',
    '</x:xmpmeta>',
    '<?xpacket end="w"?>',
  ].join('\n');
}

/** The document's metadata stream, left unfiltered so that any tool can read it (as PDF/A-1 demanded). */
export function writeXmp(pdf: PDFDocument, fields: DescribedFields): void {
  const stream = pdf.context.stream(Buffer.from(xmpPacket(fields), 'utf8'), { Type: 'Metadata', Subtype: 'XML' });
  pdf.catalog.set(PDFName.of('Metadata'), pdf.context.register(stream));
}

let profile: Uint8Array | undefined;

/** The sRGB profile of icc-profiles-free (zlib licence, beside it in assets/color). */
function srgbProfile(): Uint8Array {
  profile ??= readFileSync(join(findAssetFolder('color'), 'sRGB.icc'));
  return profile;
}

/**
 * The sRGB output intent PDF/A wants for DeviceRGB colour; returns the ICC stream, which the registration
 * colour's alternate space reuses.
 */
export function writeOutputIntent(pdf: PDFDocument): PDFRef {
  const { context } = pdf;
  const icc = deflatedStream(context, srgbProfile(), { N: 3 });
  const condition = PDFString.of('sRGB IEC61966-2.1');
  const intent = context.obj({ Type: 'OutputIntent', S: 'GTS_PDFA1', OutputConditionIdentifier: condition, Info: condition, DestOutputProfile: icc });
  pdf.catalog.set(PDFName.of('OutputIntents'), context.obj([intent]));
  return icc;
}

/** The separation All (registration: every plate), black through sRGB where it is shown on a screen. */
export function registrationSpace(pdf: PDFDocument, icc: PDFRef): PDFRef {
  const { context } = pdf;
  const tint = context.obj({ FunctionType: 2, Domain: [0, 1], C0: [1, 1, 1], C1: [0, 0, 0], N: 1 });
  return context.register(context.obj([PDFName.of('Separation'), PDFName.of('All'), context.obj([PDFName.of('ICCBased'), icc]), tint]));
}

/** The fields of a document's description as both the Info dictionary and the XMP carry them. */
export function describedFields(info: DocumentInfo, producer: string): DescribedFields {
  return {
    title: info.title,
    ...(info.author ? { author: info.author } : {}),
    ...(info.subject ? { subject: info.subject } : {}),
    ...(info.keywords.length > 0 ? { keywords: info.keywords.join(' ') } : {}),
    creator: info.creator,
    producer,
    ...(info.created ? { created: info.created } : {}),
    ...(info.modified ? { modified: info.modified } : {}),
    language: info.language,
  };
}

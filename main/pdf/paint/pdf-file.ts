import { deflateSync } from 'node:zlib';
import { PDFCrossRefStream, PDFHeader, PDFInvalidObject, PDFName, PDFNumber, PDFObjectStream, PDFRawStream, PDFRef, PDFStream, PDFTrailer, PDFWriter, type PDFContext, type PDFObject } from 'pdf-lib';

/** How many dictionaries go into one object stream (pdf-lib's own figure). */
const OBJECTS_PER_STREAM = 50;

/** A stream pdf-lib built uncompressed, deflated by Node's native zlib: pdf-lib's pako (JavaScript) took a tenth of a small kit's export. */
function deflated(stream: PDFObjectStream | PDFCrossRefStream): PDFRawStream {
  // A cross-reference stream writes its /W and /Index here.
  stream.updateDict();
  stream.dict.set(PDFName.of('Filter'), PDFName.of('FlateDecode'));
  return PDFRawStream.of(stream.dict, deflateSync(stream.getContents()));
}

/**
 * pdf-lib's PDFStreamWriter (every dictionary in object streams, a cross-reference stream), with the
 * streams deflated natively and without yielding to the event loop every 50 objects: an export is a
 * job of its own, in the worker or in the caller, and pauses of a timer's tick only made it longer.
 */
class NativeStreamWriter extends PDFWriter {
  constructor(context: PDFContext) {
    super(context, Infinity);
  }

  // Inferred: pdf-lib does not export the type of what this returns (its SerializationInfo).
  protected override async computeBufferSize() {
    const { context } = this;
    let objectNumber = context.largestObjectNumber + 1;
    const header = PDFHeader.forVersion(1, 7);
    let size = header.sizeInBytes() + 2;
    const xrefStream = PDFCrossRefStream.create(this.createTrailerDict(), false);
    const written: [PDFRef, PDFObject][] = [];
    const chunks: { ref: PDFRef; objects: [PDFRef, PDFObject][] }[] = [];
    for (const entry of context.enumerateIndirectObjects()) {
      const [ref, object] = entry;
      if (ref === context.trailerInfo.Encrypt || object instanceof PDFStream || object instanceof PDFInvalidObject || ref.generationNumber !== 0) {
        written.push(entry);
        xrefStream.addUncompressedEntry(ref, size);
        size += this.computeIndirectObjectSize(entry);
        continue;
      }
      let chunk = chunks.at(-1);
      if (!chunk || chunk.objects.length === OBJECTS_PER_STREAM) {
        chunk = { ref: PDFRef.of(objectNumber++), objects: [] };
        chunks.push(chunk);
      }
      xrefStream.addCompressedEntry(ref, chunk.ref, chunk.objects.length);
      chunk.objects.push(entry);
    }
    for (const { ref, objects } of chunks) {
      const stream = deflated(PDFObjectStream.withContextAndObjects(context, objects, false));
      xrefStream.addUncompressedEntry(ref, size);
      size += this.computeIndirectObjectSize([ref, stream]);
      written.push([ref, stream]);
    }
    const xrefRef = PDFRef.of(objectNumber++);
    xrefStream.dict.set(PDFName.of('Size'), PDFNumber.of(objectNumber));
    xrefStream.addUncompressedEntry(xrefRef, size);
    const xrefOffset = size;
    // Its entries are all in: its contents are final once deflated.
    const xref = deflated(xrefStream);
    size += this.computeIndirectObjectSize([xrefRef, xref]);
    written.push([xrefRef, xref]);
    const trailer = PDFTrailer.forLastCrossRefSectionOffset(xrefOffset);
    size += trailer.sizeInBytes();
    return { size, header, indirectObjects: written, trailer };
  }
}

/** The document's objects as a PDF file: what `PDFDocument.save({ useObjectStreams: true })` writes, faster. */
export function pdfFile(context: PDFContext): Promise<Uint8Array> {
  return new NativeStreamWriter(context).serializeToBuffer();
}

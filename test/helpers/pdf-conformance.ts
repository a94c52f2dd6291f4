// A checker of the PDF/UA-1 (Matterhorn protocol) and PDF/A-2b rules that can be judged offline, over
// pdf-lib's low-level objects: what veraPDF would say of our own files, for the rules a machine can decide.
import { decodePDFRawStream, PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFRawStream, PDFRef, PDFStream, PDFString, type PDFObject } from 'pdf-lib';

const STANDARD_TYPES = new Set(
  'Document Part Art Sect Div BlockQuote Caption TOC TOCI Index NonStruct Private H H1 H2 H3 H4 H5 H6 P L LI Lbl LBody Table TR TH TD THead TBody TFoot Span Quote Note Reference BibEntry Code Link Annot Ruby RB RT RP Warichu WT WP Figure Formula Form'.split(' '),
);
/** Operators that put ink on the page: each must sit inside tagged content or an artifact. */
const PAINTING = new Set(['Tj', 'TJ', "'", '"', 'f', 'F', 'f*', 'S', 's', 'B', 'B*', 'b', 'b*', 'Do', 'sh', 'BI']);

function text(obj: PDFObject | undefined): string | undefined {
  if (obj instanceof PDFString || obj instanceof PDFHexString) return obj.decodeText();
  return undefined;
}

/** A page's content, its streams joined (pdf-lib loads a page's /Contents as an array). */
function contentText(pdf: PDFDocument, contents: PDFObject | undefined): string {
  const streams = contents instanceof PDFArray ? contents.asArray().map((ref) => pdf.context.lookup(ref)) : [contents];
  return streams.map((s) => (s instanceof PDFRawStream ? Buffer.from(decodePDFRawStream(s).decode()).toString('latin1') : '')).join('\n');
}

/** The tokens of a content stream as we write it (no inline images; literal strings in TJ, hex in /ActualText). */
function tokens(content: string): string[] {
  return content.match(/<<|>>|\[|\]|<[0-9A-Fa-f\s]*>|\((?:\\.|[^\\)])*\)|\/[^\s/<>[\]()]+|[-+]?\d*\.?\d+|[A-Za-z'"*]+[0-9*]?|\S/gu) ?? [];
}

interface PageMarks {
  mcids: Set<number>;
  problems: string[];
}

/** Walks a page's content: balanced marked content, every painting operator tagged or an artifact. */
function pageMarks(content: string, page: number): PageMarks {
  const stack: ({ artifact: boolean; mcid?: number } | 'other')[] = [];
  const mcids = new Set<number>();
  const problems: string[] = [];
  let operands: string[] = [];
  for (const token of tokens(content)) {
    if (!/^[A-Za-z'"]/u.test(token)) {
      operands.push(token);
      continue;
    }
    if (token === 'BDC' || token === 'BMC') {
      const tag = operands[0];
      const mcidAt = operands.indexOf('/MCID');
      const mcid = mcidAt >= 0 ? Number(operands[mcidAt + 1]) : undefined;
      if (mcid !== undefined) {
        if (mcids.has(mcid)) problems.push(`page ${page}: MCID ${mcid} used twice`);
        mcids.add(mcid);
      }
      stack.push(tag === '/Artifact' ? { artifact: true } : mcid !== undefined ? { artifact: false, mcid } : 'other');
    } else if (token === 'EMC') {
      if (stack.pop() === undefined) problems.push(`page ${page}: EMC without a sequence`);
    } else if (PAINTING.has(token)) {
      const covered = stack.some((entry) => entry !== 'other' && (entry.artifact || entry.mcid !== undefined));
      if (!covered) problems.push(`page ${page}: ${token} neither tagged nor an artifact`);
      const inArtifact = stack.some((entry) => entry !== 'other' && entry.artifact);
      const tagged = stack.some((entry) => entry !== 'other' && entry.mcid !== undefined);
      if (inArtifact && tagged) problems.push(`page ${page}: tagged content inside an artifact`);
    } else if (token === 'k' || token === 'K') {
      problems.push(`page ${page}: DeviceCMYK colour (${token}) beside an sRGB output intent`);
    }
    operands = [];
  }
  if (stack.length > 0) problems.push(`page ${page}: ${stack.length} marked-content sequences left open`);
  return { mcids, problems };
}

function xmpValue(xmp: string, element: string): string | undefined {
  const match = new RegExp(`<${element}>(?:<rdf:(?:Alt|Seq|Bag)><rdf:li(?: xml:lang="x-default")?>)?([^<]*)<`, 'u').exec(xmp);
  return match?.[1]?.replace(/&lt;/gu, '<').replace(/&gt;/gu, '>').replace(/&quot;/gu, '"').replace(/&amp;/gu, '&');
}

/** The Info date `D:YYYYMMDDHHmmSSZ` and the XMP date name the same instant. */
function sameInstant(info: string | undefined, xmp: string | undefined): boolean {
  if (info === undefined || xmp === undefined) return info === xmp;
  const m = /^D:(\d{4})(\d\d)(\d\d)(\d\d)(\d\d)(\d\d)Z$/u.exec(info);
  return m !== null && Date.parse(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}Z`) === Date.parse(xmp);
}

function checkMetadata(pdf: PDFDocument, problems: string[]): void {
  const { catalog, context } = pdf;
  const metadata = catalog.lookup(PDFName.of('Metadata'));
  if (!(metadata instanceof PDFRawStream)) {
    problems.push('no XMP metadata stream');
    return;
  }
  if (metadata.dict.has(PDFName.of('Filter'))) problems.push('the XMP stream is filtered');
  const xmp = Buffer.from(metadata.contents).toString('utf8');
  if (xmpValue(xmp, 'pdfaid:part') !== '2' || xmpValue(xmp, 'pdfaid:conformance') !== 'B') problems.push('XMP does not claim PDF/A-2b');
  if (xmpValue(xmp, 'pdfuaid:part') !== '1') problems.push('XMP does not claim PDF/UA-1');
  if (!/<pdfaSchema:prefix>pdfuaid<\/pdfaSchema:prefix>/u.test(xmp) || !/<pdfaProperty:name>part<\/pdfaProperty:name>/u.test(xmp)) problems.push('the pdfuaid schema is not declared as a PDF/A extension');
  if (!xmpValue(xmp, 'dc:language')) problems.push('XMP has no dc:language');
  const info = context.lookup(context.trailerInfo.Info);
  if (!(info instanceof PDFDict)) {
    problems.push('no Info dictionary');
    return;
  }
  const field = (key: string): string | undefined => text(info.lookup(PDFName.of(key)));
  const pairs: [string, string][] = [
    ['Title', 'dc:title'],
    ['Author', 'dc:creator'],
    ['Subject', 'dc:description'],
    ['Keywords', 'pdf:Keywords'],
    ['Producer', 'pdf:Producer'],
    ['Creator', 'xmp:CreatorTool'],
  ];
  for (const [key, element] of pairs) {
    if (field(key) !== xmpValue(xmp, element)) problems.push(`Info ${key} (${field(key)}) and XMP ${element} (${xmpValue(xmp, element)}) differ`);
  }
  if (!field('Title')) problems.push('no document title');
  for (const [key, element] of [
    ['CreationDate', 'xmp:CreateDate'],
    ['ModDate', 'xmp:ModifyDate'],
  ] as const) {
    if (!sameInstant(field(key), xmpValue(xmp, element))) problems.push(`Info ${key} and XMP ${element} differ`);
  }
}

function checkCatalog(pdf: PDFDocument, problems: string[]): void {
  const { catalog, context } = pdf;
  const markInfo = catalog.lookup(PDFName.of('MarkInfo'));
  if (!(markInfo instanceof PDFDict) || markInfo.get(PDFName.of('Marked'))?.toString() !== 'true') problems.push('MarkInfo /Marked is not true');
  if (markInfo instanceof PDFDict && markInfo.get(PDFName.of('Suspects'))?.toString() === 'true') problems.push('MarkInfo /Suspects is true');
  if (!text(catalog.lookup(PDFName.of('Lang')))) problems.push('the catalog has no /Lang');
  const prefs = catalog.lookup(PDFName.of('ViewerPreferences'));
  if (!(prefs instanceof PDFDict) || prefs.get(PDFName.of('DisplayDocTitle'))?.toString() !== 'true') problems.push('DisplayDocTitle is not true');
  const id = context.trailerInfo.ID;
  if (!(id instanceof PDFArray) || id.size() !== 2) problems.push('no trailer /ID');
  if (context.trailerInfo.Encrypt) problems.push('the file is encrypted');
  const intents = catalog.lookup(PDFName.of('OutputIntents'));
  const intent = intents instanceof PDFArray ? intents.lookup(0) : undefined;
  const profile = intent instanceof PDFDict ? intent.lookup(PDFName.of('DestOutputProfile')) : undefined;
  if (!(intent instanceof PDFDict) || intent.get(PDFName.of('S'))?.toString() !== '/GTS_PDFA1' || !(profile instanceof PDFStream) || profile.dict.get(PDFName.of('N'))?.toString() !== '3') {
    problems.push('no sRGB PDF/A output intent with an ICC profile');
  }
}

function checkFontsAndGroups(pdf: PDFDocument, problems: string[]): void {
  for (const [ref, obj] of pdf.context.enumerateIndirectObjects()) {
    const dict = obj instanceof PDFDict ? obj : obj instanceof PDFStream ? obj.dict : undefined;
    if (!dict) continue;
    const type = dict.get(PDFName.of('Type'))?.toString();
    if (type === '/FontDescriptor' && !['FontFile', 'FontFile2', 'FontFile3'].some((key) => dict.has(PDFName.of(key)))) problems.push(`font ${ref.toString()} is not embedded`);
    if (type === '/Font') {
      const subtype = dict.get(PDFName.of('Subtype'))?.toString();
      if (subtype !== '/Type0' && !dict.has(PDFName.of('FontDescriptor'))) problems.push(`font ${ref.toString()} has no descriptor (not embedded)`);
    }
    const group = dict.lookup(PDFName.of('Group'));
    if (group instanceof PDFDict && group.get(PDFName.of('S'))?.toString() === '/Transparency' && !group.has(PDFName.of('CS'))) problems.push(`transparency group of ${ref.toString()} has no blending colour space`);
  }
}

/** Whether a page draws an image with a soft mask (alpha), which makes it transparent. */
function softMasked(pdf: PDFDocument, page: PDFDict): boolean {
  const resources = page.lookup(PDFName.of('Resources'));
  const xobjects = resources instanceof PDFDict ? resources.lookup(PDFName.of('XObject')) : undefined;
  if (!(xobjects instanceof PDFDict)) return false;
  return xobjects.values().some((ref) => {
    const xobject = pdf.context.lookup(ref);
    return xobject instanceof PDFStream && xobject.dict.has(PDFName.of('SMask'));
  });
}

/** A transparent page names its blending colour space in a transparency group (veraPDF's reading of ISO 19005-2 6.2.10). */
function blendingSpace(page: PDFDict): boolean {
  const group = page.lookup(PDFName.of('Group'));
  return group instanceof PDFDict && group.get(PDFName.of('S'))?.toString() === '/Transparency' && group.has(PDFName.of('CS'));
}

interface TreeFacts {
  /** By page index, the MCIDs the tree reaches. */
  reached: Map<number, Set<number>>;
  annotations: Set<string>;
  headings: number[];
}

function walkTree(pdf: PDFDocument, pageIndex: Map<string, number>, problems: string[]): TreeFacts {
  const facts: TreeFacts = { reached: new Map(), annotations: new Set(), headings: [] };
  const root = pdf.catalog.lookup(PDFName.of('StructTreeRoot'));
  if (!(root instanceof PDFDict)) {
    problems.push('no structure tree');
    return facts;
  }
  const roleMap = root.lookup(PDFName.of('RoleMap'));
  const reach = (page: PDFObject | undefined, mcid: number): void => {
    const index = page instanceof PDFRef ? pageIndex.get(page.toString()) : undefined;
    if (index === undefined) {
      problems.push(`MCID ${mcid} without a page`);
      return;
    }
    const set = facts.reached.get(index) ?? new Set<number>();
    set.add(mcid);
    facts.reached.set(index, set);
  };
  const visit = (obj: PDFObject | undefined, page: PDFObject | undefined): void => {
    const node = obj instanceof PDFRef ? pdf.context.lookup(obj) : obj;
    if (node instanceof PDFNumber) return reach(page, node.asNumber());
    if (node instanceof PDFArray) return node.asArray().forEach((kid) => visit(kid, page));
    if (!(node instanceof PDFDict)) return;
    const type = node.get(PDFName.of('Type'))?.toString();
    if (type === '/MCR') return reach(node.get(PDFName.of('Pg')) ?? page, (node.lookup(PDFName.of('MCID')) as PDFNumber).asNumber());
    if (type === '/OBJR') {
      facts.annotations.add(node.get(PDFName.of('Obj'))?.toString() ?? '');
      return;
    }
    const role = node.get(PDFName.of('S'))?.toString().slice(1) ?? '';
    if (!STANDARD_TYPES.has(role) && !(roleMap instanceof PDFDict && roleMap.has(PDFName.of(role)))) problems.push(`structure type ${role} is neither standard nor role-mapped`);
    if (role === 'Figure' && !text(node.lookup(PDFName.of('Alt')))) problems.push('a Figure without alternative text');
    const level = /^H([1-6])$/u.exec(role);
    if (level) facts.headings.push(Number(level[1]));
    visit(node.get(PDFName.of('K')), node.get(PDFName.of('Pg')) ?? page);
  };
  visit(root.get(PDFName.of('K')), undefined);
  facts.headings.forEach((level, i) => {
    const previous = i === 0 ? 0 : (facts.headings[i - 1] as number);
    if (level > previous + 1) problems.push(`heading H${level} after H${previous || 'none'}: a level is skipped`);
  });
  return facts;
}

/** Every rule this checker can judge that the PDF breaks, as sentences; empty when it conforms. */
export async function conformanceProblems(bytes: Uint8Array): Promise<string[]> {
  const problems: string[] = [];
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
  checkCatalog(pdf, problems);
  checkMetadata(pdf, problems);
  checkFontsAndGroups(pdf, problems);
  const pages = pdf.getPages();
  const pageIndex = new Map(pages.map((p, i) => [p.ref.toString(), i]));
  const tree = walkTree(pdf, pageIndex, problems);
  const root = pdf.catalog.lookup(PDFName.of('StructTreeRoot'));
  const parentTree = root instanceof PDFDict ? root.lookup(PDFName.of('ParentTree')) : undefined;
  const nums = parentTree instanceof PDFDict ? parentTree.lookup(PDFName.of('Nums')) : undefined;
  const parents = new Map<number, PDFObject>();
  if (nums instanceof PDFArray) for (let i = 0; i + 1 < nums.size(); i += 2) parents.set((nums.get(i) as PDFNumber).asNumber(), nums.get(i + 1));
  else problems.push('no ParentTree');
  pages.forEach((page, i) => {
    const { node } = page;
    if (node.get(PDFName.of('Tabs'))?.toString() !== '/S') problems.push(`page ${i}: /Tabs is not /S`);
    if (softMasked(pdf, node) && !blendingSpace(node)) problems.push(`page ${i}: a picture with an alpha mask, and no transparency group with a colour space`);
    const key = node.get(PDFName.of('StructParents'));
    const marks = pageMarks(contentText(pdf, node.lookup(PDFName.of('Contents'))), i);
    problems.push(...marks.problems);
    const reached = tree.reached.get(i) ?? new Set<number>();
    for (const mcid of marks.mcids) if (!reached.has(mcid)) problems.push(`page ${i}: MCID ${mcid} is not reached from the structure tree`);
    for (const mcid of reached) if (!marks.mcids.has(mcid)) problems.push(`page ${i}: the tree points at MCID ${mcid}, which the page lacks`);
    const entry = key instanceof PDFNumber ? pdf.context.lookup(parents.get(key.asNumber())) : undefined;
    if (marks.mcids.size > 0 && !(entry instanceof PDFArray && entry.size() === marks.mcids.size)) problems.push(`page ${i}: no ParentTree entry for its MCIDs`);
    const annots = node.lookup(PDFName.of('Annots'));
    for (const ref of annots instanceof PDFArray ? annots.asArray() : []) {
      const annot = pdf.context.lookup(ref);
      if (!(annot instanceof PDFDict)) continue;
      if (!text(annot.lookup(PDFName.of('Contents')))) problems.push(`page ${i}: a link annotation without /Contents`);
      if (!(annot.get(PDFName.of('StructParent')) instanceof PDFNumber)) problems.push(`page ${i}: a link annotation without /StructParent`);
      if (!tree.annotations.has(ref.toString())) problems.push(`page ${i}: a link annotation that no Link element holds`);
      const flags = annot.get(PDFName.of('F'));
      if (!(flags instanceof PDFNumber) || (flags.asNumber() & 4) === 0) problems.push(`page ${i}: an annotation that does not print`);
    }
  });
  return problems;
}

/**
 * The bench's anchor: the same kit typeset by Typst (its Rust compiler through the node binding), in a
 * process of its own, so that PressKit Studio's figures are read against a well-known engine measured in
 * the same run on the same machine.
 *
 * The Typst document holds what the kit prints: for each release its header (kind, place and date,
 * reference), title, subtitle, lead, body and contacts, justified and hyphenated in its language, in
 * Noto Serif and Noto Sans from the app's own fonts, on A4 with the brand's margins; then the contacts
 * page. Its text goes in as string literals, so no character of a release is read as Typst markup.
 */
import { roleIn } from '../main/core/contact-role';
import { LABELS, type Language } from '../main/core/language';
import { printedPhone } from '../main/core/phone';
import type { Brand, Contact, Inline, Release, RichText } from '../main/core/schema';

/** A Typst string literal. */
function str(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, ' ')}"`;
}

function runs(content: readonly Inline[]): string {
  return content
    .map((run) => {
      let code = str(run.text);
      if (run.bold) code = `strong(${code})`;
      if (run.italic) code = `emph(${code})`;
      if (run.href) code = `link(${str(run.href)}, ${code})`;
      return `#${code}`;
    })
    .join('');
}

function body(blocks: RichText): string[] {
  return blocks.map((block) => {
    switch (block.type) {
      case 'paragraph':
        return `#par[${runs(block.content)}]`;
      case 'heading':
        return `#heading(level: ${block.level})[${runs(block.content)}]`;
      case 'bulletList':
        return `#list(${block.items.map((item) => `[${runs(item)}]`).join(', ')})`;
      case 'orderedList':
        return `#enum(${block.items.map((item) => `[${runs(item)}]`).join(', ')})`;
      case 'quote':
        return `#quote(block: true${block.attribution ? `, attribution: ${str(block.attribution)}` : ''})[${runs(block.content)}]`;
      case 'figure':
        return `#par[#emph(${str([block.caption, block.credit].filter(Boolean).join(' '))})]`;
    }
  });
}

function contactLines(contact: Contact, language: Language): string {
  const role = roleIn(contact.roles, language, contact.languages)?.text;
  const phones = contact.phones.map((phone) => str(`${LABELS[language].phone[phone.type]} ${printedPhone(phone.number, language)}`));
  const lines = [`strong(${str(contact.name)})`, ...(role ? [str(role)] : []), ...phones, ...(contact.email ? [str(contact.email)] : [])];
  return `#block(breakable: false)[${lines.map((line) => `#${line}`).join(' \\ ')}]`;
}

function release(item: Release, contacts: ReadonlyMap<string, Contact>, brand: Brand): string {
  const labels = LABELS[item.language];
  const own = item.contactIds.flatMap((id) => contacts.get(id) ?? []);
  return [
    `#set text(lang: ${str(item.language)})`,
    `#align(right)[#text(font: "Noto Sans", weight: "bold")[#${str(item.kind || labels.release)}] \\ #text(font: "Noto Sans", size: 9.5pt)[#${str([item.place, item.date].filter(Boolean).join(', '))} \\ #${str(item.ref)}]]`,
    `#line(length: 100%)`,
    `#heading(level: 1)[#${str(item.title)}]`,
    item.subtitle && `#par[#emph(${str(item.subtitle)})]`,
    item.lead && `#par[#strong(${str(item.lead)})]`,
    ...body(item.body),
    item.boilerplate && brand.boilerplate[item.language] && `#heading(level: 2)[#${str(brand.boilerplateTitle[item.language] || labels.about)}] #par[#${str(brand.boilerplate[item.language])}]`,
    own.length > 0 && `#heading(level: 2)[#${str(labels.contacts)}] #grid(columns: 2, gutter: 12pt, ${own.map((contact) => `[${contactLines(contact, item.language)}]`).join(', ')})`,
    brand.website && `#par[#${str(brand.website)}]`,
  ]
    .filter(Boolean)
    .join('\n\n');
}

/** The Typst source of a kit of `releases`, as PressKit Studio prints it (without the cover's picture). */
export function typstKit(releases: readonly Release[], contacts: readonly Contact[], brand: Brand): string {
  const byId = new Map(contacts.map((contact) => [contact.id, contact]));
  const m = brand.marginsMm;
  const preamble = [
    `#set page(paper: "a4", margin: (top: ${m.top}mm, right: ${m.right}mm, bottom: ${m.bottom}mm, left: ${m.left}mm), footer: context [#set text(size: 8pt); #${str(brand.footerText || brand.organisation)} #h(1fr) #counter(page).display("1 / 1", both: true)])`,
    `#set text(font: "Noto Serif", size: 10.5pt, hyphenate: true)`,
    `#set par(justify: true, leading: 0.55em, spacing: 0.8em)`,
    `#show heading: set text(font: "Noto Sans")`,
    `#align(center + horizon)[#text(size: 28pt, font: "Noto Sans", weight: "bold")[#${str(brand.organisation)}]]`,
    `#pagebreak()`,
    `#outline()`,
  ];
  const pages = releases.map((item) => `#pagebreak()\n${release(item, byId, brand)}`);
  const directory = `#pagebreak()\n#heading(level: 1)[#${str(LABELS.fr.contacts)}]\n#grid(columns: 2, gutter: 14pt, ${contacts.map((contact) => `[${contactLines(contact, 'fr')}]`).join(', ')})`;
  return [...preamble, ...pages, directory].join('\n\n');
}

export interface TypstRun {
  pages: number;
  bytes: number;
  /** From creating the compiler to the first PDF, in a fresh process. */
  firstMs: number;
  warmMedianMs: number;
  peakRssMb: number;
}

/** Compiles `source` once cold and `warmRuns` times warm, in this process (the bench gives it one of its own). */
export async function runTypst(source: string, fontDir: string, warmRuns: number): Promise<TypstRun> {
  const started = performance.now();
  const { NodeCompiler } = await import('@myriaddreamin/typst-ts-node-compiler');
  const compiler = NodeCompiler.create({ fontArgs: [{ fontPaths: [fontDir] }] });
  const compile = (): { pages: number; bytes: number } => {
    const result = compiler.compile({ mainFileContent: source });
    const document = result.result;
    if (!document) {
      result.printErrors();
      throw new Error('Typst could not compile the bench kit.');
    }
    return { pages: document.numOfPages, bytes: compiler.pdf(document).byteLength };
  };
  const first = compile();
  const firstMs = performance.now() - started;
  const times: number[] = [];
  for (let run = 0; run < warmRuns; run += 1) {
    // Typst's memo cache would answer an unchanged kit from memory: emptied, each run lays the kit out again
    // with the process warm (fonts loaded, code paged in), as a PressKit Studio export does.
    compiler.evictCache(0);
    const at = performance.now();
    compile();
    times.push(performance.now() - at);
  }
  times.sort((a, b) => a - b);
  return { ...first, firstMs, warmMedianMs: times[Math.floor(times.length / 2)] as number, peakRssMb: process.resourceUsage().maxRSS / 1024 };
}

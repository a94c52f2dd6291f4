/**
 * The release as a journalist's mail carries it: the embargo line (or "Diffusion immédiate"), the header
 * line, title, subtitle, lead, body, boilerplate, contacts and website, as plain blocks that the text and
 * the HTML writers both read, so that the two say the same.
 */
import { roleIn } from '../contact-role';
import { printedReference } from '../reference';
import { longDate } from '../dates';
import { embargoLine, immediateReleaseLine } from '../embargo';
import { printedPhone } from '../phone';
import { LABELS, type Language } from '../language';
import type { Brand, Contact, Inline, Release } from '../schema';

export type MailBlock =
  | { kind: 'notice'; text: string }
  | { kind: 'header'; text: string }
  | { kind: 'title'; text: string }
  | { kind: 'subtitle'; text: string }
  | { kind: 'lead'; text: string }
  | { kind: 'paragraph'; runs: Inline[] }
  | { kind: 'heading'; level: 2 | 3; runs: Inline[] }
  | { kind: 'list'; ordered: boolean; items: Inline[][] }
  | { kind: 'quote'; runs: Inline[]; attribution?: string }
  /** A photo: its words, and the file of the pack that holds it. */
  | { kind: 'figure'; caption: string; credit: string; file?: string }
  | { kind: 'section'; text: string }
  | { kind: 'contact'; name: string; lines: string[]; email: string }
  | { kind: 'website'; url: string };

export interface MailDocument {
  language: Language;
  blocks: MailBlock[];
}

/** The first line of a journalist's copy: until when it is embargoed, or that it may go out now. */
export function releaseNotice(release: Release): string {
  return release.embargo ? embargoLine(release.embargo, release.language) : immediateReleaseLine(release.language);
}

export interface MailInput {
  release: Release;
  contacts: readonly Contact[];
  brand: Brand;
  /** The pack's file for each figure's image, by image name. */
  photoFiles?: ReadonlyMap<string, string>;
}

/** A contact as the release prints it: the role in the release's language, numbers as its readers dial them. */
function contactBlock(contact: Contact, language: Language): MailBlock {
  const words = LABELS[language].phone;
  const role = roleIn(contact.roles, language, contact.languages)?.text ?? '';
  const lines = [role, contact.organisation, ...contact.phones.map((phone) => `${words[phone.type]} ${printedPhone(phone.number, language)}`)].filter(Boolean);
  return { kind: 'contact', name: contact.name, lines, email: contact.email };
}

export function mailDocument({ release, contacts, brand, photoFiles }: MailInput): MailDocument {
  const { language } = release;
  const labels = LABELS[language];
  const date = longDate(release.date, language);
  const blocks: MailBlock[] = [
    { kind: 'notice', text: releaseNotice(release) },
    { kind: 'header', text: [release.kind || labels.release, release.place ? `${release.place}, ${date}` : date, printedReference(release.ref, language)].join(' · ') },
    { kind: 'title', text: release.title },
  ];
  if (release.subtitle) blocks.push({ kind: 'subtitle', text: release.subtitle });
  if (release.lead) blocks.push({ kind: 'lead', text: release.lead });
  for (const block of release.body) {
    switch (block.type) {
      case 'paragraph':
        blocks.push({ kind: 'paragraph', runs: block.content });
        break;
      case 'heading':
        blocks.push({ kind: 'heading', level: block.level, runs: block.content });
        break;
      case 'bulletList':
      case 'orderedList':
        blocks.push({ kind: 'list', ordered: block.type === 'orderedList', items: block.items });
        break;
      case 'quote':
        blocks.push({ kind: 'quote', runs: block.content, ...(block.attribution ? { attribution: block.attribution } : {}) });
        break;
      case 'figure': {
        const file = photoFiles?.get(block.image);
        blocks.push({ kind: 'figure', caption: block.caption, credit: block.credit, ...(file ? { file } : {}) });
        break;
      }
    }
  }
  const about = brand.boilerplate[language].trim();
  if (release.boilerplate && about) {
    blocks.push({ kind: 'section', text: brand.boilerplateTitle[language] || labels.about });
    for (const text of about.split(/\n\s*\n/u)) blocks.push({ kind: 'paragraph', runs: [{ text: text.trim() }] });
  }
  if (contacts.length > 0) {
    blocks.push({ kind: 'section', text: labels.contacts.toLocaleUpperCase(language) });
    for (const contact of contacts) blocks.push(contactBlock(contact, language));
  }
  if (brand.website) blocks.push({ kind: 'website', url: brand.website });
  return { language, blocks };
}

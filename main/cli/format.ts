import type { BlockDiff, Output, ReleaseSummary, RevisionSummary } from '../api/contract';
import { roleIn } from '../core/contact-role';
import { LABELS } from '../core/language';
import { printedPhone } from '../core/phone';
import { embargoLine } from '../core/embargo';
import type { Contact, Kit, Release } from '../core/schema';

function table(rows: string[][]): string {
  const columns = Math.max(0, ...rows.map((row) => row.length));
  const widths = Array.from({ length: columns }, (_, column) => Math.max(...rows.map((row) => [...(row[column] ?? '')].length)));
  return rows.map((row) => row.map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column] ?? 0))).join('  ')).join('\n') + '\n';
}

export function releasesTable(releases: ReleaseSummary[]): string {
  if (releases.length === 0) return 'The archive has no releases yet. Import one with: presskit import FILE.md\n';
  return table([['REF', 'DATE', 'LANG', 'STATUS', 'TITLE'], ...releases.map((r) => [r.ref, r.date, r.language, r.status, r.title])]);
}

function inlineText(content: { text: string }[]): string {
  return content.map((part) => part.text).join('');
}

export function releaseText(release: Release): string {
  const mark = release.untranslated ? ' · untranslated' : '';
  const lines = [`${release.ref} · ${release.date} · ${release.language} · ${release.status}${mark}`];
  if (release.embargo) lines.push(embargoLine(release.embargo, release.language));
  lines.push('', release.title);
  if (release.subtitle) lines.push(release.subtitle);
  if (release.lead) lines.push('', release.lead);
  for (const block of release.body) {
    lines.push('');
    if (block.type === 'bulletList' || block.type === 'orderedList') {
      block.items.forEach((item, index) => lines.push(`${block.type === 'bulletList' ? '•' : `${index + 1}.`} ${inlineText(item)}`));
    } else if (block.type === 'figure') {
      lines.push(`[${[block.caption, block.credit].filter(Boolean).join(' ') || block.alt}]`);
    } else {
      lines.push(block.type === 'quote' ? `« ${inlineText(block.content)} »` : inlineText(block.content));
    }
  }
  return lines.join('\n') + '\n';
}

/**
 * `contacts list --json`: the stored contact, plus the fields the shape had before roles and typed phones,
 * which scripts may read (the shape only grows): `role` in the contact's first language, each phone's `label`.
 */
export function contactsJson(contacts: Contact[]): string {
  return json(
    contacts.map((contact) => ({
      ...contact,
      role: roleIn(contact.roles, contact.languages[0] ?? 'fr', contact.languages)?.text ?? '',
      phones: contact.phones.map((phone) => ({ label: LABELS.en.phone[phone.type], ...phone })),
    })),
  );
}

export function contactsTable(contacts: Contact[]): string {
  if (contacts.length === 0) return 'The directory has no contacts yet.\n';
  // The command speaks English: the English role when there is one, numbers in their international form.
  const row = (c: Contact) => [c.name, roleIn(c.roles, 'en', c.languages)?.text ?? '', c.phones[0] ? printedPhone(c.phones[0].number, 'en') : '', c.email];
  return table([['NAME', 'ROLE', 'PHONE', 'EMAIL'], ...contacts.map(row)]);
}

export function kitsTable(kits: Kit[]): string {
  if (kits.length === 0) return 'There are no press kits yet. Create one with: presskit kit create NAME --release REF\n';
  return table([['NAME', 'LANG', 'ITEMS', 'EVENT'], ...kits.map((k) => [k.name, k.language, String(k.items.length), k.event.name])]);
}

export function json(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n';
}

/** Each unknown word on a line: where it is (part, then offset in that part), the word, and what it might be. */
export function spellingReport({ ref, language, unknown }: Output<'spell.release'>): string {
  if (unknown.length === 0) return `${ref} (${language}): every word is in the dictionary.\n`;
  const rows = unknown.map((spot) => [`${spot.where}:${spot.start + 1}`, spot.word, spot.suggestions.length ? `-> ${spot.suggestions.slice(0, 5).join(', ')}` : '']);
  return `${ref} (${language}): ${unknown.length} word${unknown.length === 1 ? '' : 's'} not in the dictionary\n${table(rows)}(names get no suggestions; add the office's own with: presskit dictionary add WORD)\n`;
}

export function historyTable(ref: string, revisions: RevisionSummary[]): string {
  if (revisions.length === 0) return `${ref} has no revisions yet: one is kept per editing session, status change and approval.\n`;
  const what = (r: RevisionSummary) => (r.kind === 'approve' ? `approved by ${r.by ?? ''}` : r.kind === 'restore' ? `restored revision ${r.from ?? ''}` : r.kind);
  return table([['REV', 'AT', 'STATUS', 'WHAT'], ...revisions.map((r) => [String(r.n), r.at, r.status, what(r)])]);
}

/** The differences as wdiff prints them: [-deleted-] and {+inserted+} words, a heading per block. */
export function diffText(diff: { from: number | null; to: number | 'current'; blocks: BlockDiff[] }): string {
  const side = (point: number | null | 'current') => (point === null ? 'nothing' : point === 'current' ? 'the current text' : `revision ${point}`);
  const head = `From ${side(diff.from)} to ${side(diff.to)}:`;
  if (diff.blocks.length === 0) return `${head} no differences.\n`;
  const blocks = diff.blocks.map((block) => {
    const where = block.field === 'body' ? `body, block ${block.index ?? ''}` : block.field;
    const text = block.parts.map((part) => (part.change === 'added' ? `{+${part.text}+}` : part.change === 'removed' ? `[-${part.text}-]` : part.text)).join('');
    return `${where} (${block.change}):\n  ${text}`;
  });
  return [head, '', ...blocks].join('\n') + '\n';
}

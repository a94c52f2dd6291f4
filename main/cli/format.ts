import type { ReleaseSummary } from '../api/contract';
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
  const lines = [`${release.ref} · ${release.date} · ${release.language} · ${release.status}${mark}`, '', release.title];
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

export function contactsTable(contacts: Contact[]): string {
  if (contacts.length === 0) return 'The directory has no contacts yet.\n';
  return table([['NAME', 'ROLE', 'PHONE', 'EMAIL'], ...contacts.map((c) => [c.name, c.role, c.phones[0]?.number ?? '', c.email])]);
}

export function kitsTable(kits: Kit[]): string {
  if (kits.length === 0) return 'There are no press kits yet. Create one with: presskit kit create NAME --release REF\n';
  return table([['NAME', 'LANG', 'ITEMS', 'EVENT'], ...kits.map((k) => [k.name, k.language, String(k.items.length), k.event.name])]);
}

export function json(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n';
}

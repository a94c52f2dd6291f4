import { readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { openApp, type App } from '../../../main/api/app';
import { parseContacts } from '../../../main/core/import/contacts';
import { plainText } from '../../../main/core/import/inline';
import { Contact, type Block, type Inline } from '../../../main/core/schema';
import { tempDir } from '../../helpers/cli';
import { FRENCH_MD, RUSSIAN_MD, bytesOf } from './fixtures';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const lines = (path: string): string[] => readFileSync(root + path, 'utf8').split('\n');

let counter = 0;
const clock = { now: () => new Date('2026-12-01T10:00:00Z'), newId: () => `id-${(counter += 1)}` };
const opened: Array<{ app: App; dir: string }> = [];

/** Imports one communiqué into a fresh archive, through the API every transport calls. */
async function imported(name: string, text: string) {
  const dir = tempDir();
  const app = await openApp({ dataDir: dir, clock });
  opened.push({ app, dir });
  const result = await app.api['releases.import']({ files: [{ name, bytes: bytesOf(text) }] });
  const data = await app.store.read();
  return { result, release: data.releases[0], contacts: data.contacts };
}

afterEach(async () => {
  for (const { app, dir } of opened.splice(0)) {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

const lastParagraphs = (body: Block[] | undefined, count: number): string[] =>
  (body ?? []).slice(-count).map((block) => ('content' in block ? plainText(block.content) : ''));

describe('a contact card that makes no contact is kept in the release text, the rest imported', () => {
  it('keeps the phone and e-mail of cards whose names went above the CONTACTS heading', async () => {
    const text = lines(FRENCH_MD);
    expect([text[20], text[26]]).toEqual(['### CONTACTS', 'Attaché de presse']);
    [text[20], text[26]] = [text[26] ?? '', text[20] ?? ''];
    const { result, release, contacts } = await imported('communique-cp124-2019.fr.md', text.join('\n'));
    expect(result).toEqual({ refs: ['CP124-2019'], contactsAdded: 0, contactsMerged: 0 });
    expect(contacts).toEqual([]);
    expect(lastParagraphs(release?.body, 2)).toEqual(['Tél. 01 44 76 75 39 pascale.bresson@cnes.fr', 'Tél. 01 44 76 74 51 raphael.sart@cnes.fr']);
    // The address keeps its link.
    expect(release?.body.at(-1)).toMatchObject({ content: [{ text: 'Tél. 01 44 76 74 51 ' }, { text: 'raphael.sart@cnes.fr', href: 'mailto:raphael.sart@cnes.fr' }] });
  });

  it('keeps a card whose e-mail address the directory refuses, and imports the other card', async () => {
    const text = readFileSync(root + RUSSIAN_MD, 'utf8').replace('[pascale.bresson@', '[pascale."bresson@');
    const { result, release, contacts } = await imported('communique-cp124-2019.ru.md', text);
    expect(result).toMatchObject({ contactsAdded: 1, contactsMerged: 0 });
    expect(contacts).toMatchObject([{ name: 'Рафаэль Сар', roles: { ru: 'Пресс-атташе' }, email: 'raphael.sart@cnes.fr' }]);
    expect(release?.contactIds).toEqual([contacts[0]?.id]);
    expect(lastParagraphs(release?.body, 1)).toEqual(['Паскаль Брессон Пресс-атташе Тел. 01 44 76 75 39 pascale."bresson@cnes.fr']);
  });

  it('keeps a block of phones alone rather than dropping it', () => {
    const phones = [[{ text: 'Tél. 01 44 76 75 39' }], [{ text: 'Tél. 01 44 76 74 51' }]];
    expect(parseContacts(phones, 'fr')).toEqual({ contacts: [], notContacts: [[phones[0]], [phones[1]]] });
  });
});

describe('reading any CONTACTS block', () => {
  const line = fc.oneof(
    fc.constantFrom('Pascale Bresson', 'Attachée de presse', 'Tél. 01 44 76 75 39', 'Mobile 06 00 00 00 01', 'pascale.bresson@cnes.fr', 'E-mail : a@x.fr', 'a"b@x.fr', 'jo@é.fr', '.a@x.fr', ' '),
    fc.string(),
  );
  const runs = fc.tuple(line, fc.boolean()).map(([text, bold]): Inline[] => [bold ? { text, bold } : { text }]);

  it('gives only contacts the directory accepts, and every other card back whole', () => {
    const ParsedContact = Contact.pick({ name: true, roles: true, country: true, phones: true, email: true });
    fc.assert(
      fc.property(fc.array(runs, { maxLength: 12 }), (block) => {
        const { contacts, notContacts } = parseContacts(block, 'fr');
        for (const contact of contacts) expect(ParsedContact.parse(contact)).toEqual(contact);
        // Every line kept as text is one of the block's, none twice.
        const kept = notContacts.flat();
        expect(new Set(kept).size).toBe(kept.length);
        for (const keptLine of kept) expect(block).toContain(keptLine);
      }),
      { seed: 20261201, numRuns: 300 },
    );
  });
});

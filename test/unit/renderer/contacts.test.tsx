// @vitest-environment happy-dom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { searchContacts } from '../../../renderer/src/contacts/contact-form';
import { freshArchivePerTest, renderApp } from './render-app';

const api = freshArchivePerTest();

async function openContacts() {
  await renderApp('en');
  fireEvent.click(await screen.findByRole('button', { name: 'Contacts' }));
  await screen.findByRole('heading', { name: 'Press contacts', level: 1 });
}

const field = (form: HTMLElement, label: string) => within(form).getByLabelText(label) as HTMLInputElement;

describe('the contacts directory', () => {
  it('creates a contact from the form, saying first what is missing or wrong', async () => {
    await openContacts();
    fireEvent.click(screen.getAllByRole('button', { name: 'New contact' })[0]!);
    const form = screen.getByRole('form', { name: 'New contact' });
    fireEvent.change(field(form, 'E-mail'), { target: { value: 'pascale.bresson@' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Add a phone' }));
    fireEvent.change(field(form, 'Number of phone 1'), { target: { value: '01 44 76' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Create contact' }));
    expect(within(form).getByText('Enter a name.')).toBeTruthy();
    expect(within(form).getByText('Enter a valid e-mail address, or leave it empty.')).toBeTruthy();
    expect(within(form).getByText('A number is not a phone number of the chosen country: type it as it is dialled there, or with its + code.')).toBeTruthy();
    expect(field(form, 'Name').getAttribute('aria-invalid')).toBe('true');
    expect(api().calls.some((call) => call.channel === 'contacts.create')).toBe(false);

    fireEvent.change(field(form, 'Name'), { target: { value: '  Pascale Bresson ' } });
    fireEvent.change(field(form, 'Role (French)'), { target: { value: 'Attachée de presse' } });
    fireEvent.change(field(form, 'Role (English)'), { target: { value: ' Press officer ' } });
    fireEvent.change(field(form, 'Role (Russian)'), { target: { value: 'Пресс-атташе' } });
    fireEvent.change(field(form, 'E-mail'), { target: { value: 'pascale.bresson@cnes.fr' } });
    fireEvent.change(field(form, 'Number of phone 1'), { target: { value: '01 44 76 75 39' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Add a phone' }));
    fireEvent.change(within(form).getByLabelText('Kind of phone 2'), { target: { value: 'mobile' } });
    fireEvent.change(field(form, 'Number of phone 2'), { target: { value: '06 12 34 56 78' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Add a phone' }));
    fireEvent.click(within(form).getByLabelText('Russian'));
    fireEvent.click(within(form).getByLabelText('French'));
    fireEvent.click(within(form).getByRole('button', { name: 'Create contact' }));

    await screen.findByRole('heading', { name: 'Pascale Bresson', level: 2 });
    const [stored] = await api().client.contacts.list({});
    expect(stored).toMatchObject({
      name: 'Pascale Bresson',
      roles: { fr: 'Attachée de presse', en: 'Press officer', ru: 'Пресс-атташе' },
      email: 'pascale.bresson@cnes.fr',
      country: 'FR',
      phones: [
        { type: 'work', number: '+33144767539' },
        { type: 'mobile', number: '+33612345678' },
      ],
      languages: ['fr', 'ru'],
    });
    expect(within(screen.getByRole('list', { name: 'Press contacts' })).getByText('Pascale Bresson')).toBeTruthy();
    // The directory shows the role in the interface's language.
    expect(within(screen.getByRole('list', { name: 'Press contacts' })).getByText('Press officer')).toBeTruthy();
  });

  it('reads the numbers in the contact’s country', async () => {
    await openContacts();
    fireEvent.click(screen.getAllByRole('button', { name: 'New contact' })[0]!);
    const form = screen.getByRole('form', { name: 'New contact' });
    fireEvent.change(field(form, 'Name'), { target: { value: 'Anna Ivanova' } });
    fireEvent.change(within(form).getByLabelText('Country of the numbers'), { target: { value: 'RU' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Add a phone' }));
    fireEvent.change(field(form, 'Number of phone 1'), { target: { value: '8 (495) 123-45-67' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Create contact' }));
    await screen.findByRole('heading', { name: 'Anna Ivanova', level: 2 });
    expect((await api().client.contacts.list({}))[0]).toMatchObject({ country: 'RU', phones: [{ type: 'work', number: '+74951234567' }] });
  });

  it('shows each contact’s photo in the directory, and the initial of those without one', async () => {
    const png = new PNG({ width: 8, height: 8 });
    png.data.fill(200);
    const { name } = await api().client.images.save({ bytes: new Uint8Array(PNG.sync.write(png)) });
    await api().client.contacts.create({ contact: { name: 'Pascale Bresson', email: 'pascale.bresson@cnes.fr', photo: name } });
    await api().client.contacts.create({ contact: { name: 'Ada Lovelace', email: 'ada@example.org' } });
    await openContacts();
    const list = screen.getByRole('list', { name: 'Press contacts' });
    const pascale = (await within(list).findByText('Pascale Bresson')).closest('li') as HTMLElement;
    await waitFor(() => expect(pascale.querySelector('.avatar img')?.getAttribute('src')).toMatch(/^blob:/));
    const ada = within(list).getByText('Ada Lovelace').closest('li') as HTMLElement;
    expect(ada.querySelector('.avatar img')).toBeNull();
    expect(ada.querySelector('.avatar')?.textContent).toBe('A');
  });

  it('saves only the fields that changed', async () => {
    const contact = await api().client.contacts.create({ contact: { name: 'Raphaël Sart', email: 'raphael.sart@cnes.fr', roles: { fr: 'Attaché de presse' }, phones: [{ type: 'work', number: '01 44 76 74 51' }] } });
    await openContacts();
    fireEvent.click(await screen.findByRole('button', { name: /Raphaël Sart/ }));
    const form = await screen.findByRole('form', { name: 'Edit Raphaël Sart' });
    fireEvent.change(field(form, 'Organisation'), { target: { value: 'CNES' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save' }));
    await screen.findByText('Raphaël Sart saved');
    expect(api().calls.find((call) => call.channel === 'contacts.update')?.input).toEqual({ id: contact.id, changes: { organisation: 'CNES' } });
  });

  it('finds contacts by any word of name, role, organisation or e-mail, ignoring accents', async () => {
    const raphael = await api().client.contacts.create({ contact: { name: 'Raphaël Sart', email: 'raphael.sart@cnes.fr', organisation: 'CNES' } });
    const ada = await api().client.contacts.create({ contact: { name: 'Ada Lovelace', email: 'ada@example.org', roles: { en: 'Analyste' } } });
    expect(searchContacts([raphael, ada], 'raphael cnes')).toEqual([raphael]);
    expect(searchContacts([raphael, ada], 'ANALYSTE')).toEqual([ada]);
    expect(searchContacts([raphael, ada], '  ')).toEqual([raphael, ada]);
    await openContacts();
    const list = screen.getByRole('list', { name: 'Press contacts' });
    await within(list).findByText('Raphaël Sart');
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search contacts' }), { target: { value: 'lovelace' } });
    await waitFor(() => expect(within(list).queryByText('Raphaël Sart')).toBeNull());
    expect(within(list).getByText('Ada Lovelace')).toBeTruthy();
  });

  it('asks before deleting, shows main’s refusal for a contact in use, and undoes a deletion', async () => {
    const used = await api().client.contacts.create({ contact: { name: 'Pascale Bresson', email: 'pascale.bresson@cnes.fr' } });
    await api().client.contacts.create({ contact: { name: 'Ada Lovelace', email: 'ada@example.org' } });
    const release = await api().client.releases.create({ language: 'fr' });
    await api().client.releases.update({ id: release.id, changes: { contactIds: [used.id] } });
    await openContacts();

    fireEvent.click(await screen.findByRole('button', { name: /Pascale Bresson/ }));
    fireEvent.click(await screen.findByRole('button', { name: 'Delete' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete Pascale Bresson?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Delete' }));
    expect(await screen.findByText(`Pascale Bresson is a contact of ${release.ref}: remove them from that release first.`)).toBeTruthy();
    expect(await api().client.contacts.list({})).toHaveLength(2);

    fireEvent.click(screen.getByRole('button', { name: /Ada Lovelace/ }));
    fireEvent.click(await screen.findByRole('button', { name: 'Delete' }));
    fireEvent.click(within(screen.getByRole('dialog', { name: 'Delete Ada Lovelace?' })).getByRole('button', { name: 'Delete' }));
    await screen.findByText('Ada Lovelace deleted');
    expect((await api().client.contacts.list({})).map((c) => c.name)).toEqual(['Pascale Bresson']);
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect((await api().client.contacts.list({})).map((c) => c.name)).toEqual(['Ada Lovelace', 'Pascale Bresson']));
  });

  it('exports the selected contacts as one vCard file', async () => {
    await api().client.contacts.create({ contact: { name: 'Pascale Bresson', email: 'pascale.bresson@cnes.fr' } });
    await api().client.contacts.create({ contact: { name: 'Ada Lovelace', email: 'ada@example.org' } });
    await openContacts();
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Select Ada Lovelace' }));
    fireEvent.click(screen.getByRole('button', { name: 'Export 1 vCard' }));
    await screen.findByText(/1 vCard saved: .*Ada Lovelace\.vcf/);
    const text = readFileSync(join(api().exportsDir, 'Ada Lovelace.vcf'), 'utf8');
    expect(text).toContain('FN:Ada Lovelace');
    expect(text).not.toContain('Pascale');
  });
});

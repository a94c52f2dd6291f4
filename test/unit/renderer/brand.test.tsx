// @vitest-environment happy-dom
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Brand } from '../../../main/core/schema';
import { brandProblems, sampleReference } from '../../../renderer/src/brand/brand-form';
import { imageProblem } from '../../../renderer/src/ui/image-file';
import { freshArchivePerTest, renderApp } from './render-app';

const api = freshArchivePerTest();

async function openBrand() {
  await renderApp('en');
  fireEvent.click(await screen.findByRole('button', { name: 'Brand' }));
  return (await screen.findByLabelText('Reference pattern')) as HTMLInputElement;
}

const saveButton = () => screen.getByRole('button', { name: 'Save' }) as HTMLButtonElement;

describe('the brand settings', () => {
  it('knows what main refuses: a pattern without {n}, a colour not #RRGGBB, margins outside 5–60 mm', () => {
    const brand = Brand.parse({ colors: {}, fonts: {}, boilerplate: {} });
    expect(brandProblems(brand)).toEqual({});
    expect(brandProblems({ ...brand, referencePattern: 'CP-{yyyy}', colors: { ...brand.colors, accent: 'red' }, marginsMm: { ...brand.marginsMm, left: 4 } })).toEqual({
      referencePattern: true,
      accent: true,
      left: true,
    });
    expect(brandProblems({ ...brand, marginsMm: { ...brand.marginsMm, top: Number.NaN } })).toEqual({ top: true });
    expect(sampleReference('PR{n}/{yyyy}', 124, 2019)).toBe('PR124/2019');
  });

  it('refuses to save an invalid reference pattern, then saves only what changed', async () => {
    const pattern = await openBrand();
    expect(saveButton().disabled).toBe(true);
    fireEvent.change(pattern, { target: { value: 'CP-{yyyy}' } });
    expect(screen.getByText('The pattern must contain {n}, the release’s number.')).toBeTruthy();
    expect(pattern.getAttribute('aria-invalid')).toBe('true');
    expect(saveButton().disabled).toBe(true);

    fireEvent.change(pattern, { target: { value: 'PR{n}/{yyyy}' } });
    expect(screen.getByText('{n} the number within the year, {yyyy} the year. Example: PR124/2019')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Accent colour'), { target: { value: '#0B5394' } });
    fireEvent.change(screen.getByLabelText('Left'), { target: { value: '25' } });
    fireEvent.click(saveButton());
    await screen.findByText('Brand saved');
    expect(api().calls.find((call) => call.channel === 'brand.update')?.input).toEqual({
      changes: { referencePattern: 'PR{n}/{yyyy}', colors: { primary: '#1d3c6e', accent: '#0B5394', text: '#1a1a1a' }, marginsMm: { top: 20, right: 20, bottom: 20, left: 25 } },
    });
    expect((await api().client.brand.get({})).referencePattern).toBe('PR{n}/{yyyy}');
    await waitFor(() => expect(saveButton().disabled).toBe(true));
  });

  it('numbers new releases on their title by default, or on approval when chosen', async () => {
    await openBrand();
    const numbering = screen.getByLabelText('A new release takes its number') as HTMLSelectElement;
    expect(numbering.value).toBe('onTitle');
    expect(screen.getByText('Until then it has a provisional reference, which its PDF prints as such.')).toBeTruthy();
    fireEvent.change(numbering, { target: { value: 'onApproval' } });
    fireEvent.click(saveButton());
    await screen.findByText('Brand saved');
    expect((await api().client.brand.get({})).numbering).toBe('onApproval');
  });

  it('asks for “For immediate release” on releases without an embargo', async () => {
    await openBrand();
    fireEvent.click(screen.getByLabelText('Print “For immediate release” on releases without an embargo'));
    fireEvent.click(saveButton());
    await screen.findByText('Brand saved');
    expect((await api().client.brand.get({})).immediateRelease).toBe(true);
  });

  it('flags a colour typed wrong and keeps the picker usable', async () => {
    await openBrand();
    fireEvent.change(screen.getByLabelText('Text colour'), { target: { value: '#12' } });
    expect(screen.getByText('A colour is written #RRGGBB, for example #1d3c6e.')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Pick: Text colour'), { target: { value: '#222222' } });
    expect((screen.getByLabelText('Text colour') as HTMLInputElement).value).toBe('#222222');
    expect(saveButton().disabled).toBe(false);
  });

  it('takes only PNG or JPEG images, told by their bytes', () => {
    expect(imageProblem(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBeNull();
    expect(imageProblem(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0]))).toBeNull();
    expect(imageProblem(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBe('type');
    expect(imageProblem(new Uint8Array(10 * 1024 * 1024 + 1).fill(0xff))).toBe('size');
  });

  it('refuses a logo that is not an image before sending it', async () => {
    await openBrand();
    const input = screen.getByLabelText('Logo', { selector: 'input' });
    fireEvent.change(input, { target: { files: [new File(['%PDF-1.7'], 'logo.pdf', { type: 'application/pdf' })] } });
    expect(await screen.findByText('This file is not a PNG or JPEG image.')).toBeTruthy();
    expect(api().calls.some((call) => call.channel === 'images.save')).toBe(false);
  });
});

import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { afterEach, describe, expect, it } from 'vitest';
import { UserError } from '../../../main/core/errors';
import { ImageName } from '../../../main/core/schema';
import { openStore } from '../../../main/store';
import { jpegHeader, pngClaiming } from '../import/oversized-images';
import { tempDir } from './helpers';

function png(red: number): Uint8Array {
  const image = new PNG({ width: 2, height: 2 });
  image.data.fill(255);
  image.data[0] = red;
  return new Uint8Array(PNG.sync.write(image));
}

const JPEG_START = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00]);

let dir: Awaited<ReturnType<typeof tempDir>>;
afterEach(async () => dir.remove());

describe('images', () => {
  it('are stored once, as files named by the SHA-256 of their bytes', async () => {
    dir = await tempDir();
    const store = await openStore(dir.path);
    const bytes = png(0);
    const name = await store.saveImage(bytes, 'png');
    expect(name).toBe(`${createHash('sha256').update(bytes).digest('hex')}.png`);
    expect(ImageName.safeParse(name).success).toBe(true);
    expect(await store.saveImage(bytes, 'png')).toBe(name);
    const other = await store.saveImage(png(10), 'png');
    expect(other).not.toBe(name);
    expect((await readdir(join(dir.path, 'images'))).sort()).toEqual([name, other].sort());
    expect(new Uint8Array(await readFile(join(dir.path, 'images', name)))).toEqual(bytes);
    expect(await store.readImage(name)).toEqual(bytes);
    // The JSON file never holds image bytes.
    expect((await readFile(store.file)).length).toBeLessThan(2000);
    await store.close();
  });

  it('keeps the type given, checked against the bytes', async () => {
    dir = await tempDir();
    const store = await openStore(dir.path);
    expect(await store.saveImage(JPEG_START, 'jpg')).toMatch(/^[0-9a-f]{64}\.jpg$/);
    await expect(store.saveImage(JPEG_START, 'png')).rejects.toThrow('This file is not a PNG or JPEG image.');
    await expect(store.saveImage(png(0), 'jpg')).rejects.toThrow('This file is not a PNG or JPEG image.');
    await store.close();
  });

  it('refuse a missing image or a name that is not an image name', async () => {
    dir = await tempDir();
    const store = await openStore(dir.path);
    const missing = store.readImage(`${'a'.repeat(64)}.png`);
    await expect(missing).rejects.toBeInstanceOf(UserError);
    await expect(missing).rejects.toMatchObject({ kind: 'not-found' });
    await expect(store.readImage('../presskit.json')).rejects.toThrow('is not the name of a stored image');
    await store.close();
  });

  it('refuse a picture over 40 megapixels from its header, saying how large it is, and store nothing', async () => {
    dir = await tempDir();
    const store = await openStore(dir.path);
    const saving = store.saveImage(pngClaiming(30000, 30000), 'png');
    await expect(saving).rejects.toBeInstanceOf(UserError);
    await expect(saving).rejects.toMatchObject({
      kind: 'bad-input',
      message: 'This image has 900 megapixels, more than the 40 accepted: reduce it, or choose a smaller one.',
      detail: { code: 'image.tooLarge', params: { megapixels: 900, limit: 40 } },
    });
    await expect(readdir(join(dir.path, 'images'))).rejects.toMatchObject({ code: 'ENOENT' });
    // A 24-megapixel press photo is welcome.
    expect(await store.saveImage(jpegHeader(6000, 4000), 'jpg')).toMatch(/\.jpg$/);
    await store.close();
  });
});

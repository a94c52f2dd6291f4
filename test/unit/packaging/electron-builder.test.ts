/**
 * electron-builder.yml, read by electron-builder's own loader and checked against the JSON schema
 * app-builder-lib ships, then held to our packaging rules: asar, fuses, targets, the bundle's file
 * association, and only the built app and its assets inside.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Ajv from 'ajv';
import type { Configuration } from 'app-builder-lib';
import { getConfig } from 'app-builder-lib/out/util/config/config';
import { beforeAll, describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const schema = require('app-builder-lib/scheme.json') as object;
// Stricter than electron-builder (which coerces types): a string where a boolean belongs fails here.
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

function targets(target: unknown): string[] {
  return (Array.isArray(target) ? target : [target]).map((entry: string | { target: string }) => (typeof entry === 'string' ? entry : entry.target));
}

describe('electron-builder.yml', () => {
  let config: Configuration;
  beforeAll(async () => {
    config = await getConfig(process.cwd(), 'electron-builder.yml', null);
  });

  it('matches the schema of the installed electron-builder', () => {
    expect(validate(config), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it('is checked by a schema that refuses a mistake (unknown option, wrong type)', () => {
    expect(validate({ ...config, electronFuses: { ...config.electronFuses, runAsNode: 'false' } })).toBe(false);
    expect(validate({ ...config, asarr: true })).toBe(false);
  });

  it('names the app', () => {
    expect(config.appId).toBe('org.presskit.studio');
    expect(config.productName).toBe('PressKit Studio');
  });

  it('packs only the built app and its assets, in an asar archive', () => {
    expect(config.asar).toBe(true);
    expect(config.files).toEqual([{ filter: ['out/**', 'assets/**', '!out/**/*.map'] }]);
  });

  it('unpacks sharp and its libvips from the asar, where a native module cannot be loaded', () => {
    expect(config.asarUnpack).toEqual(['node_modules/sharp/**/*', 'node_modules/@img/**/*']);
  });

  it('flips the Electron fuses that close the usual doors', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false,
      resetAdHocDarwinSignature: true,
    });
  });

  it('builds an AppImage and a deb for Linux, an NSIS installer for Windows, a dmg for macOS', () => {
    expect(targets(config.linux?.target)).toEqual(['AppImage', 'deb']);
    expect(targets(config.win?.target)).toEqual(['nsis']);
    expect(targets(config.mac?.target)).toEqual(['dmg']);
  });

  it('associates .presskit.json bundles on Linux, by their full double extension', () => {
    expect(config.linux?.fileAssociations).toEqual([
      expect.objectContaining({ ext: 'presskit.json', mimeType: 'application/x-presskit-bundle' }),
    ]);
    // Windows and macOS match only the last extension: an association there would claim every .json file.
    expect(config.fileAssociations).toBeUndefined();
    expect(config.win?.fileAssociations).toBeUndefined();
    expect(config.mac?.fileAssociations).toBeUndefined();
  });

  it('has an icon large enough for every platform', () => {
    const icon = readFileSync(`${config.directories?.buildResources}/${config.linux?.icon}`);
    expect(icon.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(icon.readUInt32BE(16)).toBeGreaterThanOrEqual(512);
    expect(icon.readUInt32BE(20)).toBe(icon.readUInt32BE(16));
    expect(config.win?.icon).toBe(config.linux?.icon);
    expect(config.mac?.icon).toBe(config.linux?.icon);
  });
});

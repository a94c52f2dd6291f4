import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheFile, loadBundle } from '../../../main/cli/code-cache';
import { cacheName } from '../../../main/cli/global-args';
import { defaultCacheDir } from '../../../main/cli/user-data';
import { tempDir } from '../../helpers/cli';

/** A CommonJS bundle that uses what Node's wrapper gives a module: require, module, __dirname. */
function bundleIn(dir: string): string {
  const file = join(dir, 'command.cjs');
  writeFileSync(file, "const { join } = require('node:path');\nmodule.exports = { where: join(__dirname, 'assets'), twice: (n) => 2 * n };\n");
  return file;
}

describe('the command loaded through the code cache', () => {
  it('runs without a cache, saves the one it made, and takes it on the next start', () => {
    const dir = tempDir();
    const file = bundleIn(dir);
    const cache = cacheFile(join(dir, 'cache'), 'build-a', 'export');
    const first = loadBundle(file, cache);
    expect(first.cacheAccepted).toBe(false);
    expect((first.exports.twice as (n: number) => number)(21)).toBe(42);
    expect(first.exports.where).toBe(join(dir, 'assets'));
    first.save();
    const saved = readFileSync(cache);
    expect(saved.byteLength).toBeGreaterThan(0);

    const second = loadBundle(file, cache);
    expect(second.cacheAccepted).toBe(true);
    expect((second.exports.twice as (n: number) => number)(5)).toBe(10);
    second.save();
    expect(readFileSync(cache).equals(saved)).toBe(true);
    expect(readdirSync(join(dir, 'cache/code/build-a'))).toEqual([`${process.version}-${process.arch}-export.bin`]);
  });

  it('does without a cache V8 refuses, and replaces it', () => {
    const dir = tempDir();
    const file = bundleIn(dir);
    const cache = cacheFile(join(dir, 'cache'), 'build-a', 'list');
    mkdirSync(join(dir, 'cache/code/build-a'), { recursive: true });
    writeFileSync(cache, 'not a code cache');
    const damaged = loadBundle(file, cache);
    expect(damaged.cacheAccepted).toBe(false);
    expect((damaged.exports.twice as (n: number) => number)(1)).toBe(2);
    damaged.save();
    expect(loadBundle(file, cache).cacheAccepted).toBe(true);
  });

  it('keeps only the caches of the build that saves, and runs when the cache folder cannot be written', () => {
    const dir = tempDir();
    const file = bundleIn(dir);
    const root = join(dir, 'cache');
    const old = loadBundle(file, cacheFile(root, 'build-old', 'list'));
    old.save();
    loadBundle(file, cacheFile(root, 'build-new', 'list')).save();
    expect(readdirSync(join(root, 'code'))).toEqual(['build-new']);

    const blocked = join(dir, 'blocked');
    writeFileSync(blocked, 'a file where the cache folder would be');
    const loaded = loadBundle(file, cacheFile(blocked, 'build-a', 'list'));
    expect(() => loaded.save()).not.toThrow();
    expect(statSync(blocked).isFile()).toBe(true);
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('names the cache by the command word, anything else being "other"', () => {
    const suffix = `${process.version}-${process.arch}`;
    expect(cacheFile('/c', 'b', 'export')).toBe(join('/c', 'code', 'b', `${suffix}-export.bin`));
    expect(cacheFile('/c', 'b', '../../etc/passwd')).toBe(join('/c', 'code', 'b', `${suffix}-other.bin`));
    expect(cacheFile('/c', 'b', undefined)).toBe(join('/c', 'code', 'b', `${suffix}-other.bin`));
  });

  it('is one per command, and per kind of export: a release loads the engine, a vCard does not', () => {
    expect(cacheName(['list', '--json'])).toBe('list');
    expect(cacheName(['export', 'release', 'CP124-2019', '--out', 'cp.pdf'])).toBe('export-release');
    expect(cacheName(['export', 'vcard', '--out', 'c.vcf'])).toBe('export-vcard');
    expect(cacheName(['export', 'nonsense'])).toBe('export');
    expect(cacheName(['show', 'release'])).toBe('show');
    expect(cacheName([])).toBeUndefined();
  });

  it('lives in the OS cache folder unless PRESSKIT_CACHE_DIR says where', () => {
    expect(defaultCacheDir({ PRESSKIT_CACHE_DIR: '/tmp/c' }, 'linux')).toBe('/tmp/c');
    expect(defaultCacheDir({ XDG_CACHE_HOME: '/x' }, 'linux')).toBe(join('/x', 'PressKit Studio'));
    expect(defaultCacheDir({ LOCALAPPDATA: 'C:\\L' }, 'win32')).toBe(join('C:\\L', 'PressKit Studio', 'Cache'));
    expect(defaultCacheDir({}, 'darwin')).toMatch(/Library[\\/]Caches[\\/]PressKit Studio$/u);
  });
});

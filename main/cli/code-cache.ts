/**
 * Loads a CommonJS bundle through V8's code cache. Node 20 keeps no compiled code of ES modules between runs,
 * so every cold `presskit` compiled megabytes of JavaScript again; a `vm.Script` given the code V8 made last
 * time skips that. The cache is an optimisation only: one V8 rejects (another Node, other flags) is made again,
 * and one that cannot be read or written is done without.
 */
import { closeSync, fsyncSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { Script } from 'node:vm';

export interface LoadedBundle {
  exports: Record<string, unknown>;
  /** Whether V8 took the cache that was there. */
  cacheAccepted: boolean;
  /**
   * Writes the cache unless V8 took the one there. Called once the run is done, so that the cache holds every
   * function the run compiled, not only the bundle's top level.
   */
  save(): void;
}

/**
 * Where the cache of one build of the bundle (`build`, its hash) lives for this Node and this command
 * (global-args.ts's cacheName): a command's first run makes it with what that command compiles.
 */
export function cacheFile(cacheDir: string, build: string, command: string | undefined): string {
  const word = command !== undefined && /^[a-z][a-z-]{0,31}$/u.test(command) ? command : 'other';
  return join(cacheDir, 'code', build, `${process.version}-${process.arch}-${word}.bin`);
}

export function loadBundle(file: string, cache: string): LoadedBundle {
  const source = readFileSync(file, 'utf8');
  const cachedData = readIfThere(cache);
  // Node's own CommonJS wrapper: the bundle sees the arguments it would see if it were required.
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: file, ...(cachedData ? { cachedData } : {}) });
  const module = { exports: {} as Record<string, unknown> };
  const wrapper = script.runInThisContext() as (exports: object, require: NodeJS.Require, module: object, filename: string, dirname: string) => void;
  wrapper(module.exports, createRequire(file), module, file, dirname(file));
  const cacheAccepted = cachedData !== undefined && !script.cachedDataRejected;
  return {
    exports: module.exports,
    cacheAccepted,
    save() {
      if (!cacheAccepted) writeCache(cache, script.createCachedData());
    },
  };
}

function readIfThere(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/** Written whole or not at all (a temporary file renamed), then the caches of other builds removed. */
function writeCache(file: string, data: Buffer): void {
  const temporary = `${file}.${process.pid}.tmp`;
  const written = quietly(() => {
    mkdirSync(dirname(file), { recursive: true });
    const fd = openSync(temporary, 'w');
    try {
      writeSync(fd, data);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, file);
  });
  if (!written) {
    quietly(() => rmSync(temporary, { force: true }));
    return;
  }
  const builds = dirname(dirname(file));
  const current = basename(dirname(file));
  quietly(() => {
    for (const build of readdirSync(builds)) if (build !== current) rmSync(join(builds, build), { recursive: true, force: true });
  });
}

/** Runs `work`, telling whether it went through: a cache that cannot be written is no error of the command's. */
function quietly(work: () => void): boolean {
  try {
    work();
    return true;
  } catch {
    return false;
  }
}

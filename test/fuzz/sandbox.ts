/**
 * Each fuzzed case runs on its own copy of a prepared data folder, so that a case replays the same way
 * whatever ran before it, and a refusal can be checked to leave the store file byte-identical.
 */
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openApp, type App } from '../../main/api/app';
import { storeBytes } from '../helpers/store-bytes';
import { Violation } from './verdict';

export type Template = 'empty' | 'demo';

const templates = new Map<Template, Promise<string>>();

async function prepare(template: Template): Promise<string> {
  const dataDir = mkdtempSync(join(tmpdir(), `presskit-fuzz-${template}-`));
  const app = await openApp({ dataDir });
  try {
    if (template === 'demo') await app.api['demo.seed']({});
  } finally {
    await app.close();
  }
  return dataDir;
}

/** A prepared data folder, made once per process. */
export function templateDir(template: Template): Promise<string> {
  let made = templates.get(template);
  if (!made) {
    made = prepare(template);
    templates.set(template, made);
  }
  return made;
}

/** The stored archive's bytes (presskit.json and every document), or null before its first write. */
export function storeFileBytes(app: App): Buffer | null {
  return existsSync(app.store.file) ? storeBytes(app.store.dataDir) : null;
}

/** Runs `task` on a fresh copy of the template, then removes the copy. */
export async function inSandbox<T>(template: Template, task: (app: App) => Promise<T>): Promise<T> {
  const dataDir = mkdtempSync(join(tmpdir(), 'presskit-fuzz-case-'));
  cpSync(await templateDir(template), dataDir, { recursive: true });
  const app = await openApp({ dataDir });
  try {
    return await task(app);
  } finally {
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Throws unless the store file is as `before` left it: a refusal changes nothing. */
export function expectStoreUnchanged(app: App, before: Buffer | null, what: string): void {
  const after = storeFileBytes(app);
  const same = before === null ? after === null : after !== null && before.equals(after);
  if (!same) throw new Violation(`${what} was refused, yet the store file changed`);
}

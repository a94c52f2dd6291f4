/**
 * A cross-process lock on one data folder, so that the app and the CLI never interleave their writes.
 *
 * Why not proper-lockfile: it judges a lock stale only by its age (at least 2 s, 10 s by default), so after
 * a `kill -9` every next process would wait that long. Here the lock file names its owner (pid, host, boot
 * time, a random token) and is created with O_EXCL; a lock whose owner is a dead process on this host (or
 * a process from before the last reboot) is taken over at once. A lock from another host, or one whose
 * pid was reused, is only trusted for MAX_HOLD_MS: writes hold the lock for milliseconds. A lock dated in
 * the future (beyond MAX_CLOCK_SKEW_MS) says nothing about its age, so it is stale too: trusting it would
 * block the folder until that date.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, open, readFile, rm, rmdir, stat } from 'node:fs/promises';
import { hostname, uptime } from 'node:os';
import { UserError } from '../core/errors';

export interface LockOwner {
  pid: number;
  hostname: string;
  /** When this machine booted (ms since epoch, to the second): tells a pid from before a reboot. */
  boot: number;
  token: string;
  at: string;
}

export interface AcquiredLock {
  /** The owner whose stale lock was taken over, if there was one. */
  readonly tookOverFrom: LockOwner | undefined;
  release(): Promise<void>;
}

export interface LockOptions {
  /** How long to wait for a live owner; 0 makes a single attempt. */
  timeoutMs?: number;
}

const MAX_HOLD_MS = 60_000;
/** Clocks of machines sharing a folder may disagree by this much. */
const MAX_CLOCK_SKEW_MS = 30_000;
/** An owner writes its lock file right after creating it; an empty one older than this is a crash leftover. */
const UNREADABLE_GRACE_MS = 2_000;
const POLL_MS = 15;

function bootTime(): number {
  return Math.round((Date.now() - uptime() * 1000) / 1000) * 1000;
}

/** Whether a process `pid` runs on this host (EPERM: it runs, as another user). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function parseOwner(text: string): LockOwner | undefined {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null) return undefined;
    const owner = value as Partial<LockOwner>;
    const complete =
      typeof owner.pid === 'number' &&
      typeof owner.hostname === 'string' &&
      typeof owner.boot === 'number' &&
      typeof owner.token === 'string';
    return complete ? (owner as LockOwner) : undefined;
  } catch {
    return undefined;
  }
}

export interface Seen {
  owner: LockOwner | undefined;
  ino: number;
  ageMs: number;
}

function isStale(seen: Seen): boolean {
  if (seen.ageMs > MAX_HOLD_MS || seen.ageMs < -MAX_CLOCK_SKEW_MS) return true;
  if (!seen.owner) return seen.ageMs > UNREADABLE_GRACE_MS;
  if (seen.owner.hostname !== hostname()) return false;
  // Boot times are rounded to the second and uptime drifts a little: only a clear gap means a reboot.
  return Math.abs(seen.owner.boot - bootTime()) > 5_000 || !isAlive(seen.owner.pid);
}

function notALockFile(lockFile: string): UserError {
  return new UserError('store.lockNotFile', { file: lockFile }, 'conflict');
}

/** The lock file as it is now: its owner (if readable), inode and age. */
export async function look(lockFile: string): Promise<Seen | undefined> {
  let handle;
  try {
    handle = await open(lockFile, 'r');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return undefined;
    if (code === 'EISDIR') throw notALockFile(lockFile);
    throw error;
  }
  try {
    // Owner and inode from the same open file: the lock may be replaced while we look.
    const info = await handle.stat();
    if (!info.isFile()) throw notALockFile(lockFile);
    const text = await handle.readFile('utf8');
    return { owner: parseOwner(text), ino: info.ino, ageMs: Date.now() - info.mtimeMs };
  } finally {
    await handle.close();
  }
}

async function tryCreate(lockFile: string, owner: LockOwner): Promise<boolean> {
  let handle;
  try {
    handle = await open(lockFile, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    await handle.writeFile(JSON.stringify(owner));
    await handle.close();
  } catch (error) {
    // A full disk may allow the empty file but not its contents: leave no ownerless lock behind.
    await handle.close().catch(() => undefined);
    await rm(lockFile, { force: true });
    throw error;
  }
  return true;
}

/** How long a breaker may take before its claim is itself judged stale: it does two or three file calls. */
const BREAK_GRACE_MS = 5_000;

function sameLock(a: Seen, b: Seen): boolean {
  return a.ino === b.ino && a.owner?.token === b.owner?.token;
}

/**
 * Removes the stale lock `seen`, and only that one; true if it did. Between looking and removing, its
 * owner may have released it (an owner that released and exited looks dead) and another process may hold
 * a fresh lock there: so a breaker claims the right to break (mkdir, one winner), looks again and removes
 * the lock only if it is still the one judged stale. A fresh lock is never moved, not even for an instant:
 * a rename-and-put-back left a window in which a third process could take the lock beside its holder.
 */
export async function breakStaleLock(lockFile: string, seen: Seen): Promise<boolean> {
  const claim = `${lockFile}.breaking`;
  try {
    await mkdir(claim);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    // Another process is breaking it; a claim left by a breaker that died is cleared after a while.
    const info = await stat(claim).catch(() => undefined);
    if (info && Date.now() - info.mtimeMs > BREAK_GRACE_MS) await rmdir(claim).catch(() => undefined);
    return false;
  }
  try {
    const now = await look(lockFile);
    // Its owner is gone and only breakers remove others' locks, one at a time: it cannot change under us.
    if (!now || !sameLock(now, seen)) return false;
    await rm(lockFile, { force: true });
    return true;
  } finally {
    await rmdir(claim).catch(() => undefined);
  }
}

function busy(): UserError {
  return new UserError('store.busy', undefined, 'conflict');
}

export async function acquireLock(lockFile: string, options: LockOptions = {}): Promise<AcquiredLock> {
  const timeoutMs = options.timeoutMs ?? 10_000;
  const owner: LockOwner = {
    pid: process.pid,
    hostname: hostname(),
    boot: bootTime(),
    token: randomBytes(8).toString('hex'),
    at: new Date().toISOString(),
  };
  const started = Date.now();
  let tookOverFrom: LockOwner | undefined;
  for (;;) {
    if (await tryCreate(lockFile, owner)) {
      return { tookOverFrom, release: () => releaseLock(lockFile, owner.token) };
    }
    const seen = await look(lockFile);
    if (seen && isStale(seen) && (await breakStaleLock(lockFile, seen))) {
      tookOverFrom = seen.owner;
      continue;
    }
    if (seen && Date.now() - started >= timeoutMs) throw busy();
    if (seen) await new Promise((resolve) => setTimeout(resolve, POLL_MS + Math.random() * POLL_MS));
  }
}

async function releaseLock(lockFile: string, token: string): Promise<void> {
  const text = await readFile(lockFile, 'utf8').catch(() => '');
  // Only remove our own lock: if ours was judged stale and taken over, the file is someone else's now.
  if (parseOwner(text)?.token === token) await rm(lockFile, { force: true });
}

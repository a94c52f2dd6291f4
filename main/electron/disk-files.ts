/**
 * The files the File menu opens, read from disk: regular files only (see file-actions for the limits), and
 * the pictures a markdown communiqué shows, from its own folder only.
 */
import { readFile, stat } from 'node:fs/promises';
import { UserError } from '../core/errors';
import { readNeighbourImages } from '../store';
import type { FileSystem } from './file-actions';

export const diskFiles: FileSystem = {
  size: async (path) => {
    const info = await stat(path);
    // A pipe would block the read for ever and a device never end it: only regular files are read.
    if (!info.isFile()) throw new UserError(info.isDirectory() ? 'read.isFolder' : 'read.notFile', { path });
    return info.size;
  },
  read: async (path) => new Uint8Array(await readFile(path)),
  neighbours: readNeighbourImages,
};

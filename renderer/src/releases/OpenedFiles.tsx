import { useEffect } from 'react';
import { presskit } from '../api';
import { useImportRead } from './useImport';

/**
 * The files the desktop app was asked to import (File › Import…, opened with the app), which main read:
 * imported as a drop is, one request after the other, so that their clash questions never overlap.
 */
export function OpenedFiles() {
  const importRead = useImportRead();
  useEffect(() => {
    let queue = Promise.resolve();
    return presskit().events.on('import.files', ({ files }) => {
      queue = queue.then(() => importRead(files));
    });
  }, [importRead]);
  return null;
}

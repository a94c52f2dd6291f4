import QRCode from 'qrcode';

/** The modules of a QR code for `text` (error correction M: survives a smudge, stays small), row by row, true = dark. */
export function qrModules(text: string): boolean[][] {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const { size, data } = modules;
  return Array.from({ length: size }, (_, row) => Array.from({ length: size }, (_, column) => data[row * size + column] === 1));
}

/** Light modules a reader needs around the code (ISO/IEC 18004). */
export const QUIET_ZONE = 4;

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/**
 * The form in which references and kit names are compared: two names a press officer would read as the
 * same (`CP709-2019` and ` cp709-2019`, or an `é` typed as one character or as `e` and an accent) are one.
 */
export function foldKey(name: string): string {
  // Printable ASCII is its own NFC, and upper then lower case is lower case: most references are that, and
  // opening one release among 20,000 folds them all once.
  if (PRINTABLE_ASCII.test(name)) return name.trim().toLowerCase();
  // Upper then lower case is the closest JavaScript has to Unicode case folding: ß and ẞ meet as ss, ς and Σ as σ.
  return name.trim().normalize('NFC').toUpperCase().toLowerCase().normalize('NFC');
}


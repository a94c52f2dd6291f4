/**
 * The form in which references and kit names are compared: two names a press officer would read as the
 * same (`CP709-2019` and ` cp709-2019`, or an `é` typed as one character or as `e` and an accent) are one.
 */
export function foldKey(name: string): string {
  // Upper then lower case is the closest JavaScript has to Unicode case folding: ß and ẞ meet as ss, ς and Σ as σ.
  return name.trim().normalize('NFC').toUpperCase().toLowerCase().normalize('NFC');
}


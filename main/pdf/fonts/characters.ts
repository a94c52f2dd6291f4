/** « ☃ » (U+2603): how a character is named to the user. */
export function describeCharacter(char: string): string {
  const codePoint = char.codePointAt(0) ?? 0;
  return `« ${char} » (U+${codePoint.toString(16).toUpperCase().padStart(4, '0')})`;
}

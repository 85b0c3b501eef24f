/**
 * A name typed by someone whose identity nobody has checked (a guest, a new registration), as it
 * may appear in an e-mail from the town hall: only letters, spaces, hyphens, apostrophes and the
 * dots of abbreviations, each dot followed by a space. No mail program turns that into a link
 * ("https://…", "evil.example", "a@b.example") or a phone number, so an attacker cannot make
 * the town's official mail carry his link to someone else. Other characters become spaces.
 */
export function inertName(name: string): string {
  return name
    .replace(/[^\p{L}\p{M}\s'’.-]/gu, ' ')
    .replace(/\.(?=\S)/g, '. ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The first sentence of a description, or its start, for a result list. A period ends a
 * sentence only after a word of three letters or more ("1." in a date, "z. B." do not).
 */
export function excerpt(text: string | null | undefined, max = 180): string {
  if (!text) return '';
  let end = text.length;
  const stops = /[.!?]\s+(?=[A-ZÄÖÜ„"])/g;
  for (let match = stops.exec(text); match; match = stops.exec(text)) {
    const word = /(\S+)$/.exec(text.slice(0, match.index))?.[1] ?? '';
    if (word.length >= 3 && !/\d/.test(word)) {
      end = match.index + 1;
      break;
    }
  }
  const sentence = text.slice(0, end);
  if (sentence.length <= max) return sentence;
  const cut = sentence.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${cut.slice(0, space > 0 ? space : max)} …`;
}

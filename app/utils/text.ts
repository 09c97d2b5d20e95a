// Text as it may be stored: only characters XML 1.0 can carry, so that no document generated
// from stored text (notulen, report, annex) can break. Applied where text enters the app: the
// form reader, the CSV reader and the bundle reader.

/**
 * C0 control characters other than tab, line feed and carriage return; U+FFFE and U+FFFF; a high
 * surrogate not followed by a low one, and a low surrogate not preceded by a high one.
 */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const HAS_NOT_XML = new RegExp(NOT_XML.source);

/** `text` without the characters XML 1.0 cannot carry; everything else is kept as written. */
export function cleanText(text: string): string {
  return HAS_NOT_XML.test(text) ? text.replace(NOT_XML, "") : text;
}

/** `value` with cleanText applied to every string in it (object keys included), at any depth. */
export function cleanValue(value: unknown): unknown {
  if (typeof value === "string") return cleanText(value);
  if (Array.isArray(value)) return value.map(cleanValue);
  if (typeof value === "object" && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, member]) => [cleanText(key), cleanValue(member)]));
  }
  return value;
}

/**
 * `sentence` ended by exactly one full stop: "… atas nama Budi" gets one, "… Adi Prihantara, M.M."
 * keeps its own, and "… M.M.." (a template's stop after a name ending in one) loses the second.
 */
export function endSentence(sentence: string): string {
  const text = sentence.trimEnd();
  if (/[^.]\.\.$/.test(text)) return text.slice(0, -1);
  return /[.!?…]$/.test(text) ? text : `${text}.`;
}

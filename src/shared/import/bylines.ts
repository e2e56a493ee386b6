/**
 * Reads author names from bylines ("By Jane Doe", "Author: Jane Doe", "Par Jean Dupont")
 * and from author blurbs ("Jane Doe is a Staff Writer at Example News").
 */

export interface Byline {
  name: string;
  /** What followed the name on the same line, e.g. an outlet after "|" or ",". */
  rest: string | null;
}

const BYLINE_PREFIX =
  /^(?:by|written by|words by|reported by|author|authors|автор|авторы|текст|par|von|por|di|door)\s*[:\-–]?\s+/iu;
const NAME_PARTICLES =
  /^(?:de|da|di|del|della|der|den|van|von|bin|ibn|al|el|la|le|du|dos|das|y|e|und|and|&|и)$/iu;
const ROLE_WORDS =
  /\b(?:writer|reporter|journalist|correspondent|editor|columnist|contributor|analyst|author)\b/iu;

/** Two to six capitalized words (particles like "van" or "and" allowed), no digits. */
export function looksLikePersonName(text: string): boolean {
  if (text.length < 4 || text.length > 80 || /[\d@#/:;!?]/.test(text)) return false;
  const words = text.split(/[\s,]+/).filter(Boolean);
  if (words.length < 2 || words.length > 8) return false;
  const capitalized = words.filter((word) => /^\p{Lu}[\p{L}'’.-]*$/u.test(word));
  const allowed = words.every(
    (word) => /^\p{Lu}[\p{L}'’.-]*$/u.test(word) || NAME_PARTICLES.test(word),
  );
  return allowed && capitalized.length >= 2 && !ROLE_WORDS.test(text);
}

export function parseByline(text: string): Byline | null {
  if (text.length > 120) return null;
  const prefix = BYLINE_PREFIX.exec(text);
  if (!prefix) return null;
  const afterPrefix = text.slice(prefix[0].length).trim();
  // The name ends at a separator: "|", " - ", "•", ",", " on ", or a date.
  const split = /\s*(?:\||•|·|\s[-–—]\s|,\s|\s(?:on|for|in)\s|\s\d)/u.exec(afterPrefix);
  const name = (split ? afterPrefix.slice(0, split.index) : afterPrefix).replace(/\.$/, '').trim();
  if (!looksLikePersonName(name)) return null;
  const rest = split
    ? afterPrefix
        .slice(split.index)
        .replace(/^\s*(?:\||•|·|[-–—]|,)?\s*/u, '')
        .trim()
    : '';
  return { name, rest: rest === '' ? null : rest };
}

const BLURB_OPENING =
  /^((?:\p{Lu}[\p{L}'’.-]+\s+){1,3}\p{Lu}[\p{L}'’.-]+)\s+(?:is|was|has been|serves as)\s+(?:an?|the)\s+/u;
const BLURB_ROLE =
  /^.{0,60}?\b(?:writer|reporter|journalist|correspondent|editor|columnist|contributor)\b(?:\s+(?:at|for|with)\s+([^.,;]{2,50}))?/iu;

/** "Jane Doe is a Staff Writer at Example News" → { name: "Jane Doe", outlet: "Example News" }. */
export function parseAuthorBlurb(text: string): { name: string; outlet: string | null } | null {
  const opening = BLURB_OPENING.exec(text);
  if (!opening || !looksLikePersonName(opening[1]!)) return null;
  const role = BLURB_ROLE.exec(text.slice(opening[0].length));
  if (!role) return null;
  return { name: opening[1]!, outlet: role[1]?.trim() ?? null };
}

/** "Staff Writer at Example News" → "Example News". */
export function outletOfRoleLine(text: string): string | null {
  if (text.length > 80) return null;
  const match =
    /\b(?:writer|reporter|journalist|correspondent|editor|columnist|contributor)\s+(?:at|for|with)\s+(\S.{0,40}?)\.?$/iu.exec(
      text,
    );
  return match ? match[1]!.trim() : null;
}

/** A name at the start of a bio sentence: "Matt Rowe is graduated from …" → "Matt Rowe". */
export function nameOpeningBio(text: string): string | null {
  const match =
    /^((?:\p{Lu}[\p{L}'’.-]+\s+){1,3}\p{Lu}[\p{L}'’.-]+)\s+(?:is|was|has|grew|graduated|covers|writes|joined|holds|earned|studied)\b/u.exec(
      text,
    );
  return match && looksLikePersonName(match[1]!) ? match[1]! : null;
}

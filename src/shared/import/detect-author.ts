/**
 * Finds the author: a stated author, a byline ("By …", "Author: …"), a staff blurb
 * ("X is a reporter at Y"), or an author box ("Writer at Y" next to a name or a bio).
 */
import type { MetadataField } from '../domain';
import {
  looksLikePersonName,
  nameOpeningBio,
  outletOfRoleLine,
  parseAuthorBlurb,
  parseByline,
} from './bylines';
import type { PageContext, StatedValue } from './page-context';
import { parseSignLine } from './sign-line';

function cleanStatedAuthor(value: string): string | null {
  if (/^https?:\/\//i.test(value)) return null;
  const withoutBy = value.replace(/^by\s+/i, '').trim();
  return withoutBy === '' ? null : withoutBy;
}

function fromAuthorBox(context: PageContext): string | null {
  for (const unit of context.units) {
    if (context.bodyUnits.has(unit.index) || !outletOfRoleLine(unit.text)) continue;
    const before = context.units[unit.index - 1];
    if (before && looksLikePersonName(before.text)) return before.text;
    const after = context.units[unit.index + 1];
    const bioName = after ? nameOpeningBio(after.text) : null;
    if (bioName) return bioName;
  }
  return null;
}

export function detectAuthor(
  context: PageContext,
  stated?: StatedValue,
): MetadataField<string | null> {
  const statedName = stated ? cleanStatedAuthor(stated.value) : null;
  if (stated && statedName) return { value: statedName, source: stated.source, guessed: false };

  const outsideBody = context.units.filter((unit) => !context.bodyUnits.has(unit.index));
  for (const unit of outsideBody) {
    const byline = parseByline(unit.text);
    if (byline) return { value: byline.name, source: 'text:byline', guessed: false };
  }
  for (const unit of outsideBody) {
    const sign = parseSignLine(unit.text);
    if (sign?.author)
      return { value: sign.author, source: 'text:sign-line', guessed: sign.guessed };
  }
  for (const unit of outsideBody) {
    const blurb = parseAuthorBlurb(unit.text);
    if (blurb) return { value: blurb.name, source: 'text:author-blurb', guessed: true };
  }
  const boxName = fromAuthorBox(context);
  if (boxName) return { value: boxName, source: 'text:author-box', guessed: true };
  return { value: null, source: 'none', guessed: false };
}

/**
 * Recognizes page chrome: menus, toggles, share prompts, copyright lines, comment notices,
 * upsells, aggregator widgets. Patterns match a whole unit (or a short unit), never a phrase
 * inside running text, so an article sentence that merely mentions "share" survives.
 */
import { parseAuthorBlurb } from './bylines';
import { rememberRecent } from '../text/remember-recent';
import { countWordsUpTo, withoutMarkup } from './text-units';

export type ChromeKind =
  /** Drop this line. */
  | 'chrome'
  /** Drop this line and everything after it: a footer section that never returns to the article. */
  | 'footer'
  /** Drop this line and what follows, unless substantial article text resumes later. */
  | 'soft-footer';

const optionalColon = String.raw`\s*[:.…]*`;
const whole = (body: string): RegExp => new RegExp(`^(?:${body})${optionalColon}$`, 'iu');

/** Short labels that are always navigation or widgets when they stand alone on a line. */
const STANDALONE_LABELS = whole(
  [
    'twitter|x|x\\.com|youtube|instagram|facebook|telegram|whatsapp|linkedin|tiktok|vk|vkontakte|odnoklassniki',
    'pinterest|reddit|threads|mastodon|bluesky|viber|flipboard|google news|e-?mail|rss|apple store|app store',
    'google play|play market|play store|ok\\.ru|dzen|zen',
    '(?:night|dark|light|day)[ _-]?(?:theme|mode)|theme|mode',
    '[a-z]{2}|eng|рус|укр|ukr|rus|deu|fra|esp|aa|a\\s*[+\\-−]',
    'search(?:\\.{3}|…)?|search for|close (?:this |the )?search(?: box| panel| form)?|what are you (?:looking|searching) for\\s*\\??',
    'type (?:here )?to search|press enter to search|enter keyword|поиск|suche|rechercher|buscar',
    'menu|main menu|home|close|open|back|back to top|skip to (?:main )?content|skip to navigation',
    'log ?in|sign ?in|sign ?up|register|subscribe|subscribe now|donate|advertisement|advertising|ad|sponsored(?: content)?',
    'loading|print|copy link|copy|link copied|share|share this(?: article| story)?|share on \\w+|tweet|email this',
    'save|bookmark|show comments|load more|more|next|previous|prev|next article|previous article',
    'trending|popular|most read|most popular|top stories|breaking news|live|watch|listen|video|photos?|gallery',
    'newsletters?|cookie settings|privacy policy|terms of (?:use|service)|contact us|about us|careers',
    'скопировать ссылку|копировать ссылку|поделиться|поділитися|подписаться|главное|все новости|читать далее',
  ].join('|'),
);

/** Headings that open a trailing widget of other stories; the article may resume after some. */
const SOFT_FOOTER_HEADINGS = whole(
  [
    'latest|latest (?:news|stories|articles|posts)|related|related (?:news|articles|stories|posts|coverage|topics)',
    'latest in .{1,30}|more in .{1,30}|most read(?: on .{1,30})?|most popular|top stories|trending(?: now)?',
    'more (?:news|stories|articles)|more from .{1,30}|read more|read also|also read|see also|you may also like',
    "recommended(?: for you)?|you might also like|don't miss|editor'?s picks|читайте также|читать также|новости по теме",
    'à lire aussi|lire aussi|mehr zum thema|lea también|tags?|categories|topics|filed under',
  ].join('|'),
);

/** Footer sections after which the page never returns to the article. */
const FOOTER_PATTERNS: RegExp[] = [
  /^about\s+.{1,50}?\s+editorial\s+(?:process|policy|standards|guidelines)\.?$/iu,
  /^about the authors?\.?$/iu,
  /^(?:\d+\s+)?comments?(?:\s*\(\d+\))?:?$/iu,
  /^(?:leave a (?:reply|comment)|join the discussion|post a comment|add a comment)\.?$/iu,
  /comments posted here are not (?:from|those of)/iu,
];

/**
 * Chrome lines matched regardless of length: they never occur inside reporting. These run on
 * every line of a page, so none starts with `\b`: under the `iu` flags a leading `\b` made the
 * engine try each position of a long paragraph (six times slower). Before a word character,
 * `(?<!\w)` is the same test.
 */
const ALWAYS_CHROME: RegExp[] = [
  /comments posted here are not (?:from|those of)/iu,
  /refrain from (?:using|posting) (?:derogatory|abusive|obscene|offensive)/iu,
  /(?:any|the) (?:use|reproduction|reprinting|copying) of (?:the )?(?:materials?|content|articles?)\b.{0,80}\b(?:allowed|permitted|prohibited|only)/iu,
  /(?<!\w)(?:upgrade to premium|go premium|become a premium member)\b/iu,
  /^the post .{1,300} appeared first on .{1,80}$/iu,
  /(?<!\w)link copied\b|ссылка скопирована|посилання скопійовано|lien copié/iu,
  /(?:liked|enjoyed) (?:the|this) (?:story|article|post)\?/iu,
];

/**
 * Cookie-consent banners and metered-paywall notices, trusted on units up to 30 words: they are
 * written as sentences, so without this they pass for the article's first paragraph and push the
 * headline out of the place where it is looked for.
 */
const NOTICES: RegExp[] = [
  /\b(?:we|this (?:site|website|page)) uses? cookies\b/iu,
  /\bcookies?\b.{0,80}\b(?:accept|consent)\b/iu,
  /\b(?:you have|you've) (?:read )?(?:\d+|one|two|three|four|five) (?:free |more )?(?:articles?|stories)\b/iu,
  /\b(?:\d+|one|two|three|four|five) free (?:articles?|stories)\b/iu,
  /\b(?:articles?|stories) left this month\b/iu,
  /^(?:for )?subscribers? only\b/iu,
  /\bavailable (?:only )?(?:to|for) (?:paying )?subscribers\b/iu,
  /\balready (?:a )?(?:subscriber|member)\s*\?/iu,
];
const NOTICE_MAX_WORDS = 30;

/**
 * A teaser for another story behind a widget label ("READ MORE: Hollin fire contained…",
 * "TRENDING: …", "Watch: …"): a link, never the article's own text or headline.
 */
const TEASER =
  /^(?:read more|read also|also read|see also|more|related(?: stories| news)?|trending(?: now)?|watch|listen|most read|popular|latest|recommended|don'?t miss)\s*:\s*\S/iu;
const TEASER_MAX_WORDS = 30;

/** Chrome patterns only trusted on short units (≤ 14 words), where they cannot be a sentence. */
const SHORT_CHROME: RegExp[] = [
  /©|\(c\)\s*\d{4}|\bcopyright\b|all rights reserved|все права защищены|tous droits réservés|alle rechte vorbehalten/iu,
  /\bhyperlink to\b/iu,
  /^(?:views|просмотров|просмотры|переглядів|reads|vues|aufrufe)\s*:?\s*[\d\s,.]+k?$/iu,
  /^[\d\s,.]+k?\s*(?:views|reads|просмотров|comments?)$/iu,
  /^\d+\s*min(?:ute)?s?\s*read$/iu,
  /^(?:follow|join|find) us on\b/iu,
  /^(?:featured\s+)?(?:image|photo|picture|illustration|video|cover)(?:\s+credits?|\s+source)?\s*[:©]/iu,
  /^(?:photo|image|picture)s?\s+(?:by|courtesy of|via)\b/iu,
  /^(?:credits?|фото|photo)\s*:/iu,
  /\bto (?:view|read|see|unlock) .{0,50}\b(?:upgrade|subscribe|log in|sign in)\b/iu,
  /^(?:subscribe|sign up) (?:to|for) (?:our|the) .{0,40}newsletter/iu,
  /^\d+\s+(?:articles|sources|stories|outlets)$/iu,
  /^(?:coverage details|bias distribution|factuality|ownership|blindspot|similar news topics|news sources|full coverage|view all sources)$/iu,
  /\d+%\s+of\s+(?:the\s+)?sources\s+(?:lean|are)\b/iu,
  /^[-–•]?\s*(?:left|right|cent(?:er|re)|lean left|lean right)\s*:?\s*\d+\s*%$/iu,
  /^[Aa]bout\s+(?:the\s+)?\p{Lu}[^.!?\d]{0,40}$/u,
  /\beditorial (?:process|policy|standards|guidelines)\b|\bfact-checking (?:standards|policy)\b/iu,
  /^(?:senior |staff |chief |contributing |financial |business |political )*(?:news )?(?:writer|reporter|journalist|correspondent|editor|columnist|contributor)\s+(?:at|for|with)\s+\S.{0,40}$/iu,
  // Temperature or weather readouts in a page banner ("-1.6 C", "23°F").
  /^[-+−]?\d{1,2}(?:[.,]\d)?\s*°?\s*[CF]$/u,
  // Clock readouts ("20:42", "08:15 GMT").
  /^\d{1,2}:\d{2}(?:\s*(?:am|pm|gmt|utc|msk|kst|cet))?$/iu,
];

/** A row of buttons or menu labels: "Share: Email · Print", "Facebook | X | Email". */
function isLabelRow(text: string): boolean {
  if (text.length > 200) return false;
  const row = text.replace(/^share(?: this)?(?: article| story| post)?(?: on| via)?\s*:\s*/iu, '');
  const labels = row.split(/\s*(?:[·|•/]|\s[-–—]\s)\s*/u).filter(Boolean);
  const minimum = row === text ? 2 : 1;
  return labels.length >= minimum && labels.every((label) => STANDALONE_LABELS.test(label));
}

/**
 * A navigation bar flattened to text: section names spaced apart ("NEWS  SHOWBIZ  SPORT  MONEY",
 * "Home  News  Sport  Weather"). Running text and headlines never put wide gaps between words.
 */
function isSpacedMenu(text: string): boolean {
  if (text.length > 200 || /[.!?,;:"“”]/u.test(text)) return false;
  const labels = text.trim().split(/\s{2,}|\t+/u);
  return labels.length >= 4 && labels.every((label) => countWordsUpTo(label, 4) <= 3);
}

/** "Capital Wire is an independent newsroom." — the outlet describing itself under an article. */
export const NEWSROOM_SELF_DESCRIPTION =
  /^((?:the\s+)?[\p{Lu}\p{N}][\p{L}\p{N}&'’.-]*(?:\s+(?:[\p{Lu}\p{N}&][\p{L}\p{N}&'’.-]*|of|the|and)){0,5})\s+is\s+(?:an?|the|your)\s+(?:[\p{L}'’-]+,?\s+){0,4}?(?:newsroom|news (?:site|organi[sz]ation|outlet|agency|service|website|publication|magazine|platform)|publication|newspaper|magazine|media (?:outlet|organi[sz]ation|company|platform)|wire service|news and analysis (?:site|publication))\b[^.!?]{0,100}[.!?]?$/u;
/** Calls to action that close an article: newsletter, donation and follow prompts. */
const CALL_TO_ACTION =
  /^(?:please\s+)?(?:(?:sign up|subscribe|register)(?: now| today| here| for free)?(?: (?:for|to) (?:our|us|the [^.!?]{0,30}newsletter)\b|[.!]?$)|donate(?: now| today| to us)?\b|support (?:us|our (?:work|journalism|newsroom|reporting)|independent journalism)\b|become a (?:member|subscriber|supporter)\b|follow us\b|get (?:our|the) [^.!?]{0,30}newsletter)[^.!?]{0,100}[.!?]?$/iu;

/** Every sentence is the outlet describing itself or asking readers to sign up, follow or donate. */
function isOutletSignOff(text: string): boolean {
  const sentences = text.split(/(?<=[.!?])\s+/u).filter(Boolean);
  return sentences.every(
    (sentence) => NEWSROOM_SELF_DESCRIPTION.test(sentence) || CALL_TO_ACTION.test(sentence),
  );
}

/** "Home » World » Headline": two or more crumb separators, or a known crumb root. */
function isBreadcrumb(text: string): boolean {
  const separators = text.match(/\s[»›>|/]\s/g)?.length ?? 0;
  if (separators >= 2 && !/[.!?]\s/.test(text)) return true;
  return /^(?:home|blog|news|главная|accueil|startseite|inicio)\s*[»›>/]\s/iu.test(text);
}

/** Detectors ask about the same lines several times per page: remember recent answers. */
export const classifyChrome: (line: string) => ChromeKind | null = rememberRecent(classifyUncached);

function classifyUncached(line: string): ChromeKind | null {
  // Markdown leftovers in pasted text: "[Print](#)", "*Related*".
  const text = /[[*_]/.test(line) ? withoutMarkup(line) : line;
  const words = countWordsUpTo(text, 46);
  if (FOOTER_PATTERNS.some((pattern) => pattern.test(text))) return 'footer';
  if (SOFT_FOOTER_HEADINGS.test(text)) return 'soft-footer';
  if (STANDALONE_LABELS.test(text)) return 'chrome';
  if (ALWAYS_CHROME.some((pattern) => pattern.test(text))) return 'chrome';
  if (words <= 14 && SHORT_CHROME.some((pattern) => pattern.test(text))) return 'chrome';
  if (words <= TEASER_MAX_WORDS && TEASER.test(text)) return 'chrome';
  if (words <= NOTICE_MAX_WORDS && NOTICES.some((pattern) => pattern.test(text))) return 'chrome';
  if (isBreadcrumb(text) || (words <= 20 && parseAuthorBlurb(text) !== null)) return 'chrome';
  if (isLabelRow(text) || isSpacedMenu(text) || (words <= 45 && isOutletSignOff(text)))
    return 'chrome';
  // Horizontal rules and scene-break rows ("---", "* * *").
  if (/^[-*_=~·•\s]{3,}$/u.test(line)) return 'chrome';
  // Widget glued to a label, e.g. "share-lineLiked the story?".
  if (/^share-?line/iu.test(text)) return 'chrome';
  return null;
}

/** "The post <headline> appeared first on <Outlet>." glued to the end of an RSS-fed article. */
export const APPEARED_FIRST_TRAILER =
  /\s*(?:\[…\]|\[\.\.\.\]|…)?\s*The post .{1,300}? appeared first on [^.\n]{1,80}\.?\s*$/u;

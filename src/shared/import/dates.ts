/**
 * Finds calendar dates written in common news formats and languages, returning ISO days.
 * Times, time zones and weekdays around a date are tolerated but ignored.
 */

export interface FoundDate {
  /** YYYY-MM-DD */
  iso: string;
  index: number;
  length: number;
  /** True when day and month order could not be told apart (e.g. 03/04/2026). */
  ambiguous: boolean;
}

const MONTH_NAMES: ReadonlyArray<readonly [number, string[]]> = [
  [
    1,
    [
      'january',
      'jan',
      'январь',
      'января',
      'янв',
      'janvier',
      'janv',
      'januar',
      'jänner',
      'enero',
      'ene',
      'gennaio',
      'janeiro',
      'styczeń',
      'stycznia',
      'січня',
    ],
  ],
  [
    2,
    [
      'february',
      'feb',
      'февраль',
      'февраля',
      'фев',
      'февр',
      'février',
      'fevrier',
      'févr',
      'fevr',
      'februar',
      'febrero',
      'febbraio',
      'fevereiro',
      'lutego',
      'лютого',
    ],
  ],
  [
    3,
    [
      'march',
      'mar',
      'март',
      'марта',
      'mars',
      'märz',
      'maerz',
      'marzo',
      'março',
      'marca',
      'березня',
    ],
  ],
  [
    4,
    [
      'april',
      'apr',
      'апрель',
      'апреля',
      'апр',
      'avril',
      'avr',
      'abril',
      'abr',
      'aprile',
      'kwietnia',
      'квітня',
    ],
  ],
  [5, ['may', 'май', 'мая', 'mai', 'mayo', 'maggio', 'maio', 'maja', 'травня']],
  [
    6,
    [
      'june',
      'jun',
      'июнь',
      'июня',
      'июн',
      'juin',
      'juni',
      'junio',
      'giugno',
      'junho',
      'czerwca',
      'червня',
    ],
  ],
  [
    7,
    [
      'july',
      'jul',
      'июль',
      'июля',
      'июл',
      'juillet',
      'juil',
      'juli',
      'julio',
      'luglio',
      'julho',
      'lipca',
      'липня',
    ],
  ],
  [
    8,
    [
      'august',
      'aug',
      'август',
      'августа',
      'авг',
      'août',
      'aout',
      'agosto',
      'ago',
      'sierpnia',
      'серпня',
    ],
  ],
  [
    9,
    [
      'september',
      'sept',
      'sep',
      'сентябрь',
      'сентября',
      'сен',
      'сент',
      'septembre',
      'septiembre',
      'setiembre',
      'settembre',
      'setembro',
      'września',
      'вересня',
    ],
  ],
  [
    10,
    [
      'october',
      'oct',
      'октябрь',
      'октября',
      'окт',
      'octobre',
      'oktober',
      'okt',
      'octubre',
      'ottobre',
      'outubro',
      'października',
      'жовтня',
    ],
  ],
  [
    11,
    [
      'november',
      'nov',
      'ноябрь',
      'ноября',
      'ноя',
      'novembre',
      'noviembre',
      'novembro',
      'listopada',
      'листопада',
    ],
  ],
  [
    12,
    [
      'december',
      'dec',
      'декабрь',
      'декабря',
      'дек',
      'décembre',
      'decembre',
      'déc',
      'dezember',
      'dez',
      'diciembre',
      'dic',
      'dicembre',
      'dezembro',
      'grudnia',
      'грудня',
    ],
  ],
];

const MONTH_BY_NAME = new Map<string, number>();
for (const [month, names] of MONTH_NAMES) for (const name of names) MONTH_BY_NAME.set(name, month);

/** The month (1-12) a name or abbreviation stands for, in any language the importer reads. */
export function monthNumber(name: string): number | null {
  return MONTH_BY_NAME.get(name.toLowerCase()) ?? null;
}

const monthAlternation = [...MONTH_BY_NAME.keys()].sort((a, b) => b.length - a.length).join('|');
/** A month name not followed by another letter ("Mar" but not "Marine"), optional dot. */
const MONTH = `(${monthAlternation})(?!\\p{L})\\.?`;
const YEAR = '((?:19|20)\\d{2})(?!\\d)';
const DAY = '(\\d{1,2})(?:st|nd|rd|th|er|e|\\.)?';

interface DatePattern {
  regex: RegExp;
  read: (
    groups: string[],
  ) => { year: number; month: number; day: number; ambiguous?: boolean } | null;
}

const monthOf = (name: string): number => MONTH_BY_NAME.get(name.toLowerCase()) ?? 0;

const PATTERNS: DatePattern[] = [
  {
    // 2026-02-20, 2026-02-20T20:42:00Z
    regex: /(?<!\d)((?:19|20)\d{2})-(\d{2})-(\d{2})(?!\d)/gu,
    read: ([y, m, d]) => ({ year: +y!, month: +m!, day: +d! }),
  },
  {
    // 2026/02/20
    regex: /(?<!\d)((?:19|20)\d{2})\/(\d{1,2})\/(\d{1,2})(?!\d)/gu,
    read: ([y, m, d]) => ({ year: +y!, month: +m!, day: +d! }),
  },
  {
    // 20.02.2026 (European) and 20/02/2026 or 02/20/2026 (order decided by the values)
    regex: /(?<![\d./])(\d{1,2})([./])(\d{1,2})\2((?:19|20)\d{2})(?!\d)/gu,
    read: ([a, separator, b, y]) => {
      const first = +a!;
      const second = +b!;
      if (separator === '.' || first > 12) return { year: +y!, month: second, day: first };
      if (second > 12) return { year: +y!, month: first, day: second };
      return { year: +y!, month: second, day: first, ambiguous: first !== second };
    },
  },
  {
    // 20 February 2026, 20 февраля 2026 г., 20. Februar 2026, 20 de febrero de 2026, 1er mars 2026
    regex: new RegExp(`(?<!\\d)${DAY}\\s+(?:de\\s+)?${MONTH},?\\s+(?:de\\s+)?${YEAR}`, 'giu'),
    read: ([d, m, y]) => ({ year: +y!, month: monthOf(m!), day: +d! }),
  },
  {
    // February 20, 2026; Feb. 20 2026; Tuesday, March 3, 2026
    regex: new RegExp(`(?<!\\p{L})${MONTH}\\s+${DAY},?\\s+${YEAR}`, 'giu'),
    read: ([m, d, y]) => ({ year: +y!, month: monthOf(m!), day: +d! }),
  },
];

function isValidDay(year: number, month: number, day: number): boolean {
  if (year < 1990 || year > 2100 || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (value: number): string => String(value).padStart(2, '0');

export function findDates(text: string): FoundDate[] {
  const found: FoundDate[] = [];
  for (const { regex, read } of PATTERNS) {
    regex.lastIndex = 0;
    for (let match = regex.exec(text); match; match = regex.exec(text)) {
      const parts = read(match.slice(1));
      if (!parts || !isValidDay(parts.year, parts.month, parts.day)) continue;
      const overlaps = found.some(
        (other) =>
          match!.index < other.index + other.length &&
          other.index < match!.index + match![0].length,
      );
      if (overlaps) continue;
      found.push({
        iso: `${parts.year}-${pad(parts.month)}-${pad(parts.day)}`,
        index: match.index,
        length: match[0].length,
        ambiguous: parts.ambiguous ?? false,
      });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/** Words that may surround a date on a dateline without making it prose. */
const DATELINE_FILLER =
  /^(?:published|posted|updated|last updated|modified|date|on|at|am|pm|gmt|utc|[a-z]{2,4}t|г|года|опубликовано|обновлено|publié|mis à jour|le|veröffentlicht|aktualisiert|am|um|uhr|publicado|actualizado|el|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun|понедельник|вторник|среда|четверг|пятница|суббота|воскресенье|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lunes|martes|miércoles|jueves|viernes|sábado|domingo)$/iu;

/** Words like "Published" or "Monday" that may stand next to a date on a dateline. */
export const isDatelineFiller = (text: string): boolean =>
  (text.match(/\p{L}+/gu) ?? ['-']).every((word) => DATELINE_FILLER.test(word)) && !/\d/.test(text);

/** A line that is essentially just a date (plus time, weekday or "Published" label). */
export function dateOfDateline(text: string): FoundDate | null {
  if (text.length > 90) return null;
  const dates = findDates(text);
  const first = dates[0];
  if (!first) return null;
  // Every date goes, so "Published: 11 April 2025 | Updated: 12 April 2025" is a dateline too.
  let blanked = text;
  for (const date of dates)
    blanked =
      blanked.slice(0, date.index) +
      ' '.repeat(date.length) +
      blanked.slice(date.index + date.length);
  const rest = blanked.replace(/\d{1,2}:\d{2}(?::\d{2})?/g, ' ').match(/\p{L}+/gu) ?? [];
  const unexplained = rest.filter((word) => !DATELINE_FILLER.test(word));
  return unexplained.length === 0 ? first : null;
}

/** Normalizes a machine date (ISO 8601, RFC 2822, PDF "D:20260220...") to YYYY-MM-DD. */
export function isoDayFromMachineDate(value: string): string | null {
  const pdf = /^D:(\d{4})(\d{2})(\d{2})/.exec(value.trim());
  if (pdf) return isValidDay(+pdf[1]!, +pdf[2]!, +pdf[3]!) ? `${pdf[1]}-${pdf[2]}-${pdf[3]}` : null;
  const [first] = findDates(value);
  return first && !first.ambiguous ? first.iso : null;
}

/**
 * Figures in running text: plain numbers, percentages, money and quantities with units, each with
 * its offsets and a normalised value and unit, so "12,000 tonnes" in one outlet can be compared
 * with "12000 tonnes" or "12,400 tonnes" in another.
 */

export type FigureKind = 'money' | 'percent' | 'quantity' | 'number' | 'year' | 'date';

export interface Figure {
  /** The figure as written, e.g. "$4.5 billion". */
  text: string;
  start: number;
  end: number;
  value: number;
  /** '%', an ISO currency code, a normalised unit ('tonnes', 'km', 'workers', …) or '' for a bare number. */
  unit: string;
  kind: FigureKind;
}

const CURRENCY_SYMBOLS: Record<string, string> = {
  $: 'USD',
  us$: 'USD',
  usd: 'USD',
  '€': 'EUR',
  eur: 'EUR',
  '£': 'GBP',
  gbp: 'GBP',
  '¥': 'JPY',
  jpy: 'JPY',
  cny: 'CNY',
  rmb: 'CNY',
};

const CURRENCY_WORDS: Record<string, string> = {
  dollar: 'USD',
  dollars: 'USD',
  euro: 'EUR',
  euros: 'EUR',
  pound: 'GBP',
  pounds: 'GBP',
  'pounds sterling': 'GBP',
  yen: 'JPY',
  yuan: 'CNY',
  renminbi: 'CNY',
  rupee: 'INR',
  rupees: 'INR',
  francs: 'CHF',
  franc: 'CHF',
  krona: 'SEK',
  kronor: 'SEK',
  pesos: 'MXN',
  peso: 'MXN',
};

const SCALES: Record<string, number> = {
  thousand: 1e3,
  k: 1e3,
  million: 1e6,
  mn: 1e6,
  m: 1e6,
  billion: 1e9,
  bn: 1e9,
  b: 1e9,
  trillion: 1e12,
  tn: 1e12,
};

/** Unit spellings → one normal form. Counted nouns keep their plural so "300 workers" reads naturally. */
const UNITS: Record<string, string> = {
  '%': '%',
  percent: '%',
  'per cent': '%',
  'percentage points': 'percentage points',
  'percentage point': 'percentage points',
  tonnes: 'tonnes',
  tonne: 'tonnes',
  tons: 'tonnes',
  ton: 'tonnes',
  'metric tons': 'tonnes',
  km: 'km',
  kilometres: 'km',
  kilometers: 'km',
  kilometre: 'km',
  kilometer: 'km',
  miles: 'miles',
  mile: 'miles',
  metres: 'm',
  meters: 'm',
  metre: 'm',
  meter: 'm',
  cm: 'cm',
  mm: 'mm',
  millimetres: 'mm',
  millimeters: 'mm',
  kg: 'kg',
  kilograms: 'kg',
  kilos: 'kg',
  grams: 'g',
  litres: 'litres',
  liters: 'litres',
  gallons: 'gallons',
  barrels: 'barrels',
  hectares: 'hectares',
  acres: 'acres',
  mw: 'MW',
  megawatts: 'MW',
  gw: 'GW',
  gigawatts: 'GW',
  kwh: 'kWh',
  degrees: 'degrees',
  '°c': '°C',
  '°f': '°F',
  mph: 'mph',
  'km/h': 'km/h',
  knots: 'knots',
  people: 'people',
  persons: 'people',
  workers: 'workers',
  employees: 'employees',
  staff: 'staff',
  members: 'members',
  residents: 'residents',
  households: 'households',
  homes: 'homes',
  houses: 'houses',
  buildings: 'buildings',
  jobs: 'jobs',
  passengers: 'passengers',
  flights: 'flights',
  vessels: 'vessels',
  ships: 'ships',
  containers: 'containers',
  trucks: 'trucks',
  vehicles: 'vehicles',
  cars: 'cars',
  students: 'students',
  teachers: 'teachers',
  patients: 'patients',
  beds: 'beds',
  deaths: 'deaths',
  dead: 'dead',
  injured: 'injured',
  casualties: 'casualties',
  victims: 'victims',
  troops: 'troops',
  soldiers: 'soldiers',
  votes: 'votes',
  seats: 'seats',
  cases: 'cases',
  doses: 'doses',
  units: 'units',
  shares: 'shares',
  points: 'points',
  hours: 'hours',
  minutes: 'minutes',
  days: 'days',
  weeks: 'weeks',
  months: 'months',
  years: 'years',
};

const MONTHS =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const alternation = (words: string[]): string =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');

const PREFIX = `(?<prefix>us\\$|[$€£¥]|(?:usd|eur|gbp|jpy|cny|rmb)\\s?)`;
const NUMBER = `(?<number>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|\\.\\d+)`;
const SCALE = `(?:[\\s-]?(?<scale>${alternation(Object.keys(SCALES))})\\b)`;
const MONEY_WORD = `(?:\\s(?<currency>${alternation(Object.keys(CURRENCY_WORDS))})\\b)`;
const UNIT = `(?:[\\s-]?(?<unit>%|${alternation(Object.keys(UNITS).filter((u) => u !== '%'))})(?![\\p{L}\\d]))`;
const MAGNITUDE_BEFORE = `(?<magnitude>magnitude[\\s-])`;

const FIGURE = new RegExp(
  `(?<![\\p{L}\\d.,])(?:${MAGNITUDE_BEFORE}|${PREFIX})?${NUMBER}${SCALE}?(?:${MONEY_WORD}|${UNIT}|(?<magAfter>-magnitude\\b))?`,
  'giu',
);
const MONTH_BEFORE = new RegExp(`(?:${MONTHS})\\.?\\s$`, 'i');
const MONTH_AFTER = new RegExp(`^(?:st|nd|rd|th)?\\s(?:of\\s)?(?:${MONTHS})\\b`, 'i');

function classify(
  value: number,
  text: string,
  before: string,
  after: string,
): { kind: FigureKind; unit: string } {
  if (MONTH_BEFORE.test(before) || MONTH_AFTER.test(after)) return { kind: 'date', unit: '' };
  if (/^\d{4}$/.test(text) && value >= 1900 && value <= 2100) return { kind: 'year', unit: '' };
  return { kind: 'number', unit: '' };
}

export function extractFigures(text: string): Figure[] {
  const figures: Figure[] = [];
  // No digit, no figure: most paragraphs are skipped without running the big pattern.
  if (!/\d/.test(text)) return figures;
  FIGURE.lastIndex = 0;
  for (let match = FIGURE.exec(text); match !== null; match = FIGURE.exec(text)) {
    const g = match.groups ?? {};
    const raw = g.number;
    if (!raw) continue;
    const start = match.index;
    const matched = match[0];
    let value = Number(raw.replace(/,/g, ''));
    if (!Number.isFinite(value)) continue;
    const prefix = g.prefix?.trim().toLowerCase();
    const scaleWord = g.scale?.toLowerCase();
    const currencyWord = g.currency?.toLowerCase();
    const unitWord = g.unit?.toLowerCase().replace(/\s+/g, ' ');

    // A lone "m" or "b" after a number is only a scale next to money: "5m" alone is five metres.
    const moneyContext = Boolean(prefix || currencyWord);
    let scale = scaleWord ? SCALES[scaleWord] : undefined;
    const end = start + matched.length;
    if (scaleWord && /^[mbk]$/.test(scaleWord) && !moneyContext) scale = undefined;
    if (scale) value *= scale;

    let kind: FigureKind;
    let unit: string;
    if (prefix) {
      kind = 'money';
      unit = CURRENCY_SYMBOLS[prefix] ?? 'USD';
    } else if (currencyWord) {
      kind = 'money';
      unit = CURRENCY_WORDS[currencyWord] ?? currencyWord;
    } else if (g.magnitude || g.magAfter) {
      kind = 'quantity';
      unit = 'magnitude';
    } else if (unitWord) {
      unit = UNITS[unitWord] ?? unitWord;
      kind = unit === '%' || unit === 'percentage points' ? 'percent' : 'quantity';
    } else if (scaleWord && scale === undefined) {
      // "5 m" with no currency: metres, "5 k" or "5 b": a bare number.
      kind = scaleWord === 'm' ? 'quantity' : 'number';
      unit = scaleWord === 'm' ? 'm' : '';
    } else {
      const c = classify(
        value,
        raw,
        text.slice(Math.max(0, start - 12), start),
        text.slice(end, end + 16),
      );
      kind = c.kind;
      unit = c.unit;
    }
    figures.push({
      text: text.slice(start, end),
      start,
      end,
      value: roundValue(value),
      unit,
      kind,
    });
  }
  return figures;
}

/** Floating-point noise from scaling ("4.1 billion" → 4099999999.9999995) would defeat equality. */
function roundValue(value: number): number {
  return Number.isInteger(value) ? value : Number(value.toPrecision(12));
}

/**
 * The editable list of known outlets. Matching a detected name or a URL against it turns
 * "nytimes.com", "NYT" and "The New York Times" into one canonical outlet name.
 */

export interface OutletEntry {
  /** Canonical display name. */
  name: string;
  /** Other spellings that refer to the same outlet (matched case-insensitively). */
  aliases: string[];
  /** Registrable domains; subdomains match too. */
  domains: string[];
}

const outlet = (name: string, aliases: string[], domains: string[]): OutletEntry => ({
  name,
  aliases,
  domains,
});

export const DEFAULT_OUTLETS: readonly OutletEntry[] = [
  outlet('Reuters', ['Thomson Reuters', 'Reuters News'], ['reuters.com']),
  outlet('Associated Press', ['AP', 'AP News', 'The Associated Press'], ['apnews.com', 'ap.org']),
  outlet('Agence France-Presse', ['AFP', 'Agence France Presse'], ['afp.com']),
  outlet('BBC News', ['BBC', 'BBC World Service'], ['bbc.com', 'bbc.co.uk']),
  outlet('CNN', ['CNN International', 'Cable News Network'], ['cnn.com']),
  outlet('The New York Times', ['New York Times', 'NYT', 'NYTimes'], ['nytimes.com']),
  outlet('The Washington Post', ['Washington Post', 'WaPo'], ['washingtonpost.com']),
  outlet('The Wall Street Journal', ['Wall Street Journal', 'WSJ'], ['wsj.com']),
  outlet('Financial Times', ['FT', 'The Financial Times'], ['ft.com']),
  outlet('Bloomberg', ['Bloomberg News', 'Bloomberg L.P.'], ['bloomberg.com']),
  outlet('The Guardian', ['Guardian', 'Guardian News & Media'], ['theguardian.com']),
  outlet('The Economist', ['Economist'], ['economist.com']),
  outlet('Al Jazeera', ['Al Jazeera English', 'Aljazeera'], ['aljazeera.com', 'aljazeera.net']),
  outlet('Fox News', ['Fox News Channel', 'FOX News'], ['foxnews.com']),
  outlet('NBC News', ['NBC'], ['nbcnews.com']),
  outlet('CBS News', ['CBS'], ['cbsnews.com']),
  outlet('ABC News', ['ABC'], ['abcnews.go.com', 'abc.net.au']),
  outlet('NPR', ['National Public Radio'], ['npr.org']),
  outlet('Politico', ['POLITICO', 'Politico Europe'], ['politico.com', 'politico.eu']),
  outlet('Axios', [], ['axios.com']),
  outlet('CNBC', [], ['cnbc.com']),
  outlet('Forbes', [], ['forbes.com']),
  outlet('Business Insider', ['Insider'], ['businessinsider.com']),
  outlet('The Hill', [], ['thehill.com']),
  outlet('USA Today', ['USA TODAY'], ['usatoday.com']),
  outlet('Los Angeles Times', ['LA Times', 'L.A. Times'], ['latimes.com']),
  outlet('Newsweek', [], ['newsweek.com']),
  outlet('South China Morning Post', ['SCMP'], ['scmp.com']),
  outlet('Global Times', [], ['globaltimes.cn']),
  outlet('Xinhua', ['Xinhua News Agency', 'Xinhuanet'], ['news.cn', 'xinhuanet.com']),
  outlet('China Daily', [], ['chinadaily.com.cn']),
  outlet('Nikkei Asia', ['Nikkei', 'Nikkei Asian Review'], ['asia.nikkei.com', 'nikkei.com']),
  outlet('The Japan Times', ['Japan Times'], ['japantimes.co.jp']),
  outlet('The Korea Herald', ['Korea Herald'], ['koreaherald.com']),
  outlet('The Korea Times', ['Korea Times'], ['koreatimes.co.kr']),
  outlet('Yonhap News Agency', ['Yonhap'], ['yna.co.kr']),
  outlet('Asia Times', [], ['asiatimes.com']),
  outlet('The Times of India', ['Times of India', 'TOI'], ['timesofindia.indiatimes.com']),
  outlet('Deutsche Welle', ['DW', 'DW News'], ['dw.com']),
  outlet('Der Spiegel', ['Spiegel', 'Spiegel Online'], ['spiegel.de']),
  outlet('Le Monde', [], ['lemonde.fr']),
  outlet('El País', ['El Pais'], ['elpais.com']),
  outlet('France 24', ['France24'], ['france24.com']),
  outlet('RT', ['Russia Today'], ['rt.com']),
  outlet('TASS', ['ТАСС'], ['tass.com', 'tass.ru']),
  outlet('Kommersant', ['Коммерсантъ', 'Коммерсант'], ['kommersant.ru']),
  outlet('Ground News', [], ['ground.news']),
  outlet('Yahoo News', ['Yahoo'], ['news.yahoo.com', 'yahoo.com']),
];

const normalizeName = (name: string): string =>
  name
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[’']/g, "'")
    .replace(/\s+/g, ' ')
    .trim();

export function hostnameOf(url: string): string | null {
  const match = /^[a-z][a-z0-9+.-]*:\/\/(?:[^@/?#]*@)?([^/?#:]+)/i.exec(url.trim());
  return match ? match[1]!.toLowerCase().replace(/^www\./, '') : null;
}

interface NameIndex {
  /** Normalized name or alias → the first entry on the list that has it. */
  byName: Map<string, OutletEntry>;
  /** Normalized domain → the first entry on the list that has it. */
  byDomain: Map<string, OutletEntry>;
}

/** Detectors look up many lines of each page against the same list: index it once per list. */
const nameIndexes = new WeakMap<readonly OutletEntry[], NameIndex>();

function nameIndexOf(outlets: readonly OutletEntry[]): NameIndex {
  let index = nameIndexes.get(outlets);
  if (index) return index;
  index = { byName: new Map(), byDomain: new Map() };
  for (const entry of outlets) {
    for (const alias of [entry.name, ...entry.aliases]) {
      const key = normalizeName(alias);
      if (!index.byName.has(key)) index.byName.set(key, entry);
    }
    for (const domain of entry.domains) {
      const key = normalizeName(domain);
      if (!index.byDomain.has(key)) index.byDomain.set(key, entry);
    }
  }
  nameIndexes.set(outlets, index);
  return index;
}

/**
 * The outlet a name or alias refers to, if it is on the list: a name or alias match first, then
 * a domain; the earliest entry wins either way. The list is read as it was at its first look-up.
 */
export function findOutletByName(
  name: string,
  outlets: readonly OutletEntry[],
): OutletEntry | null {
  const wanted = normalizeName(name);
  const index = nameIndexOf(outlets);
  return index.byName.get(wanted) ?? index.byDomain.get(wanted) ?? null;
}

/** The outlet whose domain (or a parent domain of it) serves this URL. */
export function findOutletByUrl(url: string, outlets: readonly OutletEntry[]): OutletEntry | null {
  const host = hostnameOf(url);
  if (!host) return null;
  let best: OutletEntry | null = null;
  let bestLength = 0;
  for (const entry of outlets) {
    for (const domain of entry.domains) {
      const matches = host === domain || host.endsWith(`.${domain}`);
      if (matches && domain.length > bestLength) {
        best = entry;
        bestLength = domain.length;
      }
    }
  }
  return best;
}

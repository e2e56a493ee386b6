/**
 * Evaluates quote extraction against brat-annotated articles.
 *
 *   node --import tsx scripts/eval-quotes.ts <folder>
 *
 * Layouts: `<folder>/<name>.txt` + `<folder>/<name>.ann`, or the public-set layout
 * `<folder>/text/<name>.txt` + `<folder>/attributions/<name>_<annotator>.ann`
 * (with several annotators for one text, the first file by name is used).
 *
 * Matching, defined once for all figures:
 * - Gold units are the fragments of each Content span (a quote split by "he said" has two).
 *   A gold unit is a direct quote when its text begins with a quotation mark.
 * - A predicted item matches a gold unit when their spans overlap by at least 50% of the
 *   shorter one; matching is one-to-one, best overlap first.
 * - A predicted direct quote with no match that lies (≥ 50% of it) inside a gold reported-speech
 *   unit is not counted as a false positive for direct quotes: the gold marks such partial
 *   quotes as part of the larger reported statement. Likewise, for all attributions, an
 *   unmatched prediction lying inside another prediction (a partial quote inside a reported
 *   statement) is not counted.
 * - A speaker is right when, after lower-casing and dropping titles, honorifics, articles and
 *   punctuation, the predicted speaker (or the speaker phrase as written) equals, contains or
 *   is contained in the gold Source text, or they share the surname (last word). When the gold
 *   Source has an AnnotatorNotes line, the note is the resolved name and must match.
 *   Gold units without a Source are left out of speaker accuracy.
 */

import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { extractAttributions, type Attribution } from '../src/shared/quotes/index';
import { HONORIFICS, ROLE_MODIFIERS, TITLE_WORDS } from '../src/shared/quotes/lexicon';

interface GoldUnit {
  start: number;
  end: number;
  text: string;
  direct: boolean;
  source: string | null;
}

interface Pair {
  gold: GoldUnit;
  predicted: Attribution;
}

const QUOTE_OPENERS = /^(?:["“‘'«„]|'')/;

/** Maps code-point offsets (brat) to UTF-16 offsets (JavaScript strings). */
function codePointToUtf16(text: string): (offset: number) => number {
  const table: number[] = [];
  let index = 0;
  for (const char of text) {
    table.push(index);
    index += char.length;
  }
  table.push(index);
  return (offset) => table[Math.min(offset, table.length - 1)];
}

function parseAnn(ann: string, text: string): GoldUnit[] {
  const toUtf16 = codePointToUtf16(text);
  const spans = new Map<string, { type: string; fragments: [number, number][] }>();
  const notes = new Map<string, string>();
  const events: Map<string, string>[] = [];
  for (const line of ann.split('\n')) {
    const [id, body, note] = line.split('\t');
    if (!id || !body) continue;
    if (id.startsWith('T')) {
      const [type, ...rest] = body.split(' ');
      const fragments = rest
        .join(' ')
        .split(';')
        .map((part) => part.trim().split(' ').map(Number) as [number, number]);
      spans.set(id, { type, fragments: fragments.map(([s, e]) => [toUtf16(s), toUtf16(e)]) });
    } else if (id.startsWith('E')) {
      const roles = new Map<string, string>();
      for (const part of body.split(' ')) {
        const [role, target] = part.split(':');
        if (role && target) roles.set(role.replace(/\d+$/, ''), target);
      }
      events.push(roles);
    } else if (id.startsWith('#') && body.startsWith('AnnotatorNotes') && note) {
      notes.set(body.split(' ')[1], note.trim());
    }
  }
  const units: GoldUnit[] = [];
  const used = new Set<string>();
  const addContent = (contentId: string, sourceId: string | undefined): void => {
    const content = spans.get(contentId);
    if (!content || content.type !== 'Content') return;
    used.add(contentId);
    const sourceSpan = sourceId ? spans.get(sourceId) : undefined;
    const source =
      sourceId && notes.has(sourceId)
        ? notes.get(sourceId)!
        : sourceSpan
          ? sourceSpan.fragments.map(([s, e]) => text.slice(s, e)).join(' ')
          : null;
    for (const [start, end] of content.fragments) {
      const fragment = text.slice(start, end);
      if (!/[\p{L}\p{N}]/u.test(fragment)) continue;
      units.push({ start, end, text: fragment, direct: QUOTE_OPENERS.test(fragment), source });
    }
  };
  for (const roles of events)
    if (roles.has('Content')) addContent(roles.get('Content')!, roles.get('Source'));
  for (const [id, span] of spans)
    if (span.type === 'Content' && !used.has(id)) addContent(id, undefined);
  return units;
}

const overlap = (a: { start: number; end: number }, b: { start: number; end: number }): number =>
  Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
const overlapRatio = (
  a: { start: number; end: number },
  b: { start: number; end: number },
): number => overlap(a, b) / Math.max(1, Math.min(a.end - a.start, b.end - b.start));

function match(
  gold: GoldUnit[],
  predicted: Attribution[],
): { pairs: Pair[]; unmatchedPredicted: Attribution[] } {
  const candidates: { g: number; p: number; ratio: number }[] = [];
  gold.forEach((g, gi) =>
    predicted.forEach((p, pi) => {
      const ratio = overlapRatio(g, p);
      if (ratio >= 0.5) candidates.push({ g: gi, p: pi, ratio });
    }),
  );
  candidates.sort((a, b) => b.ratio - a.ratio);
  const usedGold = new Set<number>();
  const usedPredicted = new Set<number>();
  const pairs: Pair[] = [];
  for (const c of candidates) {
    if (usedGold.has(c.g) || usedPredicted.has(c.p)) continue;
    usedGold.add(c.g);
    usedPredicted.add(c.p);
    pairs.push({ gold: gold[c.g], predicted: predicted[c.p] });
  }
  return { pairs, unmatchedPredicted: predicted.filter((_, i) => !usedPredicted.has(i)) };
}

const DROP_WORDS = new Set([
  ...HONORIFICS,
  ...TITLE_WORDS,
  ...ROLE_MODIFIERS,
  'the',
  'a',
  'an',
  'u.s',
  'us',
  'said',
  'says',
]);
function normalizeSpeaker(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .split(/[^\p{L}\p{N}.-]+/u)
    .map((w) => w.replace(/\.$/, ''))
    .filter((w) => w && !DROP_WORDS.has(w) && !DROP_WORDS.has(w + '.'));
}

function speakerMatches(gold: string, predicted: string | null): boolean {
  if (!predicted) return false;
  const g = normalizeSpeaker(gold);
  const p = normalizeSpeaker(predicted);
  if (g.length === 0 || p.length === 0)
    return gold.trim().toLowerCase() === predicted.trim().toLowerCase();
  const gs = g.join(' ');
  const ps = p.join(' ');
  return gs === ps || gs.includes(ps) || ps.includes(gs) || g[g.length - 1] === p[p.length - 1];
}

function speakerRight(pair: Pair, body: string): boolean {
  const written =
    pair.predicted.speakerStart !== null && pair.predicted.speakerEnd !== null
      ? body.slice(pair.predicted.speakerStart, pair.predicted.speakerEnd)
      : null;
  return (
    speakerMatches(pair.gold.source!, pair.predicted.speaker) ||
    speakerMatches(pair.gold.source!, written)
  );
}

function findArticles(folder: string): { name: string; text: string; ann: string }[] {
  const textDir = join(folder, 'text');
  if (existsSync(textDir)) {
    const annDir = join(folder, 'attributions');
    const annFiles = readdirSync(annDir)
      .filter((f) => f.endsWith('.ann'))
      .sort();
    return readdirSync(textDir)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .flatMap((file) => {
        const name = basename(file, '.txt');
        const annFile = annFiles.find((f) => f.startsWith(name + '_'));
        return annFile
          ? [
              {
                name,
                text: readFileSync(join(textDir, file), 'utf8'),
                ann: readFileSync(join(annDir, annFile), 'utf8'),
              },
            ]
          : [];
      });
  }
  return readdirSync(folder)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .flatMap((file) => {
      const annPath = join(folder, basename(file, '.txt') + '.ann');
      return existsSync(annPath)
        ? [
            {
              name: basename(file, '.txt'),
              text: readFileSync(join(folder, file), 'utf8'),
              ann: readFileSync(annPath, 'utf8'),
            },
          ]
        : [];
    });
}

const fmt = (x: number): string => (Number.isFinite(x) ? x.toFixed(2) : 'n/a');
function prf(label: string, tp: number, predicted: number, gold: number): string {
  const p = tp / predicted;
  const r = tp / gold;
  return `${label}: P ${fmt(p)} R ${fmt(r)} F1 ${fmt((2 * p * r) / (p + r))} (n=${gold} gold, ${predicted} predicted, ${tp} matched)`;
}

function main(): void {
  const folder = process.argv[2];
  if (!folder) {
    console.error('usage: node --import tsx scripts/eval-quotes.ts <folder>');
    process.exit(2);
  }
  const verbose = process.argv.includes('--errors');
  const articles = findArticles(folder);
  const totals = {
    directTp: 0,
    directPred: 0,
    directGold: 0,
    allTp: 0,
    allPred: 0,
    allGold: 0,
    speakerChecked: 0,
    speakerRight: 0,
    allSpeakerChecked: 0,
    allSpeakerRight: 0,
    words: 0,
    ms: 0,
  };
  for (const article of articles) {
    const gold = parseAnn(article.ann, article.text);
    const started = performance.now();
    const predicted = extractAttributions(article.text);
    totals.ms += performance.now() - started;
    totals.words += article.text.split(/\s+/).filter(Boolean).length;

    const goldDirect = gold.filter((g) => g.direct);
    const predictedDirect = predicted.filter((p) => p.kind === 'direct');
    const direct = match(goldDirect, predictedDirect);
    const neutralDirect = direct.unmatchedPredicted.filter((p) =>
      gold.some((g) => !g.direct && overlap(g, p) >= 0.5 * (p.end - p.start)),
    );
    totals.directTp += direct.pairs.length;
    totals.directPred += predictedDirect.length - neutralDirect.length;
    totals.directGold += goldDirect.length;
    for (const pair of direct.pairs) {
      if (!pair.gold.source) continue;
      totals.speakerChecked++;
      if (speakerRight(pair, article.text)) totals.speakerRight++;
      else if (verbose)
        console.log(
          `[speaker] ${article.name}: gold "${pair.gold.source}" got "${pair.predicted.speaker}" (${pair.predicted.rule}) :: ${pair.predicted.text.slice(0, 60)}`,
        );
    }

    const all = match(gold, predicted);
    const nested = all.unmatchedPredicted.filter((p) =>
      predicted.some((q) => q !== p && q.start <= p.start && q.end >= p.end),
    );
    totals.allTp += all.pairs.length;
    totals.allPred += predicted.length - nested.length;
    totals.allGold += gold.length;
    for (const pair of all.pairs) {
      if (!pair.gold.source) continue;
      totals.allSpeakerChecked++;
      if (speakerRight(pair, article.text)) totals.allSpeakerRight++;
    }
    if (verbose) {
      const matchedGold = new Set(all.pairs.map((p) => p.gold));
      for (const g of gold)
        if (!matchedGold.has(g))
          console.log(
            `[missed${g.direct ? ' direct' : ''}] ${article.name}: (${g.source}) ${g.text.slice(0, 100).replace(/\n/g, ' ')}`,
          );
      for (const p of all.unmatchedPredicted)
        if (!nested.includes(p))
          console.log(
            `[extra ${p.kind} ${p.rule}] ${article.name}: (${p.speaker}) ${p.text.slice(0, 100).replace(/\n/g, ' ')}`,
          );
    }
  }
  console.log(`articles: ${articles.length}`);
  console.log(prf('direct quotes', totals.directTp, totals.directPred, totals.directGold));
  console.log(prf('all attributions', totals.allTp, totals.allPred, totals.allGold));
  console.log(
    `direct quote speaker right: ${fmt(totals.speakerRight / totals.speakerChecked)} (${totals.speakerRight}/${totals.speakerChecked})`,
  );
  console.log(
    `all attributions speaker right: ${fmt(totals.allSpeakerRight / totals.allSpeakerChecked)} (${totals.allSpeakerRight}/${totals.allSpeakerChecked})`,
  );
  console.log(
    `speed: ${fmt((totals.ms / totals.words) * 1000)} ms per 1,000 words (${totals.words} words)`,
  );
}

main();

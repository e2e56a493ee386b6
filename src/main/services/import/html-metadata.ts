/**
 * Reads what an HTML page states about itself: meta tags (Open Graph, article:*, Dublin
 * Core, Parsely), JSON-LD NewsArticle data, the canonical link and <html lang>.
 */
import type { StatedMetadata, StatedValue } from '../../../shared/import';

interface QueryableDocument {
  querySelector(
    selector: string,
  ): { getAttribute(name: string): string | null; textContent: string | null } | null;
  querySelectorAll(selector: string): ArrayLike<{ textContent: string | null }>;
  documentElement: { getAttribute(name: string): string | null } | null;
}

function firstMeta(document: QueryableDocument, keys: string[]): StatedValue | undefined {
  for (const key of keys) {
    for (const attribute of ['property', 'name', 'itemprop']) {
      const value = document
        .querySelector(`meta[${attribute}="${key}"]`)
        ?.getAttribute('content')
        ?.trim();
      if (value) return { value, source: `html:meta[${key}]` };
    }
  }
  return undefined;
}

type JsonObject = Record<string, unknown>;

function jsonLdArticles(document: QueryableDocument): JsonObject[] {
  const found: JsonObject[] = [];
  const scripts = document.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length; i++) {
    let data: unknown;
    try {
      data = JSON.parse(scripts[i]!.textContent ?? '');
    } catch {
      continue;
    }
    const queue: unknown[] = [data];
    while (queue.length > 0 && found.length < 20) {
      const item = queue.shift();
      if (Array.isArray(item)) queue.push(...item);
      else if (item && typeof item === 'object') {
        const object = item as JsonObject;
        const type = String(object['@type'] ?? '');
        if (/Article|NewsArticle|BlogPosting|Report/i.test(type)) found.push(object);
        if (object['@graph']) queue.push(object['@graph']);
      }
    }
  }
  return found;
}

function nameOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (Array.isArray(value)) {
    const names = value.map(nameOf).filter((name): name is string => !!name);
    return names.length > 0 ? names.join(', ') : undefined;
  }
  if (value && typeof value === 'object' && typeof (value as JsonObject).name === 'string')
    return ((value as JsonObject).name as string).trim();
  return undefined;
}

const stated = (value: string | undefined, source: string): StatedValue | undefined =>
  value ? { value, source } : undefined;

export function readHtmlMetadata(document: QueryableDocument): StatedMetadata {
  const jsonLd = jsonLdArticles(document)[0] ?? {};
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim();
  const titleTag = document.querySelector('title')?.textContent?.trim();
  const authorMeta = firstMeta(document, [
    'author',
    'article:author',
    'dc.creator',
    'parsely-author',
    'sailthru.author',
  ]);
  return {
    title:
      firstMeta(document, ['og:title', 'twitter:title', 'dc.title', 'parsely-title']) ??
      stated(nameOf(jsonLd.headline), 'html:json-ld.headline') ??
      stated(titleTag, 'html:title'),
    outlet:
      firstMeta(document, ['og:site_name', 'application-name', 'publisher', 'dc.publisher']) ??
      stated(nameOf(jsonLd.publisher), 'html:json-ld.publisher'),
    published:
      firstMeta(document, [
        'article:published_time',
        'datePublished',
        'date',
        'pubdate',
        'publish-date',
        'dc.date',
        'dc.date.issued',
        'parsely-pub-date',
        'sailthru.date',
      ]) ??
      stated(
        typeof jsonLd.datePublished === 'string' ? jsonLd.datePublished : undefined,
        'html:json-ld.datePublished',
      ) ??
      stated(
        document.querySelector('time[datetime]')?.getAttribute('datetime') ?? undefined,
        'html:time[datetime]',
      ),
    author:
      (authorMeta && !/^https?:/i.test(authorMeta.value) ? authorMeta : undefined) ??
      stated(nameOf(jsonLd.author), 'html:json-ld.author'),
    url: stated(canonical, 'html:link[canonical]') ?? firstMeta(document, ['og:url']),
    language: stated(
      document.documentElement?.getAttribute('lang')?.trim() || undefined,
      'html:lang',
    ),
  };
}

import { describe, expect, it } from 'vitest';
import { buildParsedArticle } from './build-parsed-article';

const AGGREGATOR_PAGE = [
  'Valmera port strike enters second week',
  '- Dock workers in Valmera extended their strike into a second week, with grain exports at a standstill.',
  '- A mediator met union leaders and the harbour authority on Thursday but no agreement was reached.',
  '12 Articles',
  '12 Articles',
  'Strike talks break down again',
  'Union leaders walked out of the latest round of talks on Thursday evening, saying the offer was unchanged [...] The post Strike talks break down again appeared first on Harbor Ledger.',
  'Grain buyers are looking at other ports as the strike drags on into its second week, traders said.',
  'Coverage Details',
  'Bias Distribution',
  '- 50% of the sources lean Left, 25% of the sources lean Right',
  'Upgrade to Premium to see ownership data',
].join('\n');

describe('aggregator pages', () => {
  const article = buildParsedArticle({
    sourcePath: 'story.txt',
    format: 'txt',
    contentHash: 'h',
    text: AGGREGATOR_PAGE,
  });

  it('is recognized with its source count and bias distribution', () => {
    expect(article.kind).toBe('aggregator');
    expect(article.aggregator).toEqual({
      sourceCount: 12,
      biasDistribution: { left: 50, right: 25 },
    });
  });

  it('is not attributed to the outlet of a snippet', () => {
    expect(article.metadata.outlet.value).toBeNull();
  });

  it('keeps the summary and the snippets with their credits, without the widgets', () => {
    expect(article.metadata.title.value).toBe('Valmera port strike enters second week');
    expect(article.body).toContain('- Dock workers in Valmera extended their strike');
    expect(article.body).toContain('appeared first on Harbor Ledger.');
    expect(article.body).toContain('Grain buyers are looking at other ports');
    for (const widget of [
      '12 Articles',
      'Coverage Details',
      'Bias Distribution',
      'lean Left',
      'Premium',
    ])
      expect(article.body).not.toContain(widget);
  });

  it('does not flag an ordinary article that mentions sources', () => {
    const ordinary = buildParsedArticle({
      sourcePath: 'a.txt',
      format: 'txt',
      contentHash: 'h',
      text: 'Budget vote\n\nThe council said 12 sources of funding were reviewed before the vote on Tuesday evening.',
    });
    expect(ordinary.kind).toBe('article');
    expect(ordinary.aggregator).toBeNull();
  });
});

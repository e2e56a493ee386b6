/** The article's quotes, by speaker, as found at import or added by hand. */
import type { QuoteRow } from '../../db/schema';

export function ArticleQuotes({
  quotes,
  onOpen,
  onAdjust,
}: {
  quotes: QuoteRow[];
  onOpen: (quote: QuoteRow) => void;
  /** Sets the quote's span to the current text selection. */
  onAdjust: (quote: QuoteRow) => void;
}) {
  if (!quotes.length)
    return (
      <p className="muted small">
        No quotes found in this article. Select text and press Q to add one.
      </p>
    );
  return (
    <ol className="quote-list">
      {quotes.map((quote) => (
        <li key={quote.id} data-testid="article-quote">
          <button type="button" className="quote-item" onClick={() => onOpen(quote)}>
            <span className="quote-speaker">{quote.speaker ?? 'Unattributed'}</span>
            <span className="muted small"> · {quote.kind === 'direct' ? 'quote' : 'reported'}</span>
            <span className="quote-text">
              {quote.text.length > 140 ? quote.text.slice(0, 140) + '…' : quote.text}
            </span>
          </button>
          <button
            type="button"
            className="button small quiet"
            title="Select the quote's correct extent in the article, then click here"
            onClick={() => onAdjust(quote)}
          >
            Set span to selection
          </button>
        </li>
      ))}
    </ol>
  );
}

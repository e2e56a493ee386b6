/** Title and metadata; guessed values are marked, and every value says where it came from. */
import type { MetadataField } from '../../../../shared/domain';
import type { ArticleRow } from '../../db/schema';

function Field({ label, field }: { label: string; field: MetadataField<string | null> }) {
  return (
    <div className="meta-field">
      <dt>{label}</dt>
      <dd
        title={`From ${field.source}${field.guessed ? ' (a guess)' : ''}`}
        data-testid={`meta-${label.toLowerCase()}`}
      >
        {field.value ?? <span className="muted">unknown</span>}
        {field.guessed && field.value && <span className="guess-mark"> (guess)</span>}
      </dd>
    </div>
  );
}

export function ArticleHeader({ article }: { article: ArticleRow }) {
  const { metadata } = article;
  return (
    <header className="article-header">
      <h1 data-testid="article-title">{article.title}</h1>
      <dl className="meta-grid">
        <Field label="Outlet" field={metadata.outlet} />
        <Field label="Published" field={metadata.published} />
        <Field label="Author" field={metadata.author} />
        <Field label="Language" field={metadata.language} />
        <div className="meta-field">
          <dt>File</dt>
          <dd>{article.sourcePath}</dd>
        </div>
        <div className="meta-field">
          <dt>Words</dt>
          <dd>{article.wordCount.toLocaleString()}</dd>
        </div>
      </dl>
      {article.kind === 'aggregator' && article.aggregator && (
        <p className="notice">
          Aggregator page: lists {article.aggregator.sourceCount ?? 'several'} sources
          {Object.keys(article.aggregator.biasDistribution).length > 0 &&
            ` (${Object.entries(article.aggregator.biasDistribution)
              .map(([side, share]) => `${share}% ${side}`)
              .join(', ')})`}
          . Its snippets are other outlets' text.
        </p>
      )}
    </header>
  );
}

/**
 * Title and metadata. Every value says where it came from; guesses are marked; any field can be
 * corrected in place, and a correction is kept when the file is imported again.
 */
import { useState } from 'react';
import type { MetadataField } from '../../../../shared/domain';
import { history } from '../../app/history';
import { useToast } from '../../components/Toasts';
import { correctMetadata, restoreMetadata, type MetadataKey } from '../../db/metadata';
import type { ArticleRow } from '../../db/schema';
import { useAddToBriefing } from '../briefings/useAddToBriefing';
import { DuplicateNotice } from './DuplicateNotice';

function describeSource(field: MetadataField<string | null>): string {
  if (field.source === 'user') return 'Corrected by you';
  return `From ${field.source}${field.guessed ? ' (a guess)' : ''}. Click to correct.`;
}

function EditableField(props: {
  articleId: string;
  label: string;
  fieldKey: MetadataKey;
  field: MetadataField<string | null>;
  placeholder?: string;
}) {
  const notify = useToast();
  const [draft, setDraft] = useState<string | null>(null);
  const save = async () => {
    if (draft === null) return;
    const value = draft;
    try {
      const previous = await correctMetadata(props.articleId, props.fieldKey, value);
      history.record({
        label: `correct ${props.label.toLowerCase()}`,
        undo: () => restoreMetadata(props.articleId, props.fieldKey, previous),
        redo: async () => void (await correctMetadata(props.articleId, props.fieldKey, value)),
      });
      setDraft(null);
    } catch (error) {
      notify((error as Error).message, 'error');
    }
  };
  return (
    <div className="meta-field">
      <dt>{props.label}</dt>
      <dd data-testid={`meta-${props.label.toLowerCase()}`}>
        {draft !== null ? (
          <input
            aria-label={props.label}
            autoFocus
            value={draft}
            placeholder={props.placeholder}
            onChange={(e) => setDraft(e.target.value)}
            onBlur={() => void save()}
            onKeyDown={(e) => {
              if (e.key === 'Enter') void save();
              if (e.key === 'Escape') setDraft(null);
            }}
          />
        ) : (
          <button
            type="button"
            className="meta-value"
            title={describeSource(props.field)}
            aria-label={`${props.label}: ${props.field.value ?? 'unknown'}. Correct it`}
            onClick={() => setDraft(props.field.value ?? '')}
          >
            {props.field.value ?? <span className="muted">unknown</span>}
            {props.field.guessed && props.field.value && (
              <span className="guess-mark"> (guess)</span>
            )}
            {props.field.source === 'user' && (
              <span className="user-mark" aria-hidden="true">
                {' '}
                ✎
              </span>
            )}
          </button>
        )}
      </dd>
    </div>
  );
}

export function ArticleHeader({ article }: { article: ArticleRow }) {
  const { metadata } = article;
  const common = { articleId: article.id };
  const addToBriefing = useAddToBriefing();
  return (
    <header className="article-header">
      <div className="article-title-row">
        <h1 data-testid="article-title">{article.title}</h1>
        <button
          type="button"
          className="button small"
          title="Cite this article in the current briefing"
          onClick={() => void addToBriefing({ articleId: article.id }, 'Citation')}
        >
          Cite in briefing
        </button>
      </div>
      <dl className="meta-grid">
        <EditableField {...common} label="Outlet" fieldKey="outlet" field={metadata.outlet} />
        <EditableField
          {...common}
          label="Published"
          fieldKey="published"
          field={metadata.published}
          placeholder="YYYY-MM-DD"
        />
        <EditableField {...common} label="Author" fieldKey="author" field={metadata.author} />
        <EditableField
          {...common}
          label="Language"
          fieldKey="language"
          field={metadata.language}
          placeholder="en"
        />
        <EditableField {...common} label="Title" fieldKey="title" field={metadata.title} />
        <EditableField
          {...common}
          label="URL"
          fieldKey="url"
          field={metadata.url}
          placeholder="https://…"
        />
        <div className="meta-field">
          <dt>File</dt>
          <dd>{article.sourcePath}</dd>
        </div>
        <div className="meta-field">
          <dt>Words</dt>
          <dd>{article.wordCount.toLocaleString()}</dd>
        </div>
      </dl>
      <DuplicateNotice article={article} />
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

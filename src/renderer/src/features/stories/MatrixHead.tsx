/** The header row every by-article table in a story shares: a first column, then one per article. */
import { columnLabel } from './column-label';
import type { StoryArticle } from './useStories';

export function MatrixHead({ first, columns }: { first: string; columns: StoryArticle[] }) {
  return (
    <thead>
      <tr>
        <th scope="col">{first}</th>
        {columns.map(({ article }) => (
          <th key={article.id} scope="col" title={article.title}>
            {columnLabel(article)}
          </th>
        ))}
      </tr>
    </thead>
  );
}

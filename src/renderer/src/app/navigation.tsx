/** Which view is showing and which article is open. */
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';

export type ViewName = 'library' | 'reader' | 'codebook' | 'briefings';

interface Navigation {
  view: ViewName;
  articleId: string | null;
  show: (view: ViewName) => void;
  openArticle: (articleId: string) => void;
}

const NavigationContext = createContext<Navigation | null>(null);

export function NavigationProvider({ children }: { children: ReactNode }) {
  const [view, setView] = useState<ViewName>('library');
  const [articleId, setArticleId] = useState<string | null>(null);
  const openArticle = useCallback((id: string) => {
    setArticleId(id);
    setView('reader');
  }, []);
  const value = useMemo(
    () => ({ view, articleId, show: setView, openArticle }),
    [view, articleId, openArticle],
  );
  return <NavigationContext.Provider value={value}>{children}</NavigationContext.Provider>;
}

export function useNavigation(): Navigation {
  const navigation = useContext(NavigationContext);
  if (!navigation) throw new Error('useNavigation outside NavigationProvider');
  return navigation;
}

/** Which view is showing, which article is open, and which passage of it to show. */
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';

export type ViewName =
  'library' | 'reader' | 'stories' | 'quotes' | 'codebook' | 'briefings' | 'settings';

export interface PassageFocus {
  start: number;
  end: number;
}

interface Navigation {
  view: ViewName;
  articleId: string | null;
  /** A passage to scroll to and mark when the article opens ("open in context"). */
  focus: PassageFocus | null;
  show: (view: ViewName) => void;
  openArticle: (articleId: string, focus?: PassageFocus) => void;
}

const NavigationContext = createContext<Navigation | null>(null);

export function NavigationProvider({ children }: { children: ReactNode }) {
  const [view, setView] = useState<ViewName>('library');
  const [articleId, setArticleId] = useState<string | null>(null);
  const [focus, setFocus] = useState<PassageFocus | null>(null);
  const openArticle = useCallback((id: string, passage?: PassageFocus) => {
    setArticleId(id);
    setFocus(passage ?? null);
    setView('reader');
  }, []);
  const value = useMemo(
    () => ({ view, articleId, focus, show: setView, openArticle }),
    [view, articleId, focus, openArticle],
  );
  return <NavigationContext.Provider value={value}>{children}</NavigationContext.Provider>;
}

export function useNavigation(): Navigation {
  const navigation = useContext(NavigationContext);
  if (!navigation) throw new Error('useNavigation outside NavigationProvider');
  return navigation;
}

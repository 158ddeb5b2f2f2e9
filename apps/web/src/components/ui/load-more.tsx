import { useTranslation } from 'react-i18next';
import { Button } from './button';

interface LoadMoreQuery {
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => unknown;
}

/** The "Load more" footer under a keyset-paginated list; renders nothing once the last page is in. */
export function LoadMore({ query }: { query: LoadMoreQuery }) {
  const { t } = useTranslation();
  if (!query.hasNextPage) return null;
  return (
    <div className="flex justify-center border-t border-border p-3">
      <Button variant="secondary" size="sm" loading={query.isFetchingNextPage} onClick={() => void query.fetchNextPage()}>
        {t('common.loadMore')}
      </Button>
    </div>
  );
}

import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';

// Lists that grow page by page with "show more" (cursor paging): each page is a component with
// its own query, rendered for each cursor of `usePages`.

/** One page of a list: where it starts, whether it is the last one, and how to ask for more. */
export type PageOfList = {
  after: string | null;
  index: number;
  isLast: boolean;
  onMore: (cursor: string) => void;
};

/** The pages asked for so far: the first, then one more for each "show more". */
export function PagedList(props: { children: (page: PageOfList) => ComponentChildren }) {
  const [cursors, setCursors] = useState<Array<string | null>>([null]);
  return (
    <>
      {cursors.map((after, index) =>
        props.children({
          after,
          index,
          isLast: index === cursors.length - 1,
          onMore: (cursor) => setCursors([...cursors, cursor]),
        }),
      )}
    </>
  );
}

/**
 * For the link of a page's first item: a page that came from "show more" hands it the focus once
 * loaded, so keyboard and screen reader users go on where the new items start.
 */
export function useFocusWhenLoaded(page: PageOfList, loaded: boolean) {
  const first = useRef<HTMLAnchorElement>(null);
  useEffect(() => {
    if (loaded && page.index > 0) first.current?.focus();
  }, [loaded]);
  return first;
}

/** The "show more" button, on the last page while there are more. */
export function ShowMore(props: {
  page: PageOfList;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  label: string;
}) {
  const { endCursor } = props.pageInfo;
  if (!props.page.isLast || !props.pageInfo.hasNextPage || !endCursor) return null;
  return (
    <p>
      <button
        type="button"
        class="kern-btn kern-btn--secondary"
        onClick={() => props.page.onMore(endCursor)}
      >
        <span class="kern-label">{props.label}</span>
      </button>
    </p>
  );
}

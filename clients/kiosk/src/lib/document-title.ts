import { useEffect } from 'preact/hooks';

/** The document's title, "<screen> – Rathaus", for screen readers and the browser's tab. */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} – Rathaus`;
  }, [title]);
}

import { useEffect } from 'react';

/** Sets the page's `<title>` (WCAG 2.4.2): "<what this page is> — Ketentafel". */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} — Ketentafel`;
  }, [title]);
}

import { SkipLink } from '@utrecht/component-library-react';

/** The id of each page's main landmark; the skip link and route changes move focus there. */
export const MAIN_ID = 'inhoud';

/**
 * "Direct naar de inhoud" (WCAG 2.4.1). Focus is moved by script rather than by a fragment navigation,
 * so the router does not treat the click as a page change.
 */
export function SkipToContent() {
  return (
    <SkipLink
      href={`#${MAIN_ID}`}
      onClick={(event) => {
        const main = document.getElementById(MAIN_ID);
        if (!main) return;
        event.preventDefault();
        main.focus();
      }}
    >
      Direct naar de inhoud
    </SkipLink>
  );
}

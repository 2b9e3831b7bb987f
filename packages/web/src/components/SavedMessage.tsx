import { useEffect, useRef } from 'react';
import { Alert, Paragraph } from '@utrecht/component-library-react';

/** Confirms that a change was saved, and takes focus so the confirmation is noticed. */
export function SavedMessage({ message }: { readonly message: string | undefined }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (message) ref.current?.focus();
  }, [message]);
  if (!message) return null;
  return (
    <div ref={ref} tabIndex={-1} className="kt-saved">
      <Alert type="ok" role="status">
        <Paragraph>{message}</Paragraph>
      </Alert>
    </div>
  );
}

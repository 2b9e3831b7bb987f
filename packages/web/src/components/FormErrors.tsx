import { createContext, useContext, useEffect, useRef, type MouseEvent, type ReactNode } from 'react';
import { Alert, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import type { Problem } from '../api/types.ts';

/** Field errors keyed by the field's path in the request body, e.g. `subject.birthDate`. */
export type FieldErrors = Readonly<Record<string, string>>;

/**
 * The element id of the input for an API field path. Inputs and the error summary both use it, so a
 * problem's `errors[].field` (`body.subject.birthDate`) leads straight to its input. `scope` keeps ids
 * unique when two forms on one page have a field of the same name (see FieldScope).
 */
export function fieldId(path: string, scope = ''): string {
  return `veld-${scope ? `${scope}-` : ''}${path.replace(/^body\./, '').replace(/[^A-Za-z0-9_-]/g, '-')}`;
}

const FieldScopeContext = createContext('');

/** Prefixes the field ids of one form, for pages with two forms that share field names. */
export function FieldScope({ scope, children }: { readonly scope: string; readonly children: ReactNode }) {
  return <FieldScopeContext value={scope}>{children}</FieldScopeContext>;
}

/** The id function for fields in the current FieldScope. */
export function useFieldId(): (path: string) => string {
  const scope = useContext(FieldScopeContext);
  return (path) => fieldId(path, scope);
}

/** Collects a problem's per-field messages, keyed by path without the `body.` prefix. */
export function fieldErrorsOf(problem: Problem | undefined): FieldErrors {
  const errors: Record<string, string> = {};
  for (const error of problem?.errors ?? []) {
    const path = error.field.replace(/^body\./, '');
    errors[path] ??= error.message;
  }
  return errors;
}

function withLabel(label: string | undefined, message: string): string {
  return label && !message.startsWith(label) ? `${label} — ${message}` : message;
}

function focusField(event: MouseEvent<HTMLAnchorElement>, id: string): void {
  const target = document.getElementById(id);
  if (!target) return;
  event.preventDefault();
  target.focus();
  target.scrollIntoView({ block: 'center' });
}

/**
 * Shows an API problem: its Dutch `detail`, and when fields were wrong a list of them, each linking to
 * its input. Takes focus when a new problem arrives so keyboard and screen-reader users land on it.
 * `labels` (by field path) prefix messages that do not name their field, such as "Kies ja, nee of onbekend."
 */
export function ProblemAlert({ problem, labels = {} }: { readonly problem: Problem | undefined; readonly labels?: Readonly<Record<string, string>> }) {
  const ref = useRef<HTMLDivElement>(null);
  const idOf = useFieldId();
  useEffect(() => {
    if (problem) ref.current?.focus();
  }, [problem]);
  if (!problem) return null;
  const errors = problem.errors ?? [];
  return (
    <div ref={ref} tabIndex={-1} className="kt-problem">
      <Alert type="error">
        <Paragraph>
          <strong>{problem.title}.</strong> {problem.detail}
        </Paragraph>
        {errors.length > 0 && (
          <UnorderedList>
            {errors.map((error) => (
              <UnorderedListItem key={`${error.field}:${error.message}`}>
                <a
                  className="utrecht-link utrecht-link--html-a"
                  href={`#${idOf(error.field)}`}
                  onClick={(event) => {
                    focusField(event, idOf(error.field));
                  }}
                >
                  {withLabel(labels[error.field.replace(/^body\./, '')], error.message)}
                </a>
              </UnorderedListItem>
            ))}
          </UnorderedList>
        )}
      </Alert>
    </div>
  );
}

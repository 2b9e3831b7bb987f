import { Link, type LinkProps } from 'react-router';

/** A client-side link styled as an NL Design System link. */
export function AppLink({ className, ...props }: LinkProps) {
  return <Link className={['utrecht-link', 'utrecht-link--html-a', className].filter(Boolean).join(' ')} {...props} />;
}

/** A client-side link styled as a button, for prominent navigation such as "Nieuwe aanmelding". */
export function ButtonLinkTo({ appearance = 'primary', className, ...props }: LinkProps & { readonly appearance?: 'primary' | 'secondary' }) {
  const look = appearance === 'primary' ? 'utrecht-button-link--primary-action' : 'utrecht-button-link--secondary-action';
  return <Link className={['utrecht-button-link', 'utrecht-button-link--html-a', look, className].filter(Boolean).join(' ')} {...props} />;
}

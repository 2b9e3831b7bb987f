import { useEffect, useRef, type ReactNode } from 'react';
import { NavLink, Outlet, useLocation, useNavigate, useNavigation } from 'react-router';
import { Button, NavBar, NavList, PageFooter, PageHeader, Paragraph } from '@utrecht/component-library-react';
import { api } from '../api/client.ts';
import type { Role } from '../api/types.ts';
import { useSession } from '../app/session.ts';
import { useApiAction } from '../app/useApiAction.ts';
import { LOGIN_PATH } from '../app/protect.ts';
import { ROLE_LABELS } from '../i18n/labels.ts';
import { ProblemAlert } from './FormErrors.tsx';
import { MAIN_ID, SkipToContent } from './SkipToContent.tsx';

interface NavItem {
  readonly to: string;
  readonly label: string;
}

/** The main menu per role. Which actions exist on a record is decided by its `abilities`, not here. */
const NAV: Readonly<Record<Role, readonly NavItem[]>> = {
  'chain-director': [
    { to: '/', label: 'Start' },
    { to: '/casussen', label: 'Casussen' },
    { to: '/overleggen', label: 'Overleggen' },
    { to: '/groepen', label: 'Groepen' },
    { to: '/stuurgroep', label: 'Stuurgroep' },
    { to: '/signalen', label: 'Signalen' },
    { to: '/evaluatie', label: 'Evaluatie' },
    { to: '/brieven', label: 'Brieven' },
    { to: '/inzageverzoeken', label: 'Inzageverzoeken' },
  ],
  'partner-professional': [
    { to: '/', label: 'Start' },
    { to: '/aanmelden', label: 'Nieuwe aanmelding' },
    { to: '/casussen', label: 'Mijn aanmeldingen' },
    { to: '/uitvragen', label: 'Uitvragen' },
    { to: '/vrijgegeven', label: 'Aan mij vrijgegeven' },
    { to: '/verzoeken', label: 'Verzoeken om gegevens' },
    { to: '/overleggen', label: 'Overleggen' },
    { to: '/groepen', label: 'Groepen' },
  ],
  'privacy-officer': [
    { to: '/', label: 'Register van verwerkingen' },
    { to: '/privacy/verwerkingenlog', label: 'Verwerkingenlog' },
    { to: '/privacy/integriteit', label: 'Integriteit van het log' },
    { to: '/privacy/juridische-blokkades', label: 'Juridische blokkades' },
    { to: '/inzageverzoeken', label: 'Inzageverzoeken' },
  ],
  'application-administrator': [
    { to: '/', label: 'Start' },
    { to: '/beheer/organisaties', label: 'Organisaties' },
    { to: '/beheer/tafels', label: 'Tafels' },
    { to: '/beheer/gebruikers', label: 'Gebruikers' },
  ],
};

function Brand() {
  return (
    <NavLink to="/" className="kt-brand">
      Ketentafel
    </NavLink>
  );
}

function Footer() {
  return (
    <PageFooter className="kt-footer">
      <Paragraph appearance="small">
        Ketentafel — registratie en coördinatie voor de Zorg- en Veiligheidstafels Jeugd. Gegevens van jeugdigen zijn vertrouwelijk: gebruik ze
        alleen voor het doel waarvoor ze zijn gedeeld.
      </Paragraph>
    </PageFooter>
  );
}

/** Moves focus to the main landmark after each client-side page change, so screen readers start there. */
function useFocusMainOnNavigation(): void {
  const { pathname } = useLocation();
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    document.getElementById(MAIN_ID)?.focus();
  }, [pathname]);
}

function LoadingStatus() {
  const navigation = useNavigation();
  return (
    <p className="kt-loading" role="status" aria-live="polite">
      {navigation.state === 'idle' ? '' : 'Bezig met laden…'}
    </p>
  );
}

/** The frame of every page for a logged-in user: skip link, header with user and menu, main, footer. */
export function AppLayout() {
  const session = useSession();
  const navigate = useNavigate();
  const logout = useApiAction();
  useFocusMainOnNavigation();
  const { user } = session;

  return (
    <div className="kt-page">
      <SkipToContent />
      <PageHeader className="kt-header">
        <div className="kt-header__bar">
          <Brand />
          <div className="kt-header__user">
            <span>
              <strong>{user.displayName}</strong>
              <span className="kt-header__meta">
                {ROLE_LABELS[user.role]} · {user.organisation.name}
              </span>
            </span>
            <Button
              appearance="secondary-action-button"
              busy={logout.busy}
              onClick={() => {
                void logout.run(() => api.logout()).then(async (result) => {
                  if (result.ok) await navigate(LOGIN_PATH);
                });
              }}
            >
              Uitloggen
            </Button>
          </div>
        </div>
        <NavBar aria-label="Hoofdmenu" className="kt-nav">
          <NavList>
            {NAV[user.role].map((item) => (
              <li key={item.to} className="utrecht-nav-list__item">
                <NavLink to={item.to} end={item.to === '/'} className="utrecht-link utrecht-link--html-a utrecht-nav-list__link">
                  {item.label}
                </NavLink>
              </li>
            ))}
          </NavList>
        </NavBar>
      </PageHeader>
      <main id={MAIN_ID} tabIndex={-1} className="kt-main">
        <ProblemAlert problem={logout.problem} />
        <LoadingStatus />
        <Outlet />
      </main>
      <Footer />
    </div>
  );
}

/** The frame for pages outside a session (login, fatal errors): header with the name, main, footer. */
export function PublicLayout({ children }: { readonly children: ReactNode }) {
  return (
    <div className="kt-page">
      <SkipToContent />
      <PageHeader className="kt-header">
        <div className="kt-header__bar">
          <Brand />
        </div>
      </PageHeader>
      <main id={MAIN_ID} tabIndex={-1} className="kt-main">
        {children}
      </main>
      <Footer />
    </div>
  );
}

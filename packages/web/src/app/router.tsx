import { createBrowserRouter } from 'react-router';
import { api } from '../api/client.ts';
import { AppLayout } from '../components/Layout.tsx';
import { RouteError } from '../components/RouteError.tsx';
import { LoginScreen, loginLoader } from '../screens/LoginScreen.tsx';
import { StartScreen, startLoader } from '../screens/StartScreen.tsx';
import { RegistrationScreen, registrationLoader } from '../screens/RegistrationScreen.tsx';
import { CaseListScreen, caseListLoader } from '../screens/CaseListScreen.tsx';
import { CaseScreen, caseLoader } from '../screens/CaseScreen.tsx';
import { ReleasesToMeScreen, releasesToMeLoader } from '../screens/ReleasesToMeScreen.tsx';
import { ReleasedDataScreen, releasedDataLoader } from '../screens/ReleasedDataScreen.tsx';
import { GrantRequestsScreen, grantRequestsLoader } from '../screens/GrantRequestsScreen.tsx';
import { NotAdmittedScreen } from '../screens/NotAdmittedScreen.tsx';
import { PartnerQueryInboxScreen, partnerQueryInboxLoader } from '../screens/PartnerQueryInboxScreen.tsx';
import { PartnerQueryAnswerScreen, partnerQueryAnswerLoader } from '../screens/PartnerQueryAnswerScreen.tsx';
import { OrganisationsScreen, organisationsLoader } from '../screens/OrganisationsScreen.tsx';
import { TablesScreen, tablesLoader } from '../screens/TablesScreen.tsx';
import { UsersScreen, usersLoader } from '../screens/UsersScreen.tsx';
import { NotFoundScreen } from '../screens/NotFoundScreen.tsx';
import { MeetingsScreen, meetingsLoader } from '../screens/MeetingsScreen.tsx';
import { MeetingSeriesScreen, meetingSeriesLoader } from '../screens/MeetingSeriesScreen.tsx';
import { MeetingScreen, meetingLoader } from '../screens/MeetingScreen.tsx';
import { LogSearchScreen, logSearchLoader } from '../screens/LogSearchScreen.tsx';
import { LogIntegrityScreen, logIntegrityLoader } from '../screens/LogIntegrityScreen.tsx';
import { LegalHoldsScreen, legalHoldsLoader } from '../screens/LegalHoldsScreen.tsx';
import { SubjectAccessScreen, subjectAccessLoader } from '../screens/SubjectAccessScreen.tsx';
import { SteeringGroupScreen, steeringGroupLoader } from '../screens/SteeringGroupScreen.tsx';
import { SignalsScreen, signalsLoader } from '../screens/SignalsScreen.tsx';
import { EvaluationScreen, evaluationLoader } from '../screens/EvaluationScreen.tsx';
import { MeetingRecordScreen, meetingRecordLoader } from '../screens/MeetingRecordScreen.tsx';
import { MinutesScreen, minutesLoader } from '../screens/MinutesScreen.tsx';
import { GroupsScreen, groupsLoader } from '../screens/GroupsScreen.tsx';
import { GroupRegistrationScreen, groupRegistrationLoader } from '../screens/GroupRegistrationScreen.tsx';
import { GroupScreen, groupLoader } from '../screens/GroupScreen.tsx';
import { AgendaItemScreen, agendaItemLoader } from '../screens/AgendaItemScreen.tsx';
import { LetterTemplatesScreen, letterTemplatesLoader } from '../screens/LetterTemplatesScreen.tsx';
import { APP_ROUTE_ID } from './session.ts';
import { protect } from './protect.ts';

function Loading() {
  return (
    <p className="kt-loading" role="status">
      Ketentafel wordt geladen…
    </p>
  );
}

/**
 * The routes (Dutch paths). Everything except /inloggen sits below the `app` route, whose loader fetches
 * the session; a missing session sends the user to /inloggen. Each loader fetches only what its screen
 * shows.
 */
export const router = createBrowserRouter([
  {
    path: '/inloggen',
    element: <LoginScreen />,
    loader: loginLoader,
    errorElement: <RouteError standalone />,
    hydrateFallbackElement: <Loading />,
  },
  {
    id: APP_ROUTE_ID,
    path: '/',
    element: <AppLayout />,
    loader: protect(() => api.session()),
    // The session is the same after every change inside the app; only a new page load fetches it again.
    shouldRevalidate: () => false,
    errorElement: <RouteError standalone />,
    hydrateFallbackElement: <Loading />,
    children: [
      {
        errorElement: <RouteError />,
        children: [
          { index: true, element: <StartScreen />, loader: startLoader },
          { path: 'aanmelden', element: <RegistrationScreen />, loader: registrationLoader },
          { path: 'casussen', element: <CaseListScreen />, loader: caseListLoader },
          { path: 'casussen/:caseId', element: <CaseScreen />, loader: caseLoader },
          { path: 'casussen/:caseId/bijdragen', element: <ReleasedDataScreen />, loader: releasedDataLoader },
          { path: 'vrijgegeven', element: <ReleasesToMeScreen />, loader: releasesToMeLoader },
          { path: 'verzoeken', element: <GrantRequestsScreen />, loader: grantRequestsLoader },
          { path: 'aanmelding-verwijderd', element: <NotAdmittedScreen /> },
          { path: 'overleggen', element: <MeetingsScreen />, loader: meetingsLoader },
          { path: 'overleggen/reeksen/:seriesId', element: <MeetingSeriesScreen />, loader: meetingSeriesLoader },
          { path: 'overleggen/:meetingId', element: <MeetingScreen />, loader: meetingLoader },
          { path: 'overleggen/:meetingId/agendapunten/:agendaItemId', element: <AgendaItemScreen />, loader: agendaItemLoader },
          { path: 'overleggen/:meetingId/verslag', element: <MinutesScreen />, loader: minutesLoader },
          { path: 'overleggen/:meetingId/agendapunten/:agendaItemId/verslag', element: <MeetingRecordScreen />, loader: meetingRecordLoader },
          { path: 'stuurgroep', element: <SteeringGroupScreen />, loader: steeringGroupLoader },
          { path: 'signalen', element: <SignalsScreen />, loader: signalsLoader },
          { path: 'evaluatie', element: <EvaluationScreen />, loader: evaluationLoader },
          { path: 'brieven', element: <LetterTemplatesScreen />, loader: letterTemplatesLoader },
          { path: 'uitvragen', element: <PartnerQueryInboxScreen />, loader: partnerQueryInboxLoader },
          { path: 'uitvragen/:queryId', element: <PartnerQueryAnswerScreen />, loader: partnerQueryAnswerLoader },
          { path: 'beheer/organisaties', element: <OrganisationsScreen />, loader: organisationsLoader },
          { path: 'beheer/tafels', element: <TablesScreen />, loader: tablesLoader },
          { path: 'beheer/gebruikers', element: <UsersScreen />, loader: usersLoader },
          { path: 'privacy/verwerkingenlog', element: <LogSearchScreen />, loader: logSearchLoader },
          { path: 'privacy/integriteit', element: <LogIntegrityScreen />, loader: logIntegrityLoader },
          { path: 'privacy/juridische-blokkades', element: <LegalHoldsScreen />, loader: legalHoldsLoader },
          { path: 'inzageverzoeken', element: <SubjectAccessScreen />, loader: subjectAccessLoader },
          { path: 'groepen', element: <GroupsScreen />, loader: groupsLoader },
          { path: 'groepen/registreren', element: <GroupRegistrationScreen />, loader: groupRegistrationLoader },
          { path: 'groepen/:groupId', element: <GroupScreen />, loader: groupLoader },
          { path: '*', element: <NotFoundScreen /> },
        ],
      },
    ],
  },
]);

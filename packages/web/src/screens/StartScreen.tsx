import { useLoaderData } from 'react-router';
import { api } from '../api/client.ts';
import { protect } from '../app/protect.ts';
import { ChainDirectorStart } from '../components/ChainDirectorStart.tsx';
import { PartnerStart } from '../components/PartnerStart.tsx';
import { ProcessingRegister } from '../components/ProcessingRegister.tsx';
import { AdminStart } from '../components/AdminStart.tsx';

/** Loads what the start page of the user's role shows; roles without case access load no cases. */
export const startLoader = protect(async () => {
  const session = await api.session();
  switch (session.user.role) {
    case 'chain-director': {
      const [cases, tables] = await Promise.all([api.cases(), api.myTables()]);
      return { role: session.user.role, cases: cases.cases, tables: tables.tables };
    }
    case 'partner-professional': {
      const [cases, notices, requests] = await Promise.all([api.cases(), api.notices(), api.grantRequests()]);
      return { role: session.user.role, cases: cases.cases, notices: notices.notices, openRequests: requests.openToDecide };
    }
    case 'privacy-officer':
      return { role: session.user.role, activities: (await api.processingActivities()).activities };
    case 'application-administrator':
      return { role: session.user.role };
  }
});

/** `/`: the start page, one per role (chain director, partner professional, privacy officer, administrator). */
export function StartScreen() {
  const data = useLoaderData<typeof startLoader>();
  switch (data.role) {
    case 'chain-director':
      return <ChainDirectorStart cases={data.cases} tables={data.tables} />;
    case 'partner-professional':
      return <PartnerStart cases={data.cases} notices={data.notices} openRequests={data.openRequests} />;
    case 'privacy-officer':
      return <ProcessingRegister activities={data.activities} />;
    case 'application-administrator':
      return <AdminStart />;
  }
}

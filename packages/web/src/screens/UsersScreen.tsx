import { useState } from 'react';
import { flushSync } from 'react-dom';
import { useLoaderData, useRevalidator } from 'react-router';
import {
  Button,
  Heading1,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { api } from '../api/client.ts';
import type { AdminUser } from '../api/types.ts';
import { protect } from '../app/protect.ts';
import { useDocumentTitle } from '../app/useDocumentTitle.ts';
import { SavedMessage } from '../components/SavedMessage.tsx';
import { UserCreateForm, UserEditForm } from '../components/UserForms.tsx';
import { ROLE_LABELS } from '../i18n/labels.ts';

/** Loads users with the organisations and tables to choose from (administrator only). */
export const usersLoader = protect(async () => {
  const [users, organisations, tables] = await Promise.all([api.admin.users(), api.admin.organisations(), api.admin.tables()]);
  return { users: users.users, organisations: organisations.organisations, tables: tables.tables };
});

const EDIT_HEADING_ID = 'wijzigen-kop';

/** `/beheer/gebruikers`: users with role, organisation, tables and status; add one or change one. */
export function UsersScreen() {
  const { users, organisations, tables } = useLoaderData<typeof usersLoader>();
  const revalidator = useRevalidator();
  const [editing, setEditing] = useState<string>();
  const [saved, setSaved] = useState<string>();
  useDocumentTitle('Gebruikers');
  const orgName = (id: string) => organisations.find((o) => o.id === id)?.name ?? '—';
  const tableNames = (user: AdminUser) => user.tableIds.map((id) => tables.find((t) => t.id === id)?.code ?? '?').join(', ') || '—';
  const editedUser = users.find((u) => u.id === editing);

  const afterSave = async (message: string) => {
    await revalidator.revalidate();
    setEditing(undefined);
    setSaved(message);
  };
  const startEditing = (id: string) => {
    flushSync(() => {
      setSaved(undefined);
      setEditing(id);
    });
    document.getElementById(EDIT_HEADING_ID)?.focus();
  };

  return (
    <>
      <Heading1>Gebruikers</Heading1>
      <SavedMessage message={saved} />
      <div className="kt-table-scroll">
        <Table>
          <TableCaption>Gebruikers van Ketentafel</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">Naam</TableHeaderCell>
              <TableHeaderCell scope="col">E-mailadres</TableHeaderCell>
              <TableHeaderCell scope="col">Rol</TableHeaderCell>
              <TableHeaderCell scope="col">Organisatie</TableHeaderCell>
              <TableHeaderCell scope="col">Tafels</TableHeaderCell>
              <TableHeaderCell scope="col">Account</TableHeaderCell>
              <TableHeaderCell scope="col">
                <span className="kt-visually-hidden">Actie</span>
              </TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {users.map((user) => (
              <TableRow key={user.id}>
                <TableCell>{user.displayName}</TableCell>
                <TableCell>{user.email}</TableCell>
                <TableCell>{ROLE_LABELS[user.role]}</TableCell>
                <TableCell>{orgName(user.organisationId)}</TableCell>
                <TableCell>{tableNames(user)}</TableCell>
                <TableCell>{user.active ? 'Actief' : 'Uitgeschakeld'}</TableCell>
                <TableCell>
                  <Button
                    appearance="subtle-button"
                    onClick={() => {
                      startEditing(user.id);
                    }}
                  >
                    Wijzig <span className="kt-visually-hidden">{user.displayName}</span>
                  </Button>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      {editedUser && (
        <UserEditForm
          key={editedUser.id}
          headingId={EDIT_HEADING_ID}
          user={editedUser}
          tables={tables}
          onSaved={afterSave}
          onCancel={() => {
            setEditing(undefined);
          }}
        />
      )}
      <UserCreateForm organisations={organisations} tables={tables} onSaved={afterSave} />
    </>
  );
}

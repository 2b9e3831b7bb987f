import { useState, type SubmitEvent } from 'react';
import { useLoaderData, useNavigate } from 'react-router';
import { Button, Fieldset, FieldsetLegend, FormField, FormFieldDescription, FormLabel, Heading1, Paragraph, SelectOption } from '@utrecht/component-library-react';
import { api } from '../api/client.ts';
import { groupsApi } from '../api/groups.ts';
import { protect } from '../app/protect.ts';
import { useSession } from '../app/session.ts';
import { useApiAction } from '../app/useApiAction.ts';
import { useDocumentTitle } from '../app/useDocumentTitle.ts';
import { SelectField, TextAreaField, TextField } from '../components/Field.tsx';
import { FieldScope, ProblemAlert, fieldId } from '../components/FormErrors.tsx';

export const groupRegistrationLoader = protect(async () => (await api.myTables()).tables);

const SCAN_ID = fieldId('scanDocument', 'groep');

interface MemberDraft {
  readonly key: number;
  fullName: string;
  birthDate: string;
}

/** Reads a chosen file as base64 (without the `data:` prefix); the server checks type, magic number and size. */
function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = typeof reader.result === 'string' ? reader.result : '';
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => {
      reject(new Error('read failed'));
    };
    reader.readAsDataURL(file);
  });
}

/**
 * `/groepen/registreren` (ZVT-1.3, ZVT-2B): the police register a group from a group scan — name, area, the members
 * with name and date of birth only, and the scan as a PDF. The chain director may register for the police.
 */
export function GroupRegistrationScreen() {
  const tables = useLoaderData<typeof groupRegistrationLoader>();
  const { user } = useSession();
  const navigate = useNavigate();
  const { run, problem, errors, busy } = useApiAction();
  useDocumentTitle('Groep registreren');
  const [tableId, setTableId] = useState(tables[0]?.id ?? '');
  const table = tables.find((t) => t.id === tableId);
  const policeOptions = table?.partners.filter((p) => p.kind === 'police') ?? [];
  const [policeId, setPoliceId] = useState('');
  const chosenPoliceId = policeId || (policeOptions[0]?.id ?? '');
  const referrerOptions = table?.policeProfessionals?.filter((u) => u.organisationId === chosenPoliceId) ?? [];
  const [referrerId, setReferrerId] = useState('');
  const [name, setName] = useState('');
  const [area, setArea] = useState('');
  const [reason, setReason] = useState('');
  const [members, setMembers] = useState<MemberDraft[]>([{ key: 0, fullName: '', birthDate: '' }]);
  const [file, setFile] = useState<File>();
  const [unknownCount, setUnknownCount] = useState('0');
  const isChainDirector = user.role === 'chain-director';

  const update = (key: number, change: Partial<MemberDraft>) => {
    setMembers((all) => all.map((m) => (m.key === key ? { ...m, ...change } : m)));
  };
  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = await run(async () =>
      groupsApi.register({
        tableId,
        ...(isChainDirector ? { policeOrganisationId: chosenPoliceId, ...(referrerId === '' ? {} : { referrerUserId: referrerId }) } : {}),
        name,
        area,
        reason,
        members: members.map(({ fullName, birthDate }) => ({ fullName, birthDate })),
        unknownMemberCount: Number(unknownCount),
        scanDocument: { fileName: file?.name ?? '', contentType: file?.type ?? '', contentBase64: file ? await readBase64(file) : '' },
      }),
    );
    if (result.ok) await navigate(`/groepen/${result.value.id}`, { state: { saved: `Groep ${result.value.reference} is geregistreerd.` } });
  };

  return (
    <>
      <Heading1>Groep registreren</Heading1>
      <Paragraph>Alleen identificerende gegevens van de groepsleden (naam en geboortedatum). De groepsscan is een PDF van hoogstens 5 MB en blijft een bijdrage van de politie.</Paragraph>
      <FieldScope scope="groep">
        <ProblemAlert problem={problem} labels={{ tableId: 'Tafel', policeOrganisationId: 'Namens de politie', referrerUserId: 'Aanmelder bij de politie', name: 'Naam van de groep', area: 'Gebied', reason: 'Reden', members: 'Groepsleden', unknownMemberCount: 'Niet bij naam bekend', scanDocument: 'Groepsscan' }} />
        <form noValidate onSubmit={(event) => void submit(event)} className="kt-form">
          <SelectField name="tableId" label="Tafel" value={tableId} error={errors.tableId} onChange={(e) => { setTableId(e.target.value); }}>
            {tables.map((t) => (
              <SelectOption key={t.id} value={t.id}>
                {t.name}
              </SelectOption>
            ))}
          </SelectField>
          {isChainDirector && (
            <SelectField name="policeOrganisationId" label="Namens de politie" value={chosenPoliceId} error={errors.policeOrganisationId} onChange={(e) => { setPoliceId(e.target.value); setReferrerId(''); }}>
              {policeOptions.map((p) => (
                <SelectOption key={p.id} value={p.id}>
                  {p.name}
                </SelectOption>
              ))}
            </SelectField>
          )}
          {isChainDirector && (
            <SelectField
              name="referrerUserId"
              label="Aanmelder bij de politie"
              description="De politieprofessional voor wie u registreert; die is de aanmelder van de groep en van de individuele aanmeldingen die uit het besluit volgen."
              value={referrerId}
              error={errors.referrerUserId}
              onChange={(e) => { setReferrerId(e.target.value); }}
            >
              <SelectOption value="">Kies een politieprofessional</SelectOption>
              {referrerOptions.map((u) => (
                <SelectOption key={u.id} value={u.id}>
                  {u.name}
                </SelectOption>
              ))}
            </SelectField>
          )}
          <TextField name="name" label="Naam van de groep" value={name} maxLength={100} error={errors.name} onChange={(e) => { setName(e.target.value); }} />
          <TextField name="area" label="Gebied" value={area} maxLength={200} error={errors.area} onChange={(e) => { setArea(e.target.value); }} />
          <TextAreaField name="reason" label="Reden van aanmelding" description="Eén of twee zinnen, zonder namen." rows={2} maxLength={300} value={reason} error={errors.reason} onChange={(e) => { setReason(e.target.value); }} />
          <Fieldset>
            <FieldsetLegend>Groepsleden</FieldsetLegend>
            {members.map((member, index) => (
              <Fieldset key={member.key} className="kt-fieldset--nested">
                <FieldsetLegend>{`Groepslid ${String(index + 1)}`}</FieldsetLegend>
                <TextField name={`members.${String(index)}.fullName`} label="Naam" value={member.fullName} maxLength={200} error={errors[`members.${String(index)}.fullName`]} onChange={(e) => { update(member.key, { fullName: e.target.value }); }} />
                <TextField name={`members.${String(index)}.birthDate`} label="Geboortedatum" type="date" value={member.birthDate} error={errors[`members.${String(index)}.birthDate`]} onChange={(e) => { update(member.key, { birthDate: e.target.value }); }} />
                {members.length > 1 && (
                  <Button appearance="subtle-button" onClick={() => { setMembers((all) => all.filter((m) => m.key !== member.key)); }}>
                    {`Groepslid ${String(index + 1)} verwijderen`}
                  </Button>
                )}
              </Fieldset>
            ))}
            <Button appearance="secondary-action-button" onClick={() => { setMembers((all) => [...all, { key: Math.max(...all.map((m) => m.key)) + 1, fullName: '', birthDate: '' }]); }}>
              Groepslid toevoegen
            </Button>
          </Fieldset>
          <TextField
            name="unknownMemberCount"
            label="Aantal groepsleden dat de politie niet bij naam kent"
            description="Alleen een aantal: deze personen worden nergens vastgelegd, ook niet in het log."
            type="number"
            min={0}
            max={200}
            value={unknownCount}
            error={errors.unknownMemberCount}
            onChange={(e) => { setUnknownCount(e.target.value); }}
          />
          <FormField
            invalid={Boolean(errors.scanDocument)}
            label={<FormLabel htmlFor={SCAN_ID}>Groepsscan (PDF)</FormLabel>}
            description={<FormFieldDescription id={`${SCAN_ID}-uitleg`}>Alleen PDF, hoogstens 5 MB.{errors.scanDocument ? ` Fout: ${errors.scanDocument}` : ''}</FormFieldDescription>}
            input={
              <input
                id={SCAN_ID}
                name="scanDocument"
                type="file"
                accept="application/pdf"
                aria-describedby={`${SCAN_ID}-uitleg`}
                aria-invalid={errors.scanDocument ? true : undefined}
                onChange={(e) => { setFile(e.target.files?.[0]); }}
              />
            }
          />
          <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
            Groep registreren
          </Button>
        </form>
      </FieldScope>
    </>
  );
}

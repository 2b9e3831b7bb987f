import { useEffect, useState } from 'react';
import { Heading3, Paragraph } from '@utrecht/component-library-react';
import { LETTER_CHANNEL_LABELS } from '@ketentafel/domain';
import { ApiError } from '../api/client.ts';
import { lettersApi } from '../api/letters.ts';
import type { GroupLetters } from '../api/letter-types.ts';
import { formatDate, today } from '../i18n/format.ts';
import { DataRows } from './DataRows.tsx';
import { FieldScope, ProblemAlert } from './FormErrors.tsx';
import { LetterDownload, LetterSentForm } from './LettersPanel.tsx';

type MemberLetter = GroupLetters['members'][number];

function sentText(member: MemberLetter): string {
  if (!member.sent) return member.informingStatus === 'open' ? 'Nog te informeren' : 'Nog niet te maken';
  const letter = member.sent.letter;
  const how = letter ? `, ${LETTER_CHANNEL_LABELS[letter.channel].toLowerCase()} (brief van ${formatDate(letter.letterDate)})` : ' (zonder deze brief vastgelegd)';
  return `Geïnformeerd op ${formatDate(member.sent.sentOn)}${how}`;
}

function MemberLetterItem({ groupId, templateHash, member, onSaved }: { readonly groupId: string; readonly templateHash: string; readonly member: MemberLetter; readonly onSaved: (message: string) => Promise<void> }) {
  const [letterDate, setLetterDate] = useState(today);
  return (
    <div className="kt-subsection">
      <Heading3>{`Brief aan ${member.memberName}`}</Heading3>
      <FieldScope scope={`groepsbrief-${member.memberId}`}>
        <DataRows rows={[{ key: 'Stand', value: member.available ? sentText(member) : (member.unavailableReason ?? 'Nog niet te maken') }]} />
        {member.abilities.render && (
          <LetterDownload
            buttonLabel={`Brief downloaden voor ${member.memberName} (PDF)`}
            description="Wie de brief krijgt (het groepslid en/of de ouders), hangt af van de leeftijd op deze datum."
            letterDate={letterDate}
            onLetterDateChange={setLetterDate}
            download={() => lettersApi.downloadGroupLetter(groupId, member.memberId, letterDate)}
          />
        )}
        {member.abilities.recordSent && (
          <LetterSentForm
            label={`brief aan ${member.memberName}`}
            informing={false}
            letterDate={letterDate}
            templateHash={templateHash}
            record={(input) => lettersApi.recordGroupLetterSent(groupId, member.memberId, input)}
            onSaved={onSaved}
          />
        )}
      </FieldScope>
    </div>
  );
}

/**
 * ZVT-2B.4: per member of the group the letter about the outcome of the group approach — download it (PDF, never
 * naming other members) and record it as sent, which completes that member's informing. For the chain director.
 * `reloadKey` changes when the group page reloads, so the state follows other forms on the page.
 */
export function GroupOutcomeLetters({ groupId, reloadKey, onSaved }: { readonly groupId: string; readonly reloadKey: unknown; readonly onSaved: (message: string) => Promise<void> }) {
  const [state, setState] = useState<{ letters?: GroupLetters; error?: ApiError }>({});
  useEffect(() => {
    let current = true;
    lettersApi.ofGroup(groupId).then(
      (letters) => {
        if (current) setState({ letters });
      },
      (error: unknown) => {
        if (current && error instanceof ApiError) setState({ error });
      },
    );
    return () => {
      current = false;
    };
  }, [groupId, reloadKey]);

  if (state.error) return <ProblemAlert problem={state.error.problem} />;
  const letters = state.letters;
  if (!letters) return null;
  return (
    <div aria-label="Brieven over de uitkomst" role="group">
      <Paragraph appearance="small">
        Elk groepslid krijgt een eigen brief over de uitkomst, het doel, de gespreksthema’s, de deelnemers en zijn of haar rechten. De brief noemt geen andere groepsleden en wordt niet bewaard; vastgelegd wordt wanneer en hoe hij is verstuurd.
      </Paragraph>
      {letters.members.map((member) => (
        <MemberLetterItem key={`${member.memberId}-${member.informingStatus ?? ''}`} groupId={groupId} templateHash={letters.templateHash} member={member} onSaved={onSaved} />
      ))}
    </div>
  );
}

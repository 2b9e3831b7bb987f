import type { LetterChannel, LetterKind, LetterSender } from '@ketentafel/domain';

/** `GET /tables/{tableId}/letter-templates`. */
export interface LetterTemplate {
  readonly kind: LetterKind;
  readonly label: string;
  readonly requirementId: string;
  readonly body: string;
  readonly privacyContact: string;
  readonly versionHash: string;
  readonly isDefault: boolean;
  readonly defaultBody: string;
  readonly defaultPrivacyContact: string;
  readonly placeholders: readonly { readonly name: string; readonly description: string; readonly required: boolean }[];
  readonly updatedAt: string | null;
}

export interface LetterTemplateInput {
  readonly body: string;
  readonly privacyContact: string;
}

export interface SentLetter {
  readonly id: string;
  readonly kind: LetterKind;
  readonly letterDate: string;
  readonly sentOn: string;
  readonly channel: LetterChannel;
  readonly sender: LetterSender;
  readonly sentByOrganisation: string;
  readonly templateHash: string;
  readonly recordedAt: string;
}

/** One kind of letter for a case (`GET /cases/{caseId}/letters`). */
export interface CaseLetter {
  readonly kind: LetterKind;
  readonly label: string;
  readonly requirementId: string;
  readonly available: boolean;
  readonly unavailableReason: string | null;
  readonly sender: LetterSender;
  readonly templateHash: string | null;
  readonly sent: readonly SentLetter[];
  readonly abilities: { readonly render: boolean; readonly recordSent: boolean; readonly chooseSender: boolean };
}

export interface SentLetterInput {
  readonly letterDate: string;
  readonly sentOn: string;
  readonly channel: LetterChannel;
  readonly templateHash: string;
  readonly contentItems?: readonly string[];
  readonly consentAsked?: boolean;
  readonly consentGiven?: 'yes' | 'no' | 'not-applicable';
}

/** ZVT-2B.4: `GET /groups/{groupId}/letters`, per member of the group. */
export interface GroupLetters {
  readonly kind: LetterKind;
  readonly label: string;
  readonly requirementId: string;
  readonly templateHash: string;
  readonly members: readonly {
    readonly memberId: string;
    readonly memberName: string;
    readonly informingTaskId: string | null;
    readonly informingStatus: 'open' | 'done' | null;
    readonly available: boolean;
    readonly unavailableReason: string | null;
    readonly sent: { readonly sentOn: string; readonly letter: { readonly letterDate: string; readonly channel: LetterChannel } | null } | null;
    readonly abilities: { readonly render: boolean; readonly recordSent: boolean };
  }[];
}

export interface GroupLetterSent {
  readonly memberId: string;
  readonly letterDate: string;
  readonly sentOn: string;
  readonly channel: LetterChannel;
  readonly templateHash: string;
  readonly sentByOrganisation: string;
  readonly informingCompleted: boolean;
}

import type { LetterKind, LetterSender } from '@ketentafel/domain';
import { ApiError, request } from './client.ts';
import type { Problem } from './types.ts';
import type { CaseLetter, GroupLetterSent, GroupLetters, LetterTemplate, LetterTemplateInput, SentLetter, SentLetterInput } from './letter-types.ts';

const id = (value: string) => encodeURIComponent(value);

/** Fetches a letter as PDF and saves it; a refusal becomes an ApiError with the server's problem. */
async function savePdf(url: string): Promise<string> {
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/pdf, application/problem+json' } });
  } catch {
    throw new ApiError({ type: 'about:blank', title: 'Fout', status: 0, detail: 'Geen verbinding met Ketentafel. Controleer uw netwerk en probeer het opnieuw.', code: 'network' });
  }
  if (!response.ok) {
    const problem = (await response.json().catch(() => undefined)) as Problem | undefined;
    throw new ApiError(problem?.detail ? problem : { type: 'about:blank', title: 'Fout', status: response.status, detail: 'De brief kon niet worden gemaakt.', code: 'unexpected' });
  }
  const fileName = /filename="([^"]+)"/.exec(response.headers.get('Content-Disposition') ?? '')?.[1] ?? 'brief.pdf';
  const objectUrl = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = objectUrl;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => {
    URL.revokeObjectURL(objectUrl);
  }, 1000);
  return fileName;
}

/** Letters (X-6, ZVT-1.4, ZVT-2A.5): templates per table, and per case the PDF, the sender and the sending. */
export const lettersApi = {
  templates: (tableId: string) => request<{ templates: LetterTemplate[] }>('GET', `/tables/${id(tableId)}/letter-templates`),
  saveTemplate: (tableId: string, kind: LetterKind, input: LetterTemplateInput) =>
    request<LetterTemplate>('PUT', `/tables/${id(tableId)}/letter-templates/${id(kind)}`, input),
  ofCase: (caseId: string) => request<{ letters: CaseLetter[] }>('GET', `/cases/${id(caseId)}/letters`),
  chooseSender: (caseId: string, kind: LetterKind, sender: LetterSender) =>
    request<{ kind: LetterKind; sender: LetterSender }>('PUT', `/cases/${id(caseId)}/letters/${id(kind)}/sender`, { sender }),
  recordSent: (caseId: string, kind: LetterKind, input: SentLetterInput) =>
    request<SentLetter & { informingCompleted: boolean }>('POST', `/cases/${id(caseId)}/letters/${id(kind)}/sent`, input),
  /** Fetches the letter as PDF and saves it; a refusal becomes an ApiError with the server's problem. */
  downloadPdf: (caseId: string, kind: LetterKind, letterDate: string): Promise<string> =>
    savePdf(`/api/v1/cases/${id(caseId)}/letters/${id(kind)}/pdf?letterDate=${encodeURIComponent(letterDate)}`),
  /** ZVT-2B.4: per member of a group the outcome letter and whether the member was informed. */
  ofGroup: (groupId: string) => request<GroupLetters>('GET', `/groups/${id(groupId)}/letters`),
  downloadGroupLetter: (groupId: string, memberId: string, letterDate: string): Promise<string> =>
    savePdf(`/api/v1/groups/${id(groupId)}/members/${id(memberId)}/outcome-letter/pdf?letterDate=${encodeURIComponent(letterDate)}`),
  recordGroupLetterSent: (groupId: string, memberId: string, input: SentLetterInput) =>
    request<GroupLetterSent>('POST', `/groups/${id(groupId)}/members/${id(memberId)}/outcome-letter/sent`, {
      letterDate: input.letterDate,
      sentOn: input.sentOn,
      channel: input.channel,
      templateHash: input.templateHash,
    }),
};

import type { LetterKind, LetterSender } from '@ketentafel/domain';
import { request } from './client.ts';
import type { CaseLetter, LetterTemplate, LetterTemplateInput, SentLetter, SentLetterInput } from './letter-types.ts';

const id = (value: string) => encodeURIComponent(value);

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
  /** A plain link: the browser downloads the PDF with the session cookie (GET needs no CSRF token). */
  pdfUrl: (caseId: string, kind: LetterKind, letterDate: string) =>
    `/api/v1/cases/${id(caseId)}/letters/${id(kind)}/pdf?letterDate=${encodeURIComponent(letterDate)}`,
};

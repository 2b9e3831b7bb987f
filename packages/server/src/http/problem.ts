import { z } from 'zod';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, type AppErrorCode } from '../errors.ts';
import { DomainError } from '@ketentafel/domain';
import { named } from './schemas.ts';

/** RFC 9457 problem details, as every error leaves the API. */
export const ZProblem = named(
  'Problem',
  z.object({
    type: z.string().describe('URI die het soort probleem aanduidt.'),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string().optional(),
    code: z.string().describe('Stabiele foutcode voor programma’s.'),
    errors: z
      .array(z.object({ field: z.string(), message: z.string() }))
      .optional()
      .describe('Per veld wat er mis is (bij ongeldige invoer).'),
  }),
);
export type TProblem = z.infer<typeof ZProblem>;

const STATUS: Record<AppErrorCode, { status: number; title: string }> = {
  'not-authenticated': { status: 401, title: 'Niet ingelogd' },
  'mfa-required': { status: 403, title: 'Inloggen met meerdere factoren vereist' },
  forbidden: { status: 403, title: 'Geen toegang' },
  'not-found': { status: 404, title: 'Niet gevonden' },
  'invalid-input': { status: 400, title: 'Ongeldige invoer' },
  conflict: { status: 409, title: 'Conflict' },
  'rule-violation': { status: 422, title: 'Niet toegestaan volgens het werkproces' },
  'rate-limited': { status: 429, title: 'Te veel pogingen' },
  'payload-too-large': { status: 413, title: 'Bestand te groot' },
  'unsupported-media-type': { status: 415, title: 'Soort bestand niet toegestaan' },
};

export function problemFor(error: AppError, instance?: string): TProblem {
  const { status, title } = STATUS[error.code];
  return {
    type: `https://ketentafel.nl/problemen/${error.code}`,
    title,
    status,
    detail: error.message,
    code: error.code,
    ...(instance === undefined ? {} : { instance }),
    ...(error.details?.errors ? { errors: error.details.errors } : {}),
  };
}

/** Maps every error to problem+json. Unknown errors become a generic 500 without internals. */
export function errorHandler(error: FastifyError | Error, request: FastifyRequest, reply: FastifyReply): void {
  let appError: AppError;
  if (error instanceof AppError) {
    appError = error;
  } else if (error instanceof DomainError) {
    appError = new AppError('rule-violation', error.message, { rule: error.code });
  } else if ('statusCode' in error && typeof error.statusCode === 'number' && error.statusCode < 500) {
    appError =
      error.statusCode === 429
        ? new AppError('rate-limited', 'Te veel pogingen. Probeer het over een minuut opnieuw.')
        : error.statusCode === 404
          ? new AppError('not-found', 'Niet gevonden.')
          : new AppError('invalid-input', 'Het verzoek kon niet worden gelezen.');
  } else {
    // Never log a database error's detail, where or parameters: they can contain case content.
    const code = (error as { code?: unknown }).code;
    const isDatabaseError = typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code);
    request.log.error(
      { err: isDatabaseError ? { name: error.name, code } : { name: error.name, message: error.message, stack: error.stack } },
      'unexpected error',
    );
    const problem: TProblem = {
      type: 'https://ketentafel.nl/problemen/internal',
      title: 'Interne fout',
      status: 500,
      detail: 'Er ging iets mis aan onze kant. Er is niets opgeslagen. Probeer het later opnieuw.',
      code: 'internal',
      instance: request.url,
    };
    void reply.code(500).type('application/problem+json').send(problem);
    return;
  }
  const problem = problemFor(appError, request.url);
  void reply.code(problem.status).type('application/problem+json').send(problem);
}

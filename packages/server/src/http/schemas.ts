import { z } from 'zod';
import './zod-locale.ts';

/**
 * The registry of named API schemas. Every request body and response body is registered here with an
 * UpperCamelCase id; the OpenAPI document's components are generated from it.
 */
export const apiSchemas = z.registry<{ id: string }>();

/** Registers a schema under an OpenAPI component name and returns it. */
export function named<T extends z.ZodType>(id: string, schema: T): T {
  apiSchemas.add(schema, { id });
  return schema;
}

/** A calendar date without time: `YYYY-MM-DD` (OpenAPI `format: date`). */
export const ZIsoDate = z.iso.date({ error: 'Vul een datum in (JJJJ-MM-DD).' });
/** A moment in time with time zone (OpenAPI `format: date-time`). */
export const ZDateTime = z.iso.datetime({ offset: true });
export const ZUuid = z.uuid({ error: 'Ongeldige id.' });

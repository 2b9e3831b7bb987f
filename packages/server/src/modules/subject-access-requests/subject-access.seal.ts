import { createHash, createHmac, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';

/** Letters and digits that cannot be mistaken for each other when read aloud or copied (no 0/O, 1/I/L). */
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const CODE_GROUPS = 5;
const CODE_GROUP_LENGTH = 4;

/**
 * The one-time code that opens the export (the PDF's user password): 20 characters from a 31-letter alphabet
 * (≈ 99 bits), in groups of four, e.g. `K7QM-2XHP-…`. Generated with the CSPRNG, shown once, never stored.
 */
export function generateOneTimeCode(): string {
  const groups: string[] = [];
  for (let g = 0; g < CODE_GROUPS; g++) {
    let group = '';
    for (let i = 0; i < CODE_GROUP_LENGTH; i++) group += CODE_ALPHABET.charAt(randomInt(CODE_ALPHABET.length));
    groups.push(group);
  }
  return groups.join('-');
}

export const ONE_TIME_CODE_PATTERN = /^[A-HJKMNP-Z2-9]{4}(-[A-HJKMNP-Z2-9]{4}){4}$/;

/** A random owner password that nobody keeps: the PDF can be opened with the code, and not re-permissioned. */
export function throwAwayOwnerPassword(): string {
  return randomBytes(32).toString('base64url');
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** What the seal signs: the export's digest bound to the request it answers (a file cannot be moved to another request). */
function sealInput(requestId: string, digest: string): string {
  return `ketentafel:avg-art15-export:v1\n${requestId}\n${digest}`;
}

/** HMAC-SHA256 seal over the digest and the request id, with the server's seal key (ADR 0008). */
export function sealExport(key: string, requestId: string, digest: string): string {
  return createHmac('sha256', key).update(sealInput(requestId, digest)).digest('hex');
}

/** Whether `file` is exactly the file that was sealed for this request (digest and seal both match). */
export function verifySeal(key: string, requestId: string, file: Uint8Array, digest: string, seal: string): boolean {
  const actualDigest = sha256Hex(file);
  if (actualDigest !== digest) return false;
  const expected = Buffer.from(sealExport(key, requestId, digest), 'hex');
  const given = Buffer.from(seal, 'hex');
  return expected.length === given.length && timingSafeEqual(expected, given);
}

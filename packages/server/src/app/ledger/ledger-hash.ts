import { createHash } from 'node:crypto';
import type { HashText } from '@chairside/domain';

/** SHA-256 over UTF-8, hex: the ledger's chain hash. */
export const sha256Text: HashText = (text) => createHash('sha256').update(text, 'utf8').digest('hex');

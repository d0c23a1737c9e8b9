import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Clock, IdSource } from '@chairside/domain';
import type { TokenSource } from '../app/ports.js';

export const cryptoTokens: TokenSource = {
  token: () => randomBytes(32).toString('base64url'),
  digest: (token) => createHash('sha256').update(token).digest('hex'),
};

export const systemClock: Clock = { now: () => new Date() };
export const randomIds: IdSource = { uuid: () => randomUUID() };

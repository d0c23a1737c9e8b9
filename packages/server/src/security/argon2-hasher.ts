import { hash, verify } from '@node-rs/argon2';
import type { PasswordHasher } from '../app/ports.js';

// argon2id with OWASP's minimum (m = 19 MiB, t = 2, p = 1): memory-hard, about 10 ms here.
const options = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const argon2Hasher: PasswordHasher = {
  hash: (password) => hash(password, options),
  verify: async (stored, password) => {
    try {
      return await verify(stored, password);
    } catch {
      return false; // a malformed stored hash never signs anyone in
    }
  },
};

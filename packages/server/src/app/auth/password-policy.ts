import { InvalidInputError } from '@chairside/domain';

/**
 * Length is the rule that matters (NIST SP 800-63B §5.1.1.2): at least 12 characters,
 * not the username, not one repeated character.
 */
export function checkPasswordPolicy(password: string, username: string, field: string): void {
  if (password.length < 12) {
    throw InvalidInputError.forField(field, 'Password must have at least 12 characters');
  }
  if (password.toLowerCase().includes(username.toLowerCase())) {
    throw InvalidInputError.forField(field, 'Password must not contain the username');
  }
  if (new Set(password).size < 4) {
    throw InvalidInputError.forField(field, 'Password is too repetitive');
  }
}

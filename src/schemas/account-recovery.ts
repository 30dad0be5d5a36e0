/** Account recovery without mail: a reset link an operator issues with `ksnav reset-link`. */
import { Type, type Static } from '@sinclair/typebox';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './api.js';

export const PasswordResetBodySchema = Type.Object(
  {
    token: Type.String({ minLength: 20, maxLength: 200, pattern: '^[A-Za-z0-9_-]+$', description: 'the token of the reset link (after #token=)' }),
    newPassword: Type.String({ minLength: PASSWORD_MIN_LENGTH, maxLength: PASSWORD_MAX_LENGTH, description: `${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters` }),
  },
  { additionalProperties: false },
);

export type PasswordResetBody = Static<typeof PasswordResetBodySchema>;

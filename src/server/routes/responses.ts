/** Response schemas every route shares: the one error shape for any 4xx and 5xx. */
import { Type } from '@sinclair/typebox';
import { ErrorSchema } from '../../schemas/api.js';
import { ref } from '../schema-registry.js';

export const ERROR_RESPONSES = { '4xx': ref(ErrorSchema), '5xx': ref(ErrorSchema) };

export const NO_CONTENT = Type.Null({ description: 'done; no body' });

/**
 * The one door to the HTTP API: JSON in and out, the API's error shape turned into ApiError,
 * and the session's CSRF token sent on every state-changing request.
 */
import { errorWords } from './error-words.js';

export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

let csrfToken: string | null = null;

/** Remembered from the login, register and /me responses; cleared on sign-out. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

function headersFor(method: Method, hasBody: boolean): Record<string, string> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (hasBody) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  return headers;
}

async function errorFrom(response: Response, path: string): Promise<ApiError> {
  let code = 'http_' + response.status;
  let message = response.status >= 500 ? 'The service had a problem. Please try again in a moment.' : `The request failed (${response.status}).`;
  let field: string | undefined;
  try {
    const body = (await response.json()) as { error?: { code?: string; message?: string; field?: string } };
    if (body.error?.code) code = body.error.code;
    if (body.error?.message) message = body.error.message;
    if (body.error?.field) field = body.error.field;
  } catch {
    // not JSON: keep the generic message
  }
  return new ApiError(response.status, code, errorWords({ status: response.status, code, message, field, path }), field);
}

async function send(method: Method, path: string, body?: unknown, accept?: string, retried = false): Promise<Response> {
  let response: Response;
  try {
    const headers = headersFor(method, body !== undefined);
    if (accept) headers.accept = accept;
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, 'network', 'We could not reach the service. Check your connection and try again.');
  }
  if (!response.ok) {
    const error = await errorFrom(response, path);
    // Signed in (the cookie is HttpOnly, so the page cannot tell) but the token is not known
    // yet, after a reload: fetch it once from /me and try again.
    if (error.code === 'csrf' && !retried && (await refreshCsrfToken())) return send(method, path, body, accept, true);
    throw error;
  }
  return response;
}

async function refreshCsrfToken(): Promise<boolean> {
  try {
    const response = await fetch('/api/v1/me', { headers: { accept: 'application/json' }, credentials: 'same-origin' });
    if (!response.ok) return false;
    const me = (await response.json()) as { csrfToken?: string };
    if (!me.csrfToken) return false;
    csrfToken = me.csrfToken;
    return true;
  } catch {
    return false;
  }
}

/** A JSON request; resolves to the parsed body (undefined for 204). */
export async function api<T>(method: Method, path: string, body?: unknown): Promise<T> {
  const response = await send(method, path, body);
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

/** A request whose answer is a file (PDF, JSON export): resolves to the bytes and a file name. */
export async function apiFile(method: Method, path: string, body?: unknown, accept = '*/*'): Promise<{ blob: Blob; filename: string | null }> {
  const response = await send(method, path, body, accept);
  const disposition = response.headers.get('content-disposition') ?? '';
  const match = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition);
  return { blob: await response.blob(), filename: match?.[1] ? decodeURIComponent(match[1]) : null };
}

/** Saves a blob as a file through a temporary link (works under a strict CSP). */
export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

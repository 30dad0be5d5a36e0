/** Turns a typed list of knowledge items into a lookup by id, keeping the literal id type. */
export function indexById<T extends { readonly id: string }, R = T>(list: readonly T[]): Readonly<Record<T['id'], R>> {
  const out = {} as Record<T['id'], R>;
  for (const item of list) out[item.id as T['id']] = item as unknown as R;
  return out;
}

/**
 * Whether the engine may generate code (`new Function`). The web app's build defines
 * `__KSNAV_NO_CODEGEN__` as true: its Content Security Policy forbids generated code (no
 * `unsafe-eval`), so there conditions run as the interpreted closures, the reference the
 * generated code is held equal to (conditions.test.ts), and cases are checked by TypeBox's
 * interpreter instead of its compiler. Everywhere else the identifier is undefined.
 */
declare const __KSNAV_NO_CODEGEN__: boolean | undefined;

export const CODEGEN: boolean = typeof __KSNAV_NO_CODEGEN__ === 'undefined' || !__KSNAV_NO_CODEGEN__;

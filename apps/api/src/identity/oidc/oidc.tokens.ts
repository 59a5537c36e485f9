/** The validated OIDC settings (oidc.settings.ts), as the module was given them. */
export const OIDC_SETTINGS = Symbol('OIDC_SETTINGS');

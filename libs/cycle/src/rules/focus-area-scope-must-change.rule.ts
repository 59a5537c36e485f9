import { rule, type BusinessRule } from '@samverkan/shared-kernel';

/** A change of scope says something new: the audit trail does not fill with changes that change nothing. */
export const focusAreaScopeMustChange = (current: boolean, next: boolean): BusinessRule =>
  rule(
    'FocusAreaScopeMustChange',
    current ? 'Fokusområdet gäller redan barn och unga.' : 'Fokusområdet är redan angivet som att det inte särskilt gäller barn och unga.',
    () => current === next,
  );

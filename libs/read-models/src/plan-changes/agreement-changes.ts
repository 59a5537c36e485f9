import { OBLIGATION_KIND_LABEL_SV } from '@samverkan/agreements';
import { dateSv, periodSv } from '../audit-history/date-sv.js';
import type { AgreementDirectoryDoc, DirectoryRole } from '../agreement-directory/agreement-directory.doc.js';
import { ROLE_LABEL_SV } from '../audit-history/labels.js';
import { change, type PlanChange } from './plan-change.js';
import { matchById, quoted } from './change-context.js';

const roleKey = (r: DirectoryRole): string => `${r.userId}|${r.role}|${r.partyId ?? ''}`;

const roleSv = (r: DirectoryRole, partyName: (partyId: string) => string): string =>
  `rollen ${ROLE_LABEL_SV[r.role] ?? r.role}${r.partyId ? ` för ${partyName(r.partyId)}` : ''} (${r.function})`;

/** The agreement's own changes: its registration, who holds which role, which obligations were carried out. */
export const agreementChanges = (
  was: AgreementDirectoryDoc | null | undefined,
  is: AgreementDirectoryDoc | null | undefined,
  partyName: (partyId: string) => string,
): PlanChange[] => {
  if (!is) return [];
  const changes: PlanChange[] = [];
  if (!was) changes.push(change('agreementRegistered', `Överenskommelsen ${quoted(is.name)} registrerades för ${periodSv(is.period)}`));
  const roles = matchById(was?.roles ?? [], is.roles, roleKey);
  changes.push(
    ...roles.added.map((r) => change('roleAssigned', `${r.userId} fick ${roleSv(r, partyName)}`, { subjectId: r.userId, after: r.role })),
    ...roles.removed.map((r) => change('roleRevoked', `${r.userId} har inte längre ${roleSv(r, partyName)}`, { subjectId: r.userId, before: r.role })),
  );
  const fulfilments = matchById(was?.fulfilments ?? [], is.fulfilments, (f) => f.position);
  for (const f of fulfilments.added) {
    const description = `Åtagandet om ${OBLIGATION_KIND_LABEL_SV[f.obligationKind] ?? f.obligationKind} fullgjordes ${dateSv(f.fulfilledOn)}${f.note ? `: ${f.note}` : ''}`;
    changes.push(change('obligationFulfilled', description, { subjectId: f.obligationKind, after: f.fulfilledOn }));
  }
  return changes;
};

import { Fragment, useState } from 'react';
import { useCommand } from '../../api/queries';
import type { AgreementDetail, RoleAssignment } from '../../api/schema';
import { Button, Dialog, partyName, ProblemMessage, ROLE_LABEL, useAnnounce } from '../../ui';
import { useAccounts } from '../accounts/accounts-api';
import { holderOf, type Holder } from './account-options';

const ROLE_ORDER = ['councilRepresentative', 'councilSubstitute', 'coordinator', 'auditor'] as const;

/** Council members first, each party's representative before its substitute. */
const inOrder = (roles: readonly RoleAssignment[]): RoleAssignment[] =>
  [...roles].sort(
    (a, b) =>
      ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role) || (a.partyId ?? '').localeCompare(b.partyId ?? '') || a.userId.localeCompare(b.userId),
  );

const roleText = (role: RoleAssignment, detail: AgreementDetail) =>
  `${ROLE_LABEL[role.role].toLocaleLowerCase('sv-SE')}${role.partyId ? ` för ${partyName(detail.agreement.parties, role.partyId)}` : ''}`;

/** "lomma.rad.polis" may wrap after its dots on a narrow screen, never inside a part. */
const breakableAccount = (userId: string) =>
  userId.split('.').map((part, i, parts) => (
    <Fragment key={`${i}-${part}`}>
      {part}
      {i < parts.length - 1 ? (
        <>
          .<wbr />
        </>
      ) : null}
    </Fragment>
  ));

/** The account's name, its username beneath; an id no account answers for stands alone. */
const HolderName = ({ holder }: { holder: Holder }) =>
  holder.name === holder.handle ? (
    breakableAccount(holder.handle)
  ) : (
    <>
      {holder.name} <span className="admin-roles__account">{breakableAccount(holder.handle)}</span>
    </>
  );

/**
 * Who holds which role in the agreement, with "Återkalla" behind a confirmation. Each holder is
 * shown by the account's name (asked now, so a removed person reads "Borttagen användare") and its
 * username; the assignment itself refers to the account's id.
 */
export const RolesTable = ({ detail }: { detail: AgreementDetail }) => {
  const [revoking, setRevoking] = useState<RoleAssignment | null>(null);
  const accounts = useAccounts().data;
  const nameOf = (role: RoleAssignment) => holderOf(accounts, role.userId).name;
  const command = useCommand();
  const announce = useAnnounce();
  const agreementId = detail.agreement.agreementId;

  const revoke = (role: RoleAssignment) => {
    const query = new URLSearchParams({ userId: role.userId, role: role.role, ...(role.partyId ? { partyId: role.partyId } : {}) });
    command.mutate(
      { method: 'DELETE', path: `/agreements/${encodeURIComponent(agreementId)}/roles?${query}` },
      {
        onSuccess: () => {
          setRevoking(null);
          announce(`${nameOf(role)} har inte längre rollen ${roleText(role, detail)}.`);
        },
      },
    );
  };

  if (detail.roles.length === 0) return <p>Ingen har en roll i överenskommelsen ännu.</p>;
  return (
    <>
      <div className="table-wrap">
        <table className="admin-roles">
          <caption className="visually-hidden">Roller i {detail.agreement.name}</caption>
          <thead>
            <tr>
              <th scope="col">Konto</th>
              <th scope="col">Roll</th>
              <th scope="col">Part</th>
              <th scope="col">Funktion</th>
              <th scope="col">
                <span className="visually-hidden">Åtgärd</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {inOrder(detail.roles).map((role) => (
              <tr key={`${role.userId}|${role.role}|${role.partyId ?? ''}`}>
                <th scope="row">
                  <HolderName holder={holderOf(accounts, role.userId)} />
                </th>
                <td>{ROLE_LABEL[role.role]}</td>
                <td>{role.partyId ? partyName(detail.agreement.parties, role.partyId) : '–'}</td>
                <td>{role.function}</td>
                <td>
                  <Button
                    variant="danger-outline"
                    onClick={() => {
                      command.reset();
                      setRevoking(role);
                    }}
                    aria-label={`Återkalla ${roleText(role, detail)} från ${nameOf(role)}`}
                  >
                    Återkalla
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Dialog open={revoking !== null} title="Återkalla rollen?" onClose={() => setRevoking(null)}>
        {revoking ? (
          <>
            <p>
              {nameOf(revoking)} förlorar rollen {roleText(revoking, detail)} ({revoking.function}). Tilldelningen finns kvar i historiken.
            </p>
            <ProblemMessage error={command.error} title="Rollen kunde inte återkallas" />
            <div className="actions">
              <Button variant="danger" busy={command.isPending} onClick={() => revoke(revoking)}>
                Återkalla rollen
              </Button>
              <Button variant="secondary" onClick={() => setRevoking(null)}>
                Avbryt
              </Button>
            </div>
          </>
        ) : null}
      </Dialog>
    </>
  );
};

import { useLocation } from 'react-router';
import { useAuth } from '../../auth/AuthContext';
import { WithAgreement } from '../../layout/current-agreement';
import { formatDate, listSv, Loading, PageHeading } from '../../ui';
import { AssignRoleForm } from './AssignRoleForm';
import type { RegisteredState } from './RegisterAgreementPage';
import { RolesTable } from './RolesTable';
import './admin.css';

/**
 * An agreement's roles, for administrators: who sits in the council for which party, who is a
 * substitute, coordinator or auditor; taking a role back and giving one. The agreement is the one
 * chosen in the header.
 */
export default function RolesPage() {
  const { session } = useAuth();
  const registered = (useLocation().state as RegisteredState | null)?.registered;
  return (
    <>
      <PageHeading title="Roller" />
      {registered ? (
        <p className="notice notice--success" role="status">
          Överenskommelsen ”{registered}” är registrerad. Ge nu konton roller i den.
        </p>
      ) : null}
      {session?.administrator ? (
        <WithAgreement>
          {(agreement, { detail }) =>
            detail?.agreement.agreementId === agreement.agreementId ? (
              <div className="admin-page">
                <section aria-labelledby="overenskommelsen" className="admin-summary">
                  <h2 id="overenskommelsen">{detail.agreement.name}</h2>
                  <dl className="admin-facts">
                    <dt>Period</dt>
                    <dd>
                      {formatDate(detail.agreement.period.from)} – {formatDate(detail.agreement.period.to)}
                    </dd>
                    <dt>Parter</dt>
                    <dd>{listSv(detail.agreement.parties.map((p) => p.name))}</dd>
                    <dt>Strategiskt råd</dt>
                    <dd>{detail.agreement.council.name}</dd>
                  </dl>
                </section>
                <section aria-labelledby="roller">
                  <h2 id="roller">Vem har vilken roll</h2>
                  <RolesTable detail={detail} />
                </section>
                <AssignRoleForm key={agreement.agreementId} detail={detail} />
              </div>
            ) : (
              <Loading>Hämtar överenskommelsens roller…</Loading>
            )
          }
        </WithAgreement>
      ) : (
        <p className="notice notice--info">Bara en administratör kan ge och återkalla roller.</p>
      )}
    </>
  );
}

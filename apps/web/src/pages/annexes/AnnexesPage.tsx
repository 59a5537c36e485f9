import type { AgreementSummary } from '../../api/schema';
import { WithAgreement, type CurrentAgreement } from '../../layout/current-agreement';
import { PageHeading, QueryState } from '../../ui';
import { todayInSweden } from '../../ui/today';
import { useAnnexes } from './annex-api';
import { AnnexCard } from './AnnexCard';
import { CreateAnnexForm } from './CreateAnnexForm';
import './annexes.css';

const Annexes = ({ agreement, current }: { agreement: AgreementSummary; current: CurrentAgreement }) => {
  const annexes = useAnnexes(agreement.agreementId);
  const today = todayInSweden();
  const yourRoles = current.detail?.yourRoles ?? [];
  return (
    <QueryState query={annexes} loading="Hämtar bilagorna…" errorTitle="Bilagorna kunde inte hämtas">
      {(data) => (
        <div className="annexes-page">
          <p className="lead">
            Lägesbild, åtgärdsplan och medborgarlöften för {agreement.name}. En version gäller först när rådet har beslutat den och alla parter den binder
            har undertecknat.
          </p>
          {data.annexes.length === 0 ? <p className="notice notice--info">Överenskommelsen har inga bilagor ännu.</p> : null}
          {data.annexes.map((annex) => (
            <AnnexCard
              key={annex.annexId}
              agreementId={agreement.agreementId}
              annex={annex}
              parties={agreement.parties}
              yourRoles={yourRoles}
              today={today}
            />
          ))}
          {current.hasRole('coordinator') ? <CreateAnnexForm agreementId={agreement.agreementId} existingKinds={data.annexes.map((a) => a.kind)} /> : null}
        </div>
      )}
    </QueryState>
  );
};

/** Bilagor: the agreement's annexes as versioned documents, decided by the council and signed by the parties. */
export default function AnnexesPage() {
  return (
    <>
      <PageHeading title="Bilagor" />
      <WithAgreement>{(agreement, current) => <Annexes agreement={agreement} current={current} />}</WithAgreement>
    </>
  );
}

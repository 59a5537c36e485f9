import { WithAgreement, type CurrentAgreement } from '../../layout/current-agreement';
import { Loading, PageHeading } from '../../ui';
import { AgreementAsSigned } from './AgreementAsSigned';
import { AmendmentsSection } from './AmendmentsSection';
import { OverallGoalsSection } from './OverallGoalsSection';
import { ProposeAmendmentForm } from './ProposeAmendmentForm';
import { PublicPageSection } from './PublicPageSection';
import { TermsOnDate } from './TermsOnDate';
import './agreement.css';

const Agreement = ({ current }: { current: CurrentAgreement }) => {
  const detail = current.detail;
  if (!detail) return <Loading>Hämtar överenskommelsen…</Loading>;
  const pending = detail.amendments.some((a) => a.status === 'pending');
  return (
    <>
      <p className="lead">{detail.agreement.name}</p>
      <AgreementAsSigned agreement={detail.agreement} />
      <OverallGoalsSection detail={detail} mayEdit={current.hasRole('coordinator')} />
      <AmendmentsSection detail={detail} />
      {current.hasRole('coordinator') && !pending ? <ProposeAmendmentForm detail={detail} /> : null}
      <TermsOnDate agreementId={detail.agreement.agreementId} />
      <PublicPageSection agreementId={detail.agreement.agreementId} mayPublish={current.hasRole('coordinator')} />
    </>
  );
};

/** Överenskommelsen: the agreement as signed and as amended, its amendments, and the terms on any day. */
export default function AgreementPage() {
  return (
    <>
      <PageHeading title="Överenskommelsen" />
      <WithAgreement>{(_agreement, current) => <Agreement current={current} />}</WithAgreement>
    </>
  );
}

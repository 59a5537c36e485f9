import type { AgreementSummary } from '../../api/schema';
import { WithAgreement } from '../../layout/current-agreement';
import { PageHeading } from '../../ui';
import { AuditHistorySection } from './AuditHistorySection';
import { PlanAsOfSection } from './PlanAsOfSection';
import { ComparePlansSection } from './ComparePlansSection';
import { ReplaySection } from './ReplaySection';
import './audit.css';

const Audit = ({ agreement }: { agreement: AgreementSummary }) => (
  <div className="audit-page">
    <p className="lead">
      Vem som beslutade vad och när, hur planen såg ut vid ett visst tillfälle, två tidpunkter sida vid sida och historiken beslut för beslut, för{' '}
      {agreement.name}.
    </p>
    <nav className="page-toc" aria-label="På den här sidan">
      <ul>
        <li>
          <a href="#handelser">Händelser</a>
        </li>
        <li>
          <a href="#planen">Planen vid en tidpunkt</a>
        </li>
        <li>
          <a href="#jamfor">Jämför två tidpunkter</a>
        </li>
        <li>
          <a href="#uppspelning">Spela upp historiken</a>
        </li>
      </ul>
    </nav>
    <AuditHistorySection agreement={agreement} />
    <PlanAsOfSection agreement={agreement} />
    <ComparePlansSection agreement={agreement} />
    <ReplaySection agreement={agreement} />
  </div>
);

/** Granskning: for auditors (and anyone in the agreement) to replay who decided what, and when. */
export default function AuditPage() {
  return (
    <>
      <PageHeading title="Granskning" />
      <WithAgreement>{(agreement) => <Audit agreement={agreement} />}</WithAgreement>
    </>
  );
}

import { isIsoDate } from '@samverkan/dates';
import { useState, type FormEvent } from 'react';
import type { AgreementSummary } from '../../api/schema';
import { WithAgreement, type CurrentAgreement } from '../../layout/current-agreement';
import { Button, formatDate, FormField, PageHeading, QueryState } from '../../ui';
import { useLateAndDue } from './late-queries';
import { LateMeasuresTable } from './LateMeasuresTable';
import { MeasureTrendSection } from './MeasureTrendSection';
import { ObligationsTable } from './ObligationsTable';
import { RecordFulfilmentForm } from './RecordFulfilmentForm';
import './late.css';

/** Another day than today: an auditor asks how things stood, a coordinator how they will stand. */
const DayChooser = ({ day, onChoose }: { day: string; onChoose: (day: string | null) => void }) => {
  const [value, setValue] = useState(day);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onChoose(isIsoDate(value) ? value : null);
  };
  return (
    <form className="inline-form" onSubmit={submit}>
      <FormField label="Visa läget den">
        {(control) => <input {...control} type="date" className="input" value={value} onChange={(e) => setValue(e.target.value)} />}
      </FormField>
      <Button type="submit" variant="secondary">
        Visa
      </Button>
    </form>
  );
};

const Late = ({ agreement, current }: { agreement: AgreementSummary; current: CurrentAgreement }) => {
  const [day, setDay] = useState<string | null>(null);
  const lateAndDue = useLateAndDue(agreement.agreementId, day);
  return (
    <QueryState query={lateAndDue} loading="Hämtar försenade åtgärder och åtaganden…" errorTitle="Uppgifterna kunde inte hämtas">
      {(data) => {
        const overdue = data.obligations.filter((o) => o.status === 'overdue').length;
        return (
          <div className="late-page">
            <p className="lead">
              Läget den {formatDate(data.today)} för {agreement.name}.
            </p>
            <ul className="summary" aria-label="Sammanfattning">
              <li className={data.lateMeasures.length > 0 ? 'summary__late' : undefined}>
                <strong>{data.lateMeasures.length}</strong> {data.lateMeasures.length === 1 ? 'försenad åtgärd' : 'försenade åtgärder'}
              </li>
              <li className={overdue > 0 ? 'summary__late' : undefined}>
                <strong>{overdue}</strong> {overdue === 1 ? 'försenat åtagande' : 'försenade åtaganden'}
              </li>
            </ul>
            <DayChooser key={data.today} day={data.today} onChoose={setDay} />

            <section className="late-section" aria-labelledby="forsenade-atgarder">
              <h2 id="forsenade-atgarder">Försenade åtgärder ({data.lateMeasures.length})</h2>
              <LateMeasuresTable measures={data.lateMeasures} parties={agreement.parties} today={data.today} />
            </section>

            <section className="late-section" aria-labelledby="ataganden">
              <h2 id="ataganden">Åtaganden enligt överenskommelsen</h2>
              <p>Det överenskommelsen säger att parterna ska göra, med vad som räknas och när det senast ska vara gjort.</p>
              <ObligationsTable obligations={data.obligations} today={data.today} />
              {current.hasRole('coordinator') && current.detail ? (
                <RecordFulfilmentForm agreementId={agreement.agreementId} obligations={current.detail.agreement.obligations} today={data.today} />
              ) : null}
            </section>

            <MeasureTrendSection agreement={agreement} today={data.today} />
          </div>
        );
      }}
    </QueryState>
  );
};

/** Försenat: late measures, the agreement's obligations as due, met or overdue, and measures over time. */
export default function LatePage() {
  return (
    <>
      <PageHeading title="Försenat" />
      <WithAgreement>{(agreement, current) => <Late agreement={agreement} current={current} />}</WithAgreement>
    </>
  );
}

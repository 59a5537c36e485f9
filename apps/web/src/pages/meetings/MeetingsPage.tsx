import { Link } from 'react-router';
import type { AgreementSummary } from '../../api/schema';
import { WithAgreement, type CurrentAgreement } from '../../layout/current-agreement';
import { PageHeading, QueryState } from '../../ui';
import { BODY_LABEL, meetingPath, meetingTitle, STATUS_LABEL } from './meeting-labels';
import { useMeetings, type MeetingSummary } from './meeting-queries';
import { ScheduleMeetingForm } from './ScheduleMeetingForm';
import './meetings.css';

const MeetingList = ({ meetings, empty }: { meetings: readonly MeetingSummary[]; empty: string }) =>
  meetings.length === 0 ? (
    <p className="muted">{empty}</p>
  ) : (
    <ul className="meeting-list">
      {meetings.map((m) => (
        <li key={m.meetingId} className="meeting-list__item card">
          <Link to={meetingPath(m.meetingId)} className="meeting-list__title">
            {meetingTitle(m.body, m.heldOn ?? m.date)}
          </Link>
          <span className="muted">
            {m.place} · {STATUS_LABEL[m.status]} · {m.paragraphs.length} {m.paragraphs.length === 1 ? 'punkt' : 'punkter'}
          </span>
        </li>
      ))}
    </ul>
  );

const Meetings = ({ agreement, current }: { agreement: AgreementSummary; current: CurrentAgreement }) => {
  const meetings = useMeetings(agreement.agreementId);
  return (
    <>
      {current.hasRole('coordinator') ? <ScheduleMeetingForm agreementId={agreement.agreementId} /> : null}
      <QueryState query={meetings} loading="Hämtar möten…" errorTitle="Mötena kunde inte hämtas">
        {(data) => (
          <>
            <section aria-labelledby="kommande">
              <h2 id="kommande">Kommande möten</h2>
              <MeetingList meetings={data.upcoming} empty="Inga möten är planerade." />
            </section>
            <section aria-labelledby="hallna">
              <h2 id="hallna">Hållna möten</h2>
              <MeetingList meetings={data.held} empty="Inga möten har hållits i appen ännu." />
            </section>
            <section aria-labelledby="per-ar">
              <h2 id="per-ar">Hållna möten per år</h2>
              {data.perYear.length === 0 ? (
                <p className="muted">Inga ännu. Möten som hålls räknas mot överenskommelsens åtaganden om antal möten per år.</p>
              ) : (
                <table className="table">
                  <caption className="visually-hidden">Antal hållna möten per år och organ</caption>
                  <thead>
                    <tr>
                      <th scope="col">År</th>
                      <th scope="col">Organ</th>
                      <th scope="col">Hållna möten</th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.perYear.map((y) => (
                      <tr key={`${y.year}-${y.body}`}>
                        <td>{y.year}</td>
                        <td>{BODY_LABEL[y.body]}</td>
                        <td>{y.held}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </section>
          </>
        )}
      </QueryState>
    </>
  );
};

/** Möten: the council's and the operative group's meetings of the chosen agreement. */
export default function MeetingsPage() {
  return (
    <>
      <PageHeading title="Möten" />
      <WithAgreement>{(agreement, current) => <Meetings agreement={agreement} current={current} />}</WithAgreement>
    </>
  );
}

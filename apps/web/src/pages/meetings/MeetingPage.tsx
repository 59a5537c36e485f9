import { Link, useParams } from 'react-router';
import { useCurrentAgreement } from '../../layout/current-agreement';
import { Button, formatDate, formatDateTime, PageHeading, QueryState } from '../../ui';
import { AgendaEditor, ParagraphTools } from './AgendaEditor';
import { BODY_LABEL, meetingTitle, STATUS_LABEL } from './meeting-labels';
import { useMeeting, type MeetingDetail } from './meeting-queries';
import { AdoptMinutesForm, ChecksSection, HoldForm } from './MinutesTools';
import { ParagraphView } from './ParagraphView';
import './meetings.css';

const Meeting = ({ meeting }: { meeting: MeetingDetail }) => {
  const current = useCurrentAgreement();
  const coordinator = current.hasRole('coordinator');
  const planned = meeting.status === 'scheduled';
  const held = !planned;
  const myParties = (current.detail?.yourRoles ?? [])
    .filter((r) => r.role === 'councilRepresentative' || r.role === 'councilSubstitute')
    .flatMap((r) => (r.partyId ? [r.partyId] : []));
  return (
    <div className="meeting-page">
      <dl className="meeting-facts">
        <div>
          <dt>Överenskommelse</dt>
          <dd>{meeting.agreementName}</dd>
        </div>
        <div>
          <dt>Organ</dt>
          <dd>{BODY_LABEL[meeting.body]}</dd>
        </div>
        <div>
          <dt>{held ? 'Hölls' : 'Datum'}</dt>
          <dd>{formatDate(meeting.heldOn ?? meeting.date)}</dd>
        </div>
        <div>
          <dt>Plats</dt>
          <dd>{meeting.place}</dd>
        </div>
        <div>
          <dt>Läge</dt>
          <dd>{STATUS_LABEL[meeting.status]}</dd>
        </div>
        {meeting.minutes ? (
          <div>
            <dt>Protokollet fastställt</dt>
            <dd>{formatDateTime(meeting.minutes.adoptedAt)}</dd>
          </div>
        ) : null}
      </dl>
      <div className="actions no-print">
        {/* The PDF is the browser's own: its print dialog saves this page, laid out by the print stylesheet, as a PDF. */}
        <Button variant="secondary" onClick={() => window.print()}>
          {held ? 'Skriv ut protokollet eller spara som PDF' : 'Skriv ut dagordningen eller spara som PDF'}
        </Button>
        <Link to="/moten">Alla möten</Link>
      </div>

      <section aria-labelledby="dagordning">
        <h2 id="dagordning">{held ? 'Protokoll' : 'Dagordning'}</h2>
        {meeting.paragraphs.length === 0 ? <p className="muted">Dagordningen är tom.</p> : null}
        <ol className="paragraphs">
          {meeting.paragraphs.map((p, index) => (
            <li key={p.itemId} className="paragraph">
              <ParagraphView paragraph={p} showDecisions={held} />
              {coordinator && planned ? <ParagraphTools meeting={meeting} index={index} /> : null}
            </li>
          ))}
        </ol>
      </section>

      {coordinator && planned ? <AgendaEditor meeting={meeting} /> : null}
      {coordinator && planned ? <HoldForm meeting={meeting} /> : null}
      {coordinator && (meeting.status === 'held' || meeting.status === 'minutesAdopted') ? (
        <AdoptMinutesForm key={meeting.revision} meeting={meeting} />
      ) : null}
      <ChecksSection meeting={meeting} myParties={myParties} />
    </div>
  );
};

/** One meeting: its agenda (planned) or minutes (held), the coordinator's tools, the parties' checks; prints as agenda or minutes. */
export default function MeetingPage() {
  const { meetingId = '' } = useParams();
  const meeting = useMeeting(meetingId);
  return (
    <>
      <PageHeading title={meeting.data ? meetingTitle(meeting.data.body, meeting.data.heldOn ?? meeting.data.date) : 'Möte'} />
      <QueryState query={meeting} loading="Hämtar mötet…" errorTitle="Mötet kunde inte hämtas">
        {(data) => <Meeting meeting={data} />}
      </QueryState>
    </>
  );
}

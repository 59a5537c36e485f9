import type { AgreementDetail, Party } from '../../api/schema';
import { formatDate, partyName } from '../../ui';
import { PARTY_KIND_LABEL } from '../admin/admin-labels';
import { meetingsOf, policySentences } from './agreement-text';

type Agreement = AgreementDetail['agreement'];
type Member = { readonly partyId: string; readonly function: string };

/** Members by function, grouped under each party in the agreement's order. */
const MembersByParty = ({ members, parties }: { members: readonly Member[]; parties: readonly Party[] }) => (
  <dl className="agreement-members">
    {parties
      .filter((p) => members.some((m) => m.partyId === p.partyId))
      .map((p) => (
        <div key={p.partyId}>
          <dt>{p.name}</dt>
          <dd>
            {members
              .filter((m) => m.partyId === p.partyId)
              .map((m) => m.function)
              .join(', ')}
          </dd>
        </div>
      ))}
  </dl>
);

/** The agreement as signed and as last amended: parties and signatories, the two bodies, meetings, the decision rule and the policy. */
export const AgreementAsSigned = ({ agreement }: { agreement: Agreement }) => {
  const councilMeetings = meetingsOf(agreement.obligations, 'councilMeetings');
  const groupMeetings = meetingsOf(agreement.obligations, 'operativeGroupMeetings');
  const signatoryOf = (partyId: string) => agreement.signatories?.find((s) => s.partyId === partyId);
  return (
    <>
      <section aria-labelledby="parter" className="agreement-section">
        <h2 id="parter">Parter och undertecknare</h2>
        <p>
          Gäller {formatDate(agreement.period.from)}–{formatDate(agreement.period.to)}.
        </p>
        <table className="agreement-table">
          <thead>
            <tr>
              <th scope="col">Part</th>
              <th scope="col">Slag</th>
              <th scope="col">Undertecknad av</th>
              <th scope="col">Datum</th>
            </tr>
          </thead>
          <tbody>
            {agreement.parties.map((p) => {
              const signatory = signatoryOf(p.partyId);
              return (
                <tr key={p.partyId}>
                  <th scope="row">{p.name}</th>
                  <td>{PARTY_KIND_LABEL[p.kind]}</td>
                  <td>{signatory?.function ?? 'Anges inte'}</td>
                  <td>{signatory ? formatDate(signatory.signedOn) : '–'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>
      <section aria-labelledby="radet" className="agreement-section">
        <h2 id="radet">{agreement.council.name}</h2>
        <p>
          Strategiskt råd.{' '}
          {agreement.council.chairPartyId ? `Ordförande: ${partyName(agreement.parties, agreement.council.chairPartyId)}.` : 'Ordförande anges inte.'}
        </p>
        {agreement.council.members?.length ? (
          <MembersByParty members={agreement.council.members} parties={agreement.parties} />
        ) : (
          <p className="muted">Ledamöterna anges inte.</p>
        )}
        <p>Möten: {councilMeetings ?? 'överenskommelsen anger inte hur ofta.'}</p>
        <p>
          Beslutsregel: <strong>samförstånd</strong> – ett förslag går igenom när alla parter har godkänt det.
        </p>
      </section>
      {agreement.operativeGroup ? (
        <section aria-labelledby="operativa" className="agreement-section">
          <h2 id="operativa">{agreement.operativeGroup.name}</h2>
          <p>Operativ samverkansgrupp: bereder rådets beslut och genomför det rådet ger den i uppdrag.</p>
          {agreement.operativeGroup.members?.length ? (
            <MembersByParty members={agreement.operativeGroup.members} parties={agreement.parties} />
          ) : (
            <p className="muted">Ledamöterna anges inte.</p>
          )}
          <p>Möten: {groupMeetings ?? 'överenskommelsen anger inte hur ofta.'}</p>
        </section>
      ) : null}
      <section aria-labelledby="beslutsordning" className="agreement-section">
        <h2 id="beslutsordning">Beslutsordning</h2>
        <ul>
          {policySentences(agreement.policy).map((sentence) => (
            <li key={sentence}>{sentence}</li>
          ))}
        </ul>
      </section>
    </>
  );
};

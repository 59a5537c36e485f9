import type { Party, RoleAssignment } from '../../api/schema';
import { formatDate, partyName } from '../../ui';
import type { Annex } from './annex-api';
import { annexKindLabel } from './annex-labels';
import { AnnexVersionItem } from './AnnexVersionItem';
import { DecideVersionForm } from './DecideVersionForm';
import { DraftVersionForm } from './DraftVersionForm';
import { SignVersionForm } from './SignVersionForm';

interface Props {
  readonly agreementId: string;
  readonly annex: Annex;
  readonly parties: readonly Party[];
  readonly yourRoles: readonly RoleAssignment[];
  readonly today: string;
}

/** One annex: the version in force, what awaits the council or the parties, the forms the user may use, and the history. */
export const AnnexCard = ({ agreementId, annex, parties, yourRoles, today }: Props) => {
  const coordinator = yourRoles.some((r) => r.role === 'coordinator');
  const signsFor = yourRoles
    .filter((r) => r.role === 'councilRepresentative' || r.role === 'councilSubstitute')
    .flatMap((r) => (r.partyId ? [r.partyId] : []));
  const current = annex.versions.find((v) => v.status === 'inForce');
  const draft = annex.versions.find((v) => v.status === 'draft');
  const awaiting = annex.versions.filter((v) => v.status === 'awaitingSignatures');
  const headingId = `bilaga-${annex.annexId}`;
  return (
    <section className="annex" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {annex.title} <span className="annex__kind">({annexKindLabel(annex.kind)})</span>
      </h2>
      <p className="lead">
        {current
          ? `Gällande version: ${current.version}, giltig från ${formatDate(current.validFrom ?? '')}.`
          : 'Ingen version gäller ännu: en version gäller när rådet har beslutat den och alla parter den binder har undertecknat.'}
      </p>
      {coordinator && draft ? <DecideVersionForm agreementId={agreementId} annex={annex} version={draft} today={today} /> : null}
      {awaiting.flatMap((version) =>
        signsFor
          .filter((partyId) => version.awaitingPartyIds.includes(partyId))
          .map((partyId) => (
            <SignVersionForm
              key={`${version.version}-${partyId}`}
              agreementId={agreementId}
              annex={annex}
              version={version}
              partyId={partyId}
              partyName={partyName(parties, partyId)}
              today={today}
            />
          )),
      )}
      <h3>Versioner</h3>
      {annex.versions.length === 0 ? <p className="muted">Ingen version är skriven ännu.</p> : null}
      {annex.versions.map((version) => (
        <AnnexVersionItem key={version.version} agreementId={agreementId} version={version} parties={parties} />
      ))}
      {coordinator ? <DraftVersionForm agreementId={agreementId} annex={annex} parties={parties} /> : null}
    </section>
  );
};

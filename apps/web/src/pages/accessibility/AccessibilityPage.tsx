import { Link } from 'react-router';
import { formatDate, PageHeading } from '../../ui';

/** When the service was last assessed, and this statement reviewed. Update both when either is redone. */
export const ASSESSED_ON = '2026-11-23';
export const STATEMENT_REVIEWED_ON = '2026-11-23';
const CONTACT_EMAIL = 'tillganglighet@samverkan.example';

/**
 * Tillgänglighetsredogörelse, as lagen (2018:1937) om tillgänglighet till digital offentlig
 * service asks, in the structure of Digg's model statement. Readable without signing in.
 */
export default function AccessibilityPage() {
  return (
    <article className="prose-page">
      <PageHeading title="Tillgänglighetsredogörelse">
        <p className="lead">
          Samverkan är en tjänst för kommuner, polis och andra parter som har en samverkansöverenskommelse om brottsförebyggande arbete. Vi vill att så
          många som möjligt ska kunna använda tjänsten. Här beskriver vi hur Samverkan uppfyller lagen (2018:1937) om tillgänglighet till digital offentlig
          service, kända brister och hur du kan rapportera problem så att vi kan åtgärda dem.
        </p>
      </PageHeading>

      <section aria-labelledby="hur-tillganglig">
        <h2 id="hur-tillganglig">Hur tillgänglig är tjänsten?</h2>
        <p>
          Vi vet att vissa delar av tjänsten inte är helt tillgängliga. Se avsnittet om innehåll som inte är tillgängligt nedan. Målet är att du ska kunna
          göra allt ditt arbete i tjänsten med enbart tangentbord, med skärmläsare och med förstorad text, på dator och surfplatta.
        </p>
      </section>

      <section aria-labelledby="om-du-inte-kan">
        <h2 id="om-du-inte-kan">Vad kan du göra om du inte kan använda delar av tjänsten?</h2>
        <p>
          Om du behöver innehåll från Samverkan i ett annat format, till exempel beslutshistoriken för en överenskommelse, kan du kontakta den
          brottsförebyggande samordnaren i din kommun eller skriva till oss på <a href={`mailto:${CONTACT_EMAIL}`}>{CONTACT_EMAIL}</a>.
        </p>
      </section>

      <section aria-labelledby="rapportera">
        <h2 id="rapportera">Rapportera brister i tjänstens tillgänglighet</h2>
        <p>
          Vi strävar hela tiden efter att förbättra tjänstens tillgänglighet. Om du upptäcker problem som inte beskrivs på den här sidan, eller om du anser
          att vi inte uppfyller lagens krav, meddela oss så att vi får veta att problemet finns:
        </p>
        <ul>
          <li>
            e-post: <a href={`mailto:${CONTACT_EMAIL}`}>{CONTACT_EMAIL}</a>
          </li>
          <li>eller via den brottsförebyggande samordnaren i din kommun, som för vidare ärendet till förvaltningen av tjänsten.</li>
        </ul>
        <p>
          Beskriv gärna vilken sida det gäller, vad du försökte göra och vilket hjälpmedel du använder. Skriv inte personnummer eller andra uppgifter om
          enskilda personer.
        </p>
        <p className="muted">Adressen ovan gäller demonstrationsmiljön. Den som driftsätter tjänsten ersätter den med förvaltningens egen adress.</p>
      </section>

      <section aria-labelledby="tillsyn">
        <h2 id="tillsyn">Tillsyn</h2>
        <p>
          Myndigheten för digital förvaltning (Digg) har ansvaret för tillsyn över lagen om tillgänglighet till digital offentlig service. Om du inte är
          nöjd med hur vi hanterar dina synpunkter kan du <a href="https://www.digg.se/tdosanmalan">kontakta Digg och påtala det</a>.
        </p>
      </section>

      <section aria-labelledby="teknisk-information">
        <h2 id="teknisk-information">Teknisk information om tjänstens tillgänglighet</h2>
        <p>
          Tjänsten är delvis förenlig med lagen om tillgänglighet till digital offentlig service, på grund av de brister som beskrivs nedan. Kraven vi
          bedömer mot är standarden EN 301 549, som för webbsidor motsvarar Web Content Accessibility Guidelines (WCAG) 2.1 på nivå AA.
        </p>
      </section>

      <section aria-labelledby="inte-tillgangligt">
        <h2 id="inte-tillgangligt">Innehåll som inte är tillgängligt</h2>
        <h3>Bristande förenlighet med lagkraven</h3>
        <ul>
          <li>
            API-dokumentationen (<a href="/api/docs">/api/docs</a>) är ett verktyg för utvecklare. Den är på engelska, den har inte granskats mot WCAG och
            den har kända brister i tangentbordsnavigering och kontrast. Allt arbete i tjänsten kan göras utan den.
          </li>
          <li>
            Beslutshistoriken kan laddas ner som en CSV-fil för kalkylprogram. Filen har inga rubriker för skärmläsare utöver kolumnnamnen. Samma uppgifter
            visas på sidan Granskning.
          </li>
          <li>
            Texter som parterna själva skriver, till exempel motiveringar och skäl till avslag, granskas inte för klarspråk eller språkmärkning. Text på
            andra språk än svenska kan därför läsas upp med svenskt uttal (WCAG 3.1.2).
          </li>
          <li>Tjänsten har inget mörkt läge och följer inte operativsystemets inställning för hög kontrast fullt ut.</li>
        </ul>
        <h3>Oskäligt betungande anpassning</h3>
        <p>Vi åberopar inte undantaget för oskäligt betungande anpassning för någon del av tjänsten.</p>
        <h3>Innehåll som inte omfattas av lagstiftningen</h3>
        <p>Tjänsten innehåller inga inspelade ljud- eller videoklipp, kartor eller dokument från tredje part.</p>
      </section>

      <section aria-labelledby="hur-vi-testat">
        <h2 id="hur-vi-testat">Hur vi testat tjänsten</h2>
        <p>
          Vi har gjort en självskattning (intern testning) av Samverkan. Vid varje ändring av tjänsten körs automatiska tester i webbläsaren Chromium:
          varje sida granskas med verktyget axe-core mot WCAG 2.1 nivå A och AA, och beslutsflödet i rådet (godkänna och avslå förslag) genomförs med
          enbart tangentbord. Vi har dessutom kontrollerat sidorna manuellt i bredd för bärbar dator och surfplatta.
        </p>
        <p>
          Senaste bedömningen gjordes den <time dateTime={ASSESSED_ON}>{formatDate(ASSESSED_ON)}</time>.
        </p>
        <p>
          Tjänsten publicerades i sin första version hösten 2026. Redogörelsen uppdaterades senast den{' '}
          <time dateTime={STATEMENT_REVIEWED_ON}>{formatDate(STATEMENT_REVIEWED_ON)}</time>.
        </p>
      </section>

      <p>
        <Link to="/">Till startsidan</Link>
      </p>
    </article>
  );
}

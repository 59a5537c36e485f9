import type { MeasureStatus, Step } from '@samverkan/cycle';
import { escapeHtml as e, fileSizeSv, listSv, longDateSv, numberSv, paragraphs } from './html.js';
import { PUBLIC_PAGE_CSS } from './public-page.css.js';
import type { PublicAnnex, PublicFocusArea, PublicGoal, PublicMeasure, PublicPageView } from './public-page.view.js';

/** Where the work stands, as a resident would say it. */
const STEP_SV: Readonly<Partial<Record<Step, string>>> = {
  mapping: 'Kartläggning: parterna beskriver problemet – vad som händer, var och när.',
  analysis: 'Analys: parterna tar reda på orsakerna till problemet.',
  measures: 'Åtgärder: parterna planerar vad som ska göras. Åtgärderna visas här när de är beslutade.',
  evaluation: 'Genomförande och uppföljning: åtgärderna genomförs och följs upp.',
  closed: 'Avslutat: arbetet med området är avslutat.',
};

/** In words, never by colour alone. */
const STATUS_SV: Readonly<Record<MeasureStatus, string>> = {
  green: 'Pågår enligt plan',
  yellow: 'Risk för försening',
  red: 'Försenad eller ändrad',
  done: 'Genomförd',
};

export const filePath = (agreementId: string, sha256: string): string => `/offentlig/${encodeURIComponent(agreementId)}/filer/${sha256}`;

const annexSection = (agreementId: string, annexes: readonly PublicAnnex[]): string => {
  const items = annexes.map((a) => {
    const files = a.files.length
      ? `<h4>Dokument</h4><ul>${a.files
          .map((f) => `<li><a href="${e(filePath(agreementId, f.sha256))}" download>${e(f.fileName)}</a> (${e(fileSizeSv(f.bytes))})</li>`)
          .join('')}</ul>`
      : '';
    return `<article class="card" aria-labelledby="bilaga-${e(a.annexId)}"><h3 id="bilaga-${e(a.annexId)}">${e(a.kind)}: ${e(a.title)}</h3>
<p class="note">Gäller från ${e(longDateSv(a.validFrom))} (version ${a.version}), beslutad och undertecknad av parterna.</p>${paragraphs(a.text)}${files}</article>`;
  });
  return `<section aria-labelledby="bilagor"><h2 id="bilagor">Gällande bilagor</h2>
<p>Lägesbilden, åtgärdsplanen och medborgarlöftena hör till överenskommelsen. Här visas de versioner som gäller i dag.</p>
${items.length ? items.join('\n') : '<p>Det finns ännu inga beslutade bilagor.</p>'}</section>`;
};

const measureItem = (m: PublicMeasure): string => {
  const status = m.status === null ? 'Inte uppföljd ännu' : STATUS_SV[m.status];
  const collaborators = m.collaborators.length ? `<dt>I samarbete med</dt><dd>${e(listSv(m.collaborators))}</dd>` : '';
  return `<li><p class="activity">${e(m.activity)}</p><dl><dt>Ansvarig</dt><dd>${e(listSv(m.responsibleParties))}</dd>${collaborators}<dt>Klart senast</dt><dd>${e(longDateSv(m.dueDate))}</dd><dt>Läge</dt><dd class="status status-${m.status ?? 'none'}">${e(status)}</dd></dl></li>`;
};

const value = (n: number | null): string => (n === null ? 'ej angivet' : numberSv(n));

const goalItem = (g: PublicGoal): string => {
  const indicator = g.indicator ? `<dt>Mäts med</dt><dd>${e(g.indicator)}</dd>` : '';
  const target = g.target !== null ? `${numberSv(g.target)}${g.targetDate ? ` senast ${longDateSv(g.targetDate)}` : ''}` : 'ej angivet';
  const measurements = g.measurements.length
    ? `<table><caption>Mätningar${g.indicator ? ` av ${e(g.indicator)}` : ''}</caption><thead><tr><th scope="col">Datum</th><th scope="col">Värde</th></tr></thead><tbody>${g.measurements
        .map((m) => `<tr><td>${e(longDateSv(m.measuredOn))}</td><td class="number">${m.value === null ? 'ej mätt ännu' : e(numberSv(m.value))}</td></tr>`)
        .join('')}</tbody></table>`
    : '';
  const latest = [...g.measurements].reverse().find((m) => m.value !== null);
  const measured = latest ? `<dt>Senast uppmätt</dt><dd>${e(numberSv(latest.value!))} (${e(longDateSv(latest.measuredOn))})</dd>` : '';
  const outcome = g.outcome ? `<dt>Resultat</dt><dd>Uppmätt värde ${e(numberSv(g.outcome.measuredValue))}. ${e(g.outcome.production)}</dd>` : '';
  return `<li><p class="activity">${e(g.description)}</p><dl>${indicator}<dt>Utgångsläge</dt><dd>${e(value(g.baseline))}</dd><dt>Målvärde</dt><dd>${e(target)}</dd>${measured}${outcome}</dl>${measurements}</li>`;
};

/** The measures and goals of one cycle, under headings of the given level. */
const decidedWork = (measures: readonly PublicMeasure[], goals: readonly PublicGoal[], level: 4 | 5): string => {
  const h = (text: string) => `<h${level}>${text}</h${level}>`;
  const measureList = measures.length ? `<ul class="items">${measures.map(measureItem).join('')}</ul>` : '<p>Inga åtgärder.</p>';
  const goalList = goals.length ? `${h('Mål och uppföljning')}<ul class="items">${goals.map(goalItem).join('')}</ul>` : '';
  return `${h('Åtgärder')}${measureList}${goalList}`;
};

const focusAreaArticle = (f: PublicFocusArea): string => {
  const id = `fokus-${e(f.focusAreaId)}`;
  const current = f.measures === null || f.goals === null ? '' : decidedWork(f.measures, f.goals, 4);
  const earlier = f.previousCycles
    .map(
      (p) =>
        `<section aria-labelledby="${id}-omgang-${p.cycle}"><h4 id="${id}-omgang-${p.cycle}">Omgång ${p.cycle} (avslutad)</h4>${decidedWork(p.measures, p.goals, 5)}</section>`,
    )
    .join('');
  const cycle = f.cycle > 1 ? ` Arbetet är inne på omgång ${f.cycle}.` : '';
  return `<article class="card" aria-labelledby="${id}"><h3 id="${id}">${e(f.title)}</h3>${paragraphs(f.description)}
<p><strong>Där står arbetet nu:</strong> ${e(STEP_SV[f.step] ?? '')}${e(cycle)}</p>${current}${earlier}</article>`;
};

const focusAreaSection = (focusAreas: readonly PublicFocusArea[]): string =>
  `<section aria-labelledby="fokusomraden"><h2 id="fokusomraden">Fokusområden</h2>
<p>Parterna väljer ut problem att arbeta med tillsammans. Varje fokusområde går igenom kartläggning, analys av orsakerna, åtgärder och uppföljning.</p>
${focusAreas.length ? focusAreas.map(focusAreaArticle).join('\n') : '<p>Parterna har ännu inte beslutat om några fokusområden.</p>'}</section>`;

/** The whole page: server-rendered, no script, one inline style allowed by its hash. */
export const renderPublicPage = (view: PublicPageView): string => `<!doctype html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(`Trygghet och brottsförebyggande arbete i ${view.municipality}`)}</title>
<meta name="description" content="${e(`Vad ${listSv(view.parties)} har kommit överens om och gör för att förebygga brott och öka tryggheten.`)}">
<style>${PUBLIC_PAGE_CSS}</style>
</head>
<body>
<a class="skip" href="#innehall">Hoppa till innehållet</a>
<header><p class="kicker">Brottsförebyggande samverkan i ${e(view.municipality)}</p><h1>${e(view.name)}</h1></header>
<nav aria-label="På sidan"><ul><li><a href="#overenskommelsen">Överenskommelsen</a></li><li><a href="#bilagor">Bilagor</a></li><li><a href="#fokusomraden">Fokusområden</a></li><li><a href="#om-sidan">Om sidan</a></li></ul></nav>
<main id="innehall">
<section aria-labelledby="overenskommelsen"><h2 id="overenskommelsen">Överenskommelsen</h2>
<p>${e(listSv(view.parties))} har skrivit en överenskommelse om att tillsammans förebygga brott och öka tryggheten i ${e(view.municipality)}.</p>
<dl><dt>Parter</dt><dd>${e(listSv(view.parties))}</dd><dt>Gäller</dt><dd>${e(longDateSv(view.period.from))} – ${e(longDateSv(view.period.to))}</dd></dl>
</section>
${annexSection(view.agreementId, view.annexes)}
${focusAreaSection(view.focusAreas)}
<section aria-labelledby="om-sidan"><h2 id="om-sidan">Om sidan</h2>
<p>Sidan visar det parterna har beslutat: överenskommelsen, de bilagor som gäller i dag och fokusområdena med deras åtgärder och uppföljning. Förslag som parterna ännu inte har beslutat om, interna kommentarer och namn på tjänstepersoner visas inte.</p>
<p>Uppgifterna gäller ${e(longDateSv(view.asOf))}.</p>
</section>
</main>
<footer><p>Sidan publiceras av parterna i överenskommelsen.</p></footer>
</body>
</html>
`;

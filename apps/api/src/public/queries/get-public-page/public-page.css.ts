import { createHash } from 'node:crypto';

/**
 * The page's only style, inline so that it is one small response: readable from 320 px up, in the
 * system's fonts, with contrast above WCAG AA. The content security policy allows exactly this
 * text by its hash, so no other style, and no script at all, can run on the page.
 */
export const PUBLIC_PAGE_CSS = `
*,*::before,*::after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;font-size:1.0625rem;line-height:1.55;color:#1b1b1b;background:#fff}
a{color:#0b4f8a}
a:focus-visible{outline:3px solid #0b4f8a;outline-offset:2px}
.skip{position:absolute;left:-9999px}
.skip:focus{left:1rem;top:1rem;background:#fff;padding:.5rem;z-index:1}
header,main,footer,nav{max-width:48rem;margin:0 auto;padding:0 1rem}
header{padding-top:1.5rem}
.kicker{margin:0;color:#4a4a4a;font-weight:600}
h1{font-size:1.75rem;line-height:1.25;margin:.25rem 0 1rem;overflow-wrap:break-word;hyphens:auto}
h2{font-size:1.4rem;margin:2.25rem 0 .75rem;border-bottom:2px solid #d0d7de;padding-bottom:.25rem}
h3{font-size:1.2rem;margin:1.5rem 0 .5rem;overflow-wrap:anywhere}
h4{font-size:1.05rem;margin:1.25rem 0 .5rem}
h5{font-size:1rem;margin:1rem 0 .5rem}
nav ul{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.5rem 1.25rem}
.card{border:1px solid #d0d7de;border-radius:6px;padding:.25rem 1rem 1rem;margin:1rem 0}
.items{list-style:none;padding:0;margin:0}
.items>li{border-top:1px solid #e3e7eb;padding:.75rem 0}
.items>li:first-child{border-top:0}
.activity{margin:0 0 .25rem;font-weight:600;overflow-wrap:anywhere}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.15rem 1rem;margin:.25rem 0}
dt{color:#4a4a4a}
dd{margin:0;overflow-wrap:anywhere}
.status{font-weight:600}
.status::before{content:"";display:inline-block;width:.7em;height:.7em;border-radius:50%;margin-right:.4em;background:#6b6b6b}
.status-green::before{background:#1a7f37}
.status-yellow::before{background:#9a6700}
.status-red::before{background:#cf222e}
.status-done::before{background:#0b4f8a}
table{border-collapse:collapse;margin:.5rem 0;min-width:14rem}
caption{text-align:left;font-weight:600;padding-bottom:.25rem}
th,td{border:1px solid #d0d7de;padding:.3rem .6rem;text-align:left}
td.number{text-align:right}
.note{color:#4a4a4a}
footer{margin-top:3rem;padding-bottom:2rem;color:#4a4a4a;border-top:1px solid #d0d7de}
@media (max-width:30rem){dl{grid-template-columns:1fr}dd{margin-bottom:.35rem}h1{font-size:1.3rem}}
@media print{nav,.skip{display:none}a{color:inherit}}
`.trim();

/** The CSP source that allows the inline style above and nothing else. */
export const PUBLIC_PAGE_CSS_SOURCE = `'sha256-${createHash('sha256').update(PUBLIC_PAGE_CSS).digest('base64')}'`;

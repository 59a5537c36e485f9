import { PUBLIC_PAGE_CSS } from './queries/get-public-page/public-page.css.js';

/** The same plain answer for an agreement that does not exist and for one whose page is not published. */
export const NOT_FOUND_HTML = `<!doctype html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Sidan finns inte</title>
<style>${PUBLIC_PAGE_CSS}</style>
</head>
<body>
<main>
<h1>Sidan finns inte</h1>
<p>Det finns ingen offentlig sida på den här adressen. Överenskommelsen kanske inte har en offentlig sida, eller så har sidan tagits bort.</p>
<p>Kontakta kommunen om du söker information om det brottsförebyggande arbetet.</p>
</main>
</body>
</html>
`;

/**
 * The frame of a self-contained HTML page: language, viewport, a Content-Security-Policy that forbids
 * scripts, fonts and requests, the title and inline CSS. The body is the caller's (already escaped).
 * The one frame of every HTML page a report renderer writes (evaluation report, rectification plan, history).
 */
import type { Locale } from '../i18n/messages.js';
import { htmlEscape } from './html.js';

export const HTML_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

export function htmlPage(options: { locale: Locale; title: string; css: string; body: string }): string {
  return `<!DOCTYPE html>
<html lang="${options.locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${HTML_CSP}">
<meta name="generator" content="veteran-station-rating">
<title>${htmlEscape(options.title)}</title>
<style>${options.css}</style>
</head>
<body>
<main>
${options.body}
</main>
</body>
</html>
`;
}

// Loaded as a module, so browsers too old for GOV.UK Frontend's JavaScript skip it and keep the
// plain HTML pages, which work without it. No inline script: the Content-Security-Policy forbids it.
import { initAll } from '/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js'

document.body.classList.add('govuk-frontend-supported')
initAll()

// "Print this summary" (h-rag): a button only where JavaScript runs, since it needs window.print;
// without it the page tells the reader to use the browser's Print command.
for (const button of document.querySelectorAll('[data-waymark-print]')) {
  button.hidden = false
  button.addEventListener('click', () => window.print())
}

// Loaded as a module, so browsers too old for GOV.UK Frontend's JavaScript skip it and keep the
// plain HTML pages, which work without it. No inline script: the Content-Security-Policy forbids it.
import { initAll } from '/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js'

document.body.classList.add('govuk-frontend-supported')
initAll()

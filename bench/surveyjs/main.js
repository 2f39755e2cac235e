// The SurveyJS peer of scripts/bench: the same plan as the widget, page by
// page, from survey.json. Marks start-up the way demo.js and the baseline
// do: 'plan-composer-init' when the library and the form are in, and
// 'plan-composer-interactive' when the first page's first text input is in
// the page and enabled. (Deferred scripts run in order before this module.)
const response = await fetch('survey.json');
const json = await response.json();
performance.mark('plan-composer-init');
const root = document.getElementById('app');
function usable() {
  const input = root.querySelector('.sd-page input[type="text"]');
  return input != null && !input.disabled && !input.readOnly;
}
function ready() {
  root.dataset.ready = 'true';
  performance.mark('plan-composer-interactive');
}
const seen = new MutationObserver(() => {
  if (usable()) { seen.disconnect(); ready(); }
});
seen.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ['disabled', 'readonly'] });
const survey = new Survey.Model(json);
window.survey = survey;
SurveyUI.renderSurvey(survey, root);
if (usable() && !root.dataset.ready) { seen.disconnect(); ready(); }

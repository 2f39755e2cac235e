// The element demo's host code: what a clinic's page would write.
const composer = document.getElementById('composer');
let changes = 0;
// The widget's events are composed and bubble: the document hears them.
document.addEventListener('plan-composer-change', () => {
  changes += 1;
  const plan = JSON.parse(composer.planJson());
  document.getElementById('demo-changes').textContent =
    `${changes} change(s); the plan has ${plan.goals.length} goal(s)`;
});
// Changing the lang attribute shows the widget in that language, plan kept.
document.getElementById('demo-lang').addEventListener('change', (event) => {
  composer.setAttribute('lang', event.target.value);
});
composer.ready.then(() => { composer.dataset.ready = 'true'; }, () => {});

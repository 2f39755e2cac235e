// The educator page's host code: it reads a case from this site and hands
// it to the widget, which opens it read-only (openCase).
const composer = document.getElementById('composer');
document.getElementById('demo-case').addEventListener('change', async (event) => {
  const response = await fetch(event.target.value);
  try {
    composer.openCase(await response.text());
  } catch (problems) {
    console.warn('case not opened', problems);
  }
});
document.getElementById('demo-lang').addEventListener('change', (event) => {
  composer.setAttribute('lang', event.target.value);
});
composer.ready.then(() => { composer.dataset.ready = 'true'; }, () => {});

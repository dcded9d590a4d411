// The Camunda webapps, made a little more accessible through their supported customisation (a custom script):
// their pages are German, so they say so (lang="de"), and icon-only buttons and links get a German name
// from their title or, failing that, from what they do.
const NAMES = [
  ['.glyphicon-ok', 'Übernehmen'],
  ['.glyphicon-remove', 'Abbrechen'],
  ['.glyphicon-pencil', 'Bearbeiten'],
  ['.glyphicon-plus', 'Hinzufügen'],
  ['.glyphicon-trash', 'Löschen'],
  ['.glyphicon-search', 'Suchen'],
  ['.glyphicon-refresh', 'Aktualisieren'],
  ['.glyphicon-chevron-left', 'Zurück'],
  ['.glyphicon-chevron-right', 'Weiter'],
  ['.glyphicon-menu-left', 'Zurück'],
  ['.glyphicon-menu-right', 'Weiter'],
  ['.glyphicon-resize-full', 'Vergrößern'],
  ['.glyphicon-resize-small', 'Verkleinern'],
  ['.glyphicon-link', 'Link'],
  ['.glyphicon-floppy-disk', 'Speichern'],
  ['.glyphicon-sort', 'Sortieren'],
  ['.glyphicon-menu-hamburger', 'Menü'],
  ['.caret', 'Auswahl öffnen']
];

// Tasklist's buttons that fold its three columns in and out, and the sorting menu
const REGIONS = { filters: 'Filter ein- oder ausblenden', list: 'Aufgabenliste ein- oder ausblenden', task: 'Aufgabe ein- oder ausblenden' };
const BY_SELECTOR = [['.new-sort > .dropdown-toggle', 'Sortierung hinzufügen']];

function named(element) {
  return (element.textContent || '').trim() !== '' || element.getAttribute('aria-label') || element.getAttribute('aria-labelledby');
}

function label(root) {
  document.documentElement.lang = 'de';
  root.querySelectorAll('button, a[href], [role="button"], .dropdown-toggle').forEach(element => {
    if (named(element)) {
      return;
    }
    const title = element.getAttribute('title') || element.getAttribute('tooltip') || element.getAttribute('uib-tooltip');
    if (title && title.trim()) {
      element.setAttribute('aria-label', title.trim());
      return;
    }
    const region = element.getAttribute('data-region');
    if (region && REGIONS[region]) {
      element.setAttribute('aria-label', REGIONS[region]);
      return;
    }
    const own = BY_SELECTOR.find(([selector]) => element.matches(selector));
    if (own) {
      element.setAttribute('aria-label', own[1]);
      return;
    }
    const match = NAMES.find(([selector]) => element.querySelector(selector));
    if (match) {
      element.setAttribute('aria-label', match[1]);
    }
  });
}

label(document);
let pending = false;
new MutationObserver(() => {
  if (!pending) {
    pending = true;
    requestAnimationFrame(() => {
      pending = false;
      label(document);
    });
  }
}).observe(document.documentElement, { childList: true, subtree: true });

export default [];

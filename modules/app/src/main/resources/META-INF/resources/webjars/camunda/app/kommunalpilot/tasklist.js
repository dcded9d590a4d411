// Tasklist and the app's pages link to each other: the header lists the app's pages the user may open,
// every task card links to its case page, and Tasklist opens sorted by due date („Prozess starten“ is left
// out per user on the server: TasklistPluginExclusion). What to show comes from the server (/tasklist/...), which
// answers for the signed-in session only.
const appRoot = document.querySelector('base').getAttribute('app-root') || '/camunda';
const root = appRoot.replace(/\/camunda\/?$/, '');

function json(path) {
  return fetch(root + path, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
    .then(response => (response.status === 200 ? response.json() : null))
    .catch(() => null);
}

function link(path, text, className) {
  const a = document.createElement('a');
  a.href = root + path;
  a.textContent = text;
  a.className = className;
  return a;
}

// the list is sorted by due date (the earliest first) unless the user chose another order
if (!/[?&]sorting=/.test(window.location.hash)) {
  const sorting = 'sorting=' + encodeURIComponent(JSON.stringify([{ sortBy: 'dueDate', sortOrder: 'asc' }]));
  const hash = window.location.hash || '#/';
  window.location.replace(hash + (hash.includes('?') ? '&' : (hash.endsWith('/') ? '?' : '/?')) + sorting);
}

const navigation = json('/tasklist/navigation');
navigation.then(answer => {
  if (answer && !answer.cockpit) {
    document.body.classList.add('kp-no-cockpit');
  }
});

export default [
  {
    id: 'kommunalpilot-pages',
    pluginPoint: 'tasklist.navbar.action',
    priority: 200,
    render(node) {
      node.classList.add('kp-pages');
      navigation.then(answer => {
        (answer ? answer.links : []).forEach(entry => node.appendChild(link(entry.path, entry.label, 'kp-page-link')));
      });
    }
  },
  {
    id: 'kommunalpilot-case-link',
    pluginPoint: 'tasklist.card',
    priority: 200,
    render(node, { taskId }) {
      json('/tasklist/aufgaben/' + encodeURIComponent(taskId) + '/vorgang').then(found => {
        if (found) {
          const a = link(found.path, found.kind + ' ' + found.reference + ' öffnen', 'kp-case-link');
          a.addEventListener('click', event => event.stopPropagation());
          // above the card's details, which stay collapsed until the user opens them
          const details = node.closest('.task-card-details');
          (details ? details.parentNode : node).insertBefore(a, details);
        }
      });
    }
  },
  {
    id: 'kommunalpilot-case',
    pluginPoint: 'tasklist.task.detail',
    priority: 50,
    label: 'Vorgang',
    render(node, { taskId }) {
      json('/tasklist/aufgaben/' + encodeURIComponent(taskId) + '/vorgang').then(found => {
        const p = document.createElement('p');
        p.className = 'kp-case';
        if (found) {
          p.appendChild(document.createTextNode(found.kind + ' ' + found.reference + ': '));
          p.appendChild(link(found.path, 'Seite des Vorgangs öffnen', 'kp-case-link'));
        }
        else {
          p.textContent = 'Zu dieser Aufgabe gibt es keine eigene Seite.';
        }
        node.appendChild(p);
      });
    }
  }
];

// The municipality picker in Tasklist's forms: a form whose editable field „municipalityName“ sits next to a field
// „ags“ (the start form „Pilotvorhaben“) gets an ARIA combobox on the name, fed with the register's suggestions
// as the public forms are (/oeffentlich/kommunen/vorschlaege). Picking one fills in name and key; typed by hand, the
// server refuses a key that does not belong to the name (Pilots#check), and forms-de.js shows that at the field.
import { onSchema, inputOf } from './form-schemas.js';

const NAME = 'municipalityName';
const KEY = 'ags';
const SUGGESTIONS = '/oeffentlich/kommunen/vorschlaege?q=';
let counter = 0;

// form-js reads a typed value 300 ms later, from the field, and at once when the field loses the focus (Preact's
// „focusout“): each value is handed over at once, or the next field's change would draw the old one back first
function setValue(input, value) {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
}

function enhance(nameInput, keyInput) { // keyInput: finds the key's input when it is needed
  if (nameInput.kommunalpilotPicker) {
    return;
  }
  nameInput.kommunalpilotPicker = true;
  const id = 'kp-municipality-options-' + (++counter);
  const list = document.createElement('ul');
  list.id = id;
  list.className = 'kp-picker-options';
  list.setAttribute('role', 'listbox');
  list.setAttribute('aria-label', 'Passende Kommunen');
  list.hidden = true;
  const status = document.createElement('div');
  status.className = 'sr-only';
  status.setAttribute('role', 'status');
  // at the end of the field, as form-js's own messages are (form-js keeps the nodes before it), shown under the input
  const field = nameInput.closest('.fjs-form-field') || nameInput.parentElement;
  field.classList.add('kp-picker');
  field.append(list, status);
  nameInput.setAttribute('role', 'combobox');
  nameInput.setAttribute('aria-autocomplete', 'list');
  nameInput.setAttribute('aria-expanded', 'false');
  nameInput.setAttribute('aria-controls', id);
  nameInput.setAttribute('autocomplete', 'off');

  let options = [];
  let active = -1;
  let timer = null;
  let asked = '';

  function close() {
    list.hidden = true;
    nameInput.setAttribute('aria-expanded', 'false');
    nameInput.removeAttribute('aria-activedescendant');
    active = -1;
  }

  function highlight(index) {
    active = index;
    [...list.children].forEach((item, i) => item.setAttribute('aria-selected', String(i === index)));
    if (index >= 0 && list.children[index]) {
      nameInput.setAttribute('aria-activedescendant', list.children[index].id);
      list.children[index].scrollIntoView({ block: 'nearest' });
    } else {
      nameInput.removeAttribute('aria-activedescendant');
    }
  }

  function pick(index) {
    const chosen = options[index];
    if (!chosen) {
      return;
    }
    asked = chosen.name;
    setValue(nameInput, chosen.name);
    const key = keyInput();
    if (key) {
      setValue(key, chosen.ags);
    }
    close();
    status.textContent = chosen.name + ' gewählt, Gemeindeschlüssel ' + chosen.ags + '.';
  }

  function show(found) {
    options = found;
    list.replaceChildren(...found.map((option, i) => {
      const item = document.createElement('li');
      item.id = id + '-' + i;
      item.setAttribute('role', 'option');
      item.setAttribute('aria-selected', 'false');
      const name = document.createElement('span');
      name.textContent = option.name;
      const detail = document.createElement('span');
      detail.className = 'kp-picker-detail';
      detail.textContent = ' · ' + [option.district, option.postcode, option.ags].filter(Boolean).join(' · ');
      item.append(name, detail);
      item.addEventListener('mousedown', event => {
        event.preventDefault(); // the field keeps the focus
        pick(i);
      });
      return item;
    }));
    if (!found.length) {
      const none = document.createElement('li');
      none.setAttribute('role', 'option');
      none.setAttribute('aria-disabled', 'true');
      none.textContent = 'Keine passende Kommune.';
      list.append(none);
    }
    list.style.top = (nameInput.getBoundingClientRect().bottom - field.getBoundingClientRect().top) + 'px';
    list.hidden = false;
    nameInput.setAttribute('aria-expanded', 'true');
    highlight(-1);
    status.textContent = found.length ? found.length + ' Vorschläge, mit den Pfeiltasten wählen.' : 'Keine passende Kommune.';
  }

  function ask() {
    const typed = nameInput.value.trim();
    if (typed === asked) {
      return;
    }
    asked = typed;
    if (typed.length < 2) {
      close();
      return;
    }
    fetch(SUGGESTIONS + encodeURIComponent(typed), { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(response => (response.ok ? response.json() : []))
      .catch(() => [])
      .then(found => {
        if (asked === typed && document.activeElement === nameInput) {
          show(found);
        }
      });
  }

  nameInput.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(ask, 250);
  });
  nameInput.addEventListener('keydown', event => {
    if (list.hidden && event.key === 'ArrowDown' && options.length) {
      event.preventDefault(); // the arrow opens the suggestions again, at the first one
      show(options);
      highlight(0);
      return;
    }
    if (list.hidden || !options.length) {
      return;
    }
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      highlight((active + step + options.length) % options.length);
    } else if (event.key === 'Enter' && active >= 0) {
      event.preventDefault();
      pick(active);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      close();
    }
  });
  nameInput.addEventListener('blur', close);
}

onSchema(schema => {
  const name = schema.fields[NAME];
  const key = schema.fields[KEY];
  if (!name || !key || name.disabled || name.readonly) {
    return;
  }
  const nameInput = inputOf(name.id);
  if (nameInput && inputOf(key.id)) {
    enhance(nameInput, () => inputOf(key.id));
  }
});

export default [];

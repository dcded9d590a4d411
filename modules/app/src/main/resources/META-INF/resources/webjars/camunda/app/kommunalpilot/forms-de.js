// The Camunda Forms in Tasklist (form-js) speak German: their validation messages and placeholders, the
// date picker (flatpickr) with German month and day names and the week starting on Monday, decimals with a
// comma, and a refusal from the server at the fields it names. form-js has no language setting, so what it
// renders is translated where it appears; a message it adds later is caught by the same observer.
import { inputOf, onRefusal } from './form-schemas.js';

const MESSAGES = [
  [/^Field is required\.$/, () => 'Bitte ausfüllen.'],
  [/^Field must have minimum value of (.+)\.$/, m => 'Mindestens ' + german(m[1]) + '.'],
  [/^Field must have maximum value of (.+)\.$/, m => 'Höchstens ' + german(m[1]) + '.'],
  [/^Field must have minimum length of (\d+)\.$/, m => 'Mindestens ' + m[1] + ' Zeichen.'],
  [/^Field must have maximum length of (\d+)\.$/, m => 'Höchstens ' + m[1] + ' Zeichen.'],
  [/^Field must match pattern .*$/, () => 'Bitte im vorgesehenen Format angeben.'],
  [/^Field must be a valid email\.$/, () => 'Bitte eine gültige E-Mail-Adresse angeben.'],
  [/^Field must be a valid\s+international phone number.*$/, () => 'Bitte eine Telefonnummer mit Ländervorwahl angeben (z. B. +49 711 1234567).'],
  [/^Value is not a number\.$/, () => 'Bitte eine Zahl angeben.']
];
const LABELS = { Increment: 'Erhöhen', Decrement: 'Verringern' };
const PLACEHOLDERS = { Select: 'Bitte wählen', Search: 'Suchen', 'dd.mm.yyyy': 'TT.MM.JJJJ', 'mm/dd/yyyy': 'TT.MM.JJJJ' };
const FLATPICKR_GERMAN = {
  weekdays: {
    shorthand: ['So', 'Mo', 'Di', 'Mi', 'Do', 'Fr', 'Sa'],
    longhand: ['Sonntag', 'Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag']
  },
  months: {
    shorthand: ['Jan', 'Feb', 'Mär', 'Apr', 'Mai', 'Jun', 'Jul', 'Aug', 'Sep', 'Okt', 'Nov', 'Dez'],
    longhand: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember']
  },
  firstDayOfWeek: 1,
  weekAbbreviation: 'KW',
  rangeSeparator: ' bis ',
  scrollTitle: 'Zum Ändern scrollen',
  toggleTitle: 'Zum Umschalten klicken',
  time_24hr: true
};

function german(number) {
  return String(number).replace('.', ',');
}

// the text nodes are changed in place: form-js (Preact) keeps them and would add its own again if replaced
function textNodes(element) {
  const nodes = [];
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    nodes.push(walker.currentNode);
  }
  return nodes;
}

function translateText(element) {
  textNodes(element).forEach(node => {
    const text = node.data.trim();
    for (const [pattern, german] of MESSAGES) {
      const match = text.match(pattern);
      if (match) {
        node.data = german(match);
        return;
      }
    }
  });
}

function translate(root) {
  root.querySelectorAll('.fjs-form-field-error li').forEach(translateText);
  root.querySelectorAll('.fjs-select-placeholder').forEach(element => {
    textNodes(element).forEach(node => {
      if (PLACEHOLDERS[node.data.trim()]) {
        node.data = PLACEHOLDERS[node.data.trim()];
      }
    });
  });
  root.querySelectorAll('.fjs-container input[placeholder], .fjs-container textarea[placeholder]').forEach(input => {
    const german = PLACEHOLDERS[input.getAttribute('placeholder')];
    if (german) {
      input.setAttribute('placeholder', german);
    }
  });
  root.querySelectorAll('.fjs-container [aria-label]').forEach(element => {
    const german = LABELS[element.getAttribute('aria-label')];
    if (german) {
      element.setAttribute('aria-label', german);
    }
  });
  germanDecimals(root);
  root.querySelectorAll('.fjs-container input').forEach(input => {
    const picker = input._flatpickr;
    if (picker && !picker.kommunalpilotGerman) {
      picker.kommunalpilotGerman = true;
      picker.set('locale', FLATPICKR_GERMAN);
    }
  });
}

// form-js accepts „3,5“ but shows what it keeps, „3.5“, and writes it into the field at every render. Each
// number field shows the comma instead: its value setter writes the German form (and leaves the field alone
// when that is what it shows, so the caret stays); form-js reads „3,5“ back as 3.5 itself.
const nativeValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value');

function germanDecimals(root) {
  root.querySelectorAll('.fjs-form-field-number input.fjs-input').forEach(input => {
    if (input.kommunalpilotGerman) {
      return;
    }
    input.kommunalpilotGerman = true;
    Object.defineProperty(input, 'value', {
      configurable: true,
      get() {
        return nativeValue.get.call(this);
      },
      set(value) {
        const german = value == null ? '' : String(value).replace('.', ',');
        if (german !== nativeValue.get.call(this)) {
          nativeValue.set.call(this, german);
        }
      }
    });
    input.value = nativeValue.get.call(input);
  });
}

// A refusal of the server shows at the fields it names, as form-js shows its own messages — for task and start
// forms alike; Tasklist's notification keeps the whole message.
onRefusal((schema, errors) => {
  document.querySelectorAll('.kp-server-error').forEach(note => note.remove());
  Object.entries(errors).forEach(([key, message]) => {
    const input = schema.fields[key] && inputOf(schema.fields[key].id);
    const field = input && input.closest('.fjs-form-field');
    if (!field) {
      return;
    }
    const note = document.createElement('div');
    note.className = 'fjs-form-field-error kp-server-error';
    note.id = input.id + '-server-error';
    note.setAttribute('role', 'alert');
    note.textContent = message;
    field.appendChild(note);
    input.setAttribute('aria-describedby', ((input.getAttribute('aria-describedby') || '') + ' ' + note.id).trim());
    ['input', 'change'].forEach(type => field.addEventListener(type, () => note.remove(), { once: true }));
  });
});

let scheduled = false;
new MutationObserver(() => {
  if (!scheduled) {
    scheduled = true;
    requestAnimationFrame(() => {
      scheduled = false;
      translate(document);
    });
  }
}).observe(document.documentElement, { childList: true, subtree: true, characterData: true, attributes: true,
  attributeFilter: ['placeholder'] });

export default [];

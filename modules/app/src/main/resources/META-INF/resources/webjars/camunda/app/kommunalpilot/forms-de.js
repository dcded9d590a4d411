// The Camunda Forms in Tasklist (form-js) speak German: their validation messages and placeholders, and the
// date picker (flatpickr) with German month and day names and the week starting on Monday. form-js has no
// language setting, so what it renders is translated where it appears; a message it adds later is caught
// by the same observer.
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
  root.querySelectorAll('.fjs-container input').forEach(input => {
    const picker = input._flatpickr;
    if (picker && !picker.kommunalpilotGerman) {
      picker.kommunalpilotGerman = true;
      picker.set('locale', FLATPICKR_GERMAN);
    }
  });
}

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

// Kommunalpilot: the webapps speak German, carry the product name and send sign-in to the one login page.
export default {
  app: {
    name: 'Aufgaben',
    vendor: 'Kommunalpilot'
  },
  locales: {
    availableLocales: ['de'],
    fallbackLocale: 'de'
  },
  dateFormat: {
    normal: 'DD.MM.YYYY HH:mm',
    long: 'dddd, D. MMMM YYYY HH:mm'
  },
  customScripts: ['scripts/kommunalpilot-sso'],
  disableWelcomeMessage: true,
  shortcuts: {
    claimTask: { key: 'ctrl+alt+c', description: 'Aufgabe übernehmen' },
    focusFilter: { key: 'ctrl+shift+f', description: 'Fokus auf den ersten Filter' },
    focusList: { key: 'ctrl+alt+l', description: 'Fokus auf die erste Aufgabe der Liste' },
    focusForm: { key: 'ctrl+alt+f', description: 'Fokus auf das erste Feld des Formulars' },
    startProcess: { key: 'ctrl+alt+p', description: 'Dialog „Prozess starten“ öffnen' }
  }
};

// Kommunalpilot: the webapps speak German, carry the product name and send sign-in to the one login page.
export default {
  app: {
    name: 'Administration',
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

};

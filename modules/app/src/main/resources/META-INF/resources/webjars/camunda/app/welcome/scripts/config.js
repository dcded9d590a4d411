// Kommunalpilot: the webapps speak German, carry the product name and send sign-in to the one login page.
export default {
  app: {
    name: 'Start',
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
  links: [
    { label: 'Kommunalpilot', href: '../../../../', description: 'Startseite von Kommunalpilot' }
  ]
};

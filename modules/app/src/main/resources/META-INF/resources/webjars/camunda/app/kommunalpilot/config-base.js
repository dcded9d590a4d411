// Settings shared by all Camunda webapps of Kommunalpilot: German only, German date formats, the product
// name, and sign-in through the one login page (sso.js). Each app's scripts/config.js adds its own name.
// the pages are German from the first moment the configuration is read (accessibility.js keeps it so)
document.documentElement.lang = 'de';

export default {
  locales: {
    availableLocales: ['de'],
    fallbackLocale: 'de'
  },
  dateFormat: {
    normal: 'DD.MM.YYYY HH:mm',
    long: 'dddd, D. MMMM YYYY HH:mm'
  },
  customScripts: ['../kommunalpilot/sso', '../kommunalpilot/accessibility']
};

export function appName(name) {
  return { name, vendor: 'Kommunalpilot' };
}

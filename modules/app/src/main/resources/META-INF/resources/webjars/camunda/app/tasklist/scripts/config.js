import base, { appName } from '../../kommunalpilot/config-base.js';

export default {
  ...base,
  app: appName('Aufgaben'),
  disableWelcomeMessage: true,
  customScripts: [...base.customScripts, '../kommunalpilot/tasklist', '../kommunalpilot/forms-de', '../kommunalpilot/municipality-picker'],
  shortcuts: {
    claimTask: { key: 'ctrl+alt+c', description: 'Aufgabe übernehmen' },
    focusFilter: { key: 'ctrl+shift+f', description: 'Fokus auf den ersten Filter' },
    focusList: { key: 'ctrl+alt+l', description: 'Fokus auf die erste Aufgabe der Liste' },
    focusForm: { key: 'ctrl+alt+f', description: 'Fokus auf das erste Feld des Formulars' },
    startProcess: { key: 'ctrl+alt+p', description: 'Dialog „Prozess starten“ öffnen' }
  }
};

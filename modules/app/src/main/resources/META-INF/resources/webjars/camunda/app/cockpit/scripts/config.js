import base, { appName } from '../../kommunalpilot/config-base.js';

export default {
  ...base,
  app: appName('Cockpit'),
  skipCustomListeners: { default: true, hidden: false },
  skipIoMappings: { default: true, hidden: false }
};

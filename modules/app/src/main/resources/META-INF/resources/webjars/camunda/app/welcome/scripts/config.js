import base, { appName } from '../../kommunalpilot/config-base.js';

export default {
  ...base,
  app: appName('Start'),
  links: [
    { label: 'Kommunalpilot', href: '../../../../', description: 'Startseite von Kommunalpilot' }
  ]
};

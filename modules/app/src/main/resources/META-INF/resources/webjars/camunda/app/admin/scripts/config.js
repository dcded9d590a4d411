import base, { appName } from '../../kommunalpilot/config-base.js';

export default {
  ...base,
  app: appName('Administration')
};

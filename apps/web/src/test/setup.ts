import { initI18n } from '../lib/i18n';

// React's act() warnings are meant for test environments like this one.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

initI18n('en');

/**
 * The Swedish words for the cycle's steps and transitions, one table each. The API's messages read
 * them, and so does the web app, through its `@samverkan/cycle-labels` alias: these files import
 * nothing, so the browser bundle takes only the words.
 */
export { STEP_LABEL_SV } from './step-names.js';
export { TRANSITION_LABEL_SV } from './transition-kinds.js';

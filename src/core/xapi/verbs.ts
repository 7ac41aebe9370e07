// The verbs the app uses: ADL's (http://adlnet.gov/expapi/verbs/), which every LRS and
// reporting tool knows, and one for the certificate. ADL has no verb for receiving a
// certificate; "earned" from the xAPI vocabulary registry (http://id.tincanapi.com/verb/earned,
// "the actor achieved something, such as a badge or a certificate") is the common choice.
import type { Verb } from './statement';

const adl = (word: string): Verb => ({ id: `http://adlnet.gov/expapi/verbs/${word}`, display: { en: word } });

export const VERBS = {
  experienced: adl('experienced'),
  completed: adl('completed'),
  answered: adl('answered'),
  attempted: adl('attempted'),
  passed: adl('passed'),
  failed: adl('failed'),
  earned: { id: 'http://id.tincanapi.com/verb/earned', display: { en: 'earned' } },
} as const satisfies Record<string, Verb>;

/** Activity types: ADL's for course, module, lesson, assessment and question. */
export const ACTIVITY_TYPES = {
  course: 'http://adlnet.gov/expapi/activities/course',
  module: 'http://adlnet.gov/expapi/activities/module',
  lesson: 'http://adlnet.gov/expapi/activities/lesson',
  assessment: 'http://adlnet.gov/expapi/activities/assessment',
  question: 'http://adlnet.gov/expapi/activities/cmi.interaction',
  certificate: 'https://w3id.org/xapi/tla/activity-types/credential',
} as const;

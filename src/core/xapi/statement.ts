// The xAPI 1.0.3 statement as this app writes it, and a schema that checks its shape before it
// enters the outbox or a progress file: the parts an LRS validates (UUID id, actor as an
// account, verb and activity IRIs, language maps, result, context) and size bounds, so a
// hostile progress file cannot smuggle anything else into the outbox of a trainer's PC.
import { z } from 'zod';

export const XAPI_VERSION = '1.0.3';

/** A language map: one text per RFC 5646 tag ("en", "fr"). */
const languageMap = z.record(z.string().regex(/^[a-zA-Z]{2,8}(?:-[a-zA-Z0-9]{1,8})*$/), z.string().max(2000));
const iri = z.string().max(2000).regex(/^[a-z][a-z0-9+.-]*:\S+$/i, 'must be an IRI');
export const uuidSchema = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);

export const INTERACTION_TYPES = ['true-false', 'choice', 'fill-in', 'long-fill-in', 'matching', 'performance', 'sequencing', 'likert', 'numeric', 'other'] as const;
export type InteractionType = (typeof INTERACTION_TYPES)[number];

const component = z.strictObject({ id: z.string().min(1).max(200), description: languageMap.optional() });

const activityDefinition = z.strictObject({
  type: iri.optional(),
  name: languageMap.optional(),
  interactionType: z.enum(INTERACTION_TYPES).optional(),
  correctResponsesPattern: z.array(z.string().max(4000)).max(20).optional(),
  choices: z.array(component).max(100).optional(),
  source: z.array(component).max(100).optional(),
  target: z.array(component).max(100).optional(),
  steps: z.array(component).max(100).optional(),
});

export const activitySchema = z.strictObject({ objectType: z.literal('Activity'), id: iri, definition: activityDefinition.optional() });
export type Activity = z.infer<typeof activitySchema>;

export const actorSchema = z.strictObject({
  objectType: z.literal('Agent'),
  account: z.strictObject({ homePage: iri, name: z.string().min(1).max(200) }),
});
export type Actor = z.infer<typeof actorSchema>;

export const verbSchema = z.strictObject({ id: iri, display: languageMap });
export type Verb = z.infer<typeof verbSchema>;

/** ISO 8601 duration as xAPI writes it (PT1H2M3.5S). */
export const durationSchema = z.string().regex(/^P(?:\d+D)?(?:T(?:\d+H)?(?:\d+M)?(?:\d+(?:\.\d{1,2})?S)?)?$/);

const resultSchema = z.strictObject({
  score: z.strictObject({ scaled: z.number().min(-1).max(1), raw: z.number().optional(), min: z.number().optional(), max: z.number().optional() }).optional(),
  success: z.boolean().optional(),
  completion: z.boolean().optional(),
  response: z.string().max(4000).optional(),
  duration: durationSchema.optional(),
});

const contextSchema = z.strictObject({
  registration: uuidSchema.optional(),
  language: z.string().regex(/^[a-zA-Z]{2,8}(?:-[a-zA-Z0-9]{1,8})*$/).optional(),
  platform: z.string().max(200).optional(),
  contextActivities: z
    .strictObject({
      parent: z.array(activitySchema).max(10).optional(),
      grouping: z.array(activitySchema).max(10).optional(),
      category: z.array(activitySchema).max(10).optional(),
    })
    .optional(),
});

export const statementSchema = z.strictObject({
  id: uuidSchema,
  actor: actorSchema,
  verb: verbSchema,
  object: activitySchema,
  result: resultSchema.optional(),
  context: contextSchema.optional(),
  timestamp: z.iso.datetime(),
});
export type Statement = z.infer<typeof statementSchema>;

/**
 * JSON schemas shared by routes: what a request must look like (validated; 422 otherwise) and
 * what an answer looks like (for the OpenAPI document; answers are written as built).
 */

export const TS_PATTERN = '^\\d{4}-\\d{2}-\\d{2}(T\\d{2}(:\\d{2}(:\\d{2})?)?)?$';
export const MAX_LIMIT = 500;
export const MAX_OFFSET = 9499;
export const MAX_BATCH = 100;
export const MAX_EXCLUDED_IDS = 50;

export const stringList = { type: 'array', items: { type: 'string' } } as const;
const nullableTime = { type: ['string', 'null'], description: 'ISO 8601, to the second, no time zone' } as const;

export const errorResponse = {
  type: 'object',
  description: 'An error: a message, or for a request that does not fit the schema, a list of {type, loc, msg, input}',
  properties: { detail: {} },
  required: ['detail'],
} as const;

export const statusResponse = { type: 'object', properties: { status: { type: 'string' } }, required: ['status'] } as const;

const entityFields = {
  id: { type: 'string' },
  caption: { type: 'string' },
  schema: { type: 'string' },
  properties: { type: 'object', additionalProperties: { type: 'array', items: {} } },
  datasets: stringList,
  referents: stringList,
  target: { type: 'boolean' },
  first_seen: nullableTime,
  last_seen: nullableTime,
  last_change: nullableTime,
} as const;

export const entityResponse = { type: 'object', properties: entityFields, required: ['id', 'caption', 'schema', 'properties'] } as const;

const words = { type: 'array', items: { type: 'string' } } as const;

export const explanations = {
  type: 'object',
  description: 'Features that fired: name → {detail, score, query?, candidate?, effect?, alignment?}. effect: what the feature added to ' +
    'the score (negative: took away); alignment (name features): the name parts that paired, how and with what weight, and those left over.',
  additionalProperties: {
    type: 'object',
    properties: {
      detail: { type: 'string' }, score: { type: 'number' }, query: { type: 'string' }, candidate: { type: 'string' }, effect: { type: 'number' },
      alignment: {
        type: 'object',
        properties: {
          pairs: {
            type: 'array',
            items: {
              type: 'object',
              properties: { query: words, candidate: words, how: { type: 'string' }, similarity: { type: 'number' }, weight: { type: 'number' } },
            },
          },
          query_only: words,
          list_only: words,
        },
      },
    },
  },
} as const;

export const scoredEntityResponse = {
  type: 'object',
  properties: {
    ...entityFields,
    score: { type: 'number' },
    match: { type: 'boolean' },
    features: { type: 'object', additionalProperties: { type: 'number' } },
    explanations,
  },
  required: ['id', 'caption', 'schema', 'properties', 'score', 'match'],
} as const;

export const totalSpec = {
  type: 'object',
  properties: { value: { type: 'integer' }, relation: { type: 'string', enum: ['eq', 'gte'] } },
} as const;

/** A query by example: `properties` values may be a string or a list of strings. */
export const entityExample = {
  type: 'object',
  required: ['schema', 'properties'],
  properties: {
    id: { type: ['string', 'null'] },
    schema: { type: 'string' },
    properties: {
      type: 'object',
      additionalProperties: {
        anyOf: [{ type: 'string' }, { type: 'number' }, { type: 'null' }, { type: 'array', items: { type: ['string', 'number', 'null'] } }],
      },
    },
  },
} as const;

export const datasetParams = {
  type: 'object',
  properties: { dataset: { type: 'string', description: 'A dataset name, or a collection: default, sanctions' } },
  required: ['dataset'],
} as const;

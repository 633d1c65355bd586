import { defaultAndPrune, makeValidator, toJsonSchema, validateMeta } from './schema';

const schema = {
  type: 'object',
  properties: {
    apiVersion: { type: 'string' },
    kind: { type: 'string' },
    metadata: { type: 'object' },
    spec: {
      type: 'object',
      nullable: true,
      required: ['flag'],
      properties: {
        flag: { type: 'boolean', default: false },
        level: { type: 'string', enum: ['info', 'debug'] },
        count: { type: 'integer', minimum: 1 },
        port: { 'x-kubernetes-int-or-string': true },
        free: {
          type: 'object',
          'x-kubernetes-preserve-unknown-fields': true,
          properties: { known: { type: 'string', default: 'k' } },
        },
        map: { type: 'object', additionalProperties: { type: 'string' } },
        items: {
          type: 'array',
          items: { type: 'object', properties: { name: { type: 'string' } } },
        },
      },
    },
  },
};

describe('toJsonSchema', () => {
  it('translates nullable, int-or-string and drops x-kubernetes-* and defaults', () => {
    expect(
      toJsonSchema({
        type: 'string',
        nullable: true,
        default: 'a',
        'x-kubernetes-list-type': 'set',
      }),
    ).toEqual({
      type: ['string', 'null'],
    });
    expect(toJsonSchema({ 'x-kubernetes-int-or-string': true })).toEqual({
      anyOf: [{ type: 'integer' }, { type: 'string' }],
    });
  });
});

describe('defaultAndPrune', () => {
  it('applies defaults, prunes unknown fields, keeps preserved and additionalProperties maps', () => {
    const obj: Record<string, unknown> = {
      apiVersion: 'x/v1',
      kind: 'X',
      metadata: { name: 'a', anything: 1 },
      top: 1,
      spec: {
        extra: 1,
        free: { any: { thing: 1 } },
        map: { k: 'v' },
        items: [{ name: 'n', junk: 2 }],
      },
    };
    const pruned = defaultAndPrune(schema, obj);
    expect(pruned.sort()).toEqual(['spec.extra', 'spec.items[0].junk', 'top']);
    expect(obj).toEqual({
      apiVersion: 'x/v1',
      kind: 'X',
      metadata: { name: 'a', anything: 1 },
      spec: {
        flag: false,
        free: { any: { thing: 1 }, known: 'k' },
        map: { k: 'v' },
        items: [{ name: 'n' }],
      },
    });
  });
});

describe('makeValidator', () => {
  const v = makeValidator(schema);
  it.each([
    [{ flag: true }, []],
    [null, []],
    [
      { flag: 'yes' },
      ['spec.flag: Invalid value: "string": spec.flag in body must be of type boolean: "string"'],
    ],
    [
      { level: 'loud' },
      ['spec.level: Unsupported value: "loud": supported values: "info", "debug"'],
    ],
    [{ count: 0 }, ['spec.count: Invalid value: 0: spec.count in body must be >= 1']],
    [{ port: 8080 }, []],
    [{ port: 'http' }, []],
    [
      { port: true },
      [
        'spec.port: Invalid value: "boolean": spec.port in body must be of type integer: "boolean"',
        'spec.port: Invalid value: "boolean": spec.port in body must be of type string: "boolean"',
      ],
    ],
  ])('spec %j => %j', (spec, messages) => {
    const { causes } = v.check({
      apiVersion: 'x/v1',
      kind: 'X',
      metadata: { name: 'a' },
      spec,
    });
    expect(causes.map((c) => `${c.field ?? ''}: ${c.message}`)).toEqual(messages);
  });
});

describe('validateMeta', () => {
  it.each([
    [{ name: 'ok-name.example' }, []],
    [{ name: 'Bad' }, ['metadata.name']],
    [{ name: '' }, ['metadata.name']],
    [{ name: 'a'.repeat(254) }, ['metadata.name']],
    [{ name: 'a', labels: { 'example.com/key': 'v-1_2.3', plain: '' } }, []],
    [{ name: 'a', labels: { 'Bad_Prefix/key': 'v' } }, ['metadata.labels']],
    [{ name: 'a', labels: { key: '-bad' } }, ['metadata.labels']],
    [{ name: 'a', labels: { ['k'.repeat(64)]: 'v' } }, ['metadata.labels']],
  ])('%j => %j', (meta, fields) => {
    expect(validateMeta(meta).map((c) => c.field)).toEqual(fields);
  });
});

import { consoleErrorMessage, unescapeGoUnicode } from './http';

/** The messages console-shared/src/utils/console-fetch-utils.ts `validateStatus` gives. */
describe('consoleErrorMessage', () => {
  const JSON_TYPE = 'application/json';
  const invalid = {
    kind: 'Status',
    code: 422,
    reason: 'Invalid',
    message:
      'KataConfig.kataconfiguration.openshift.io "x" is invalid: spec.checkNodeEligibility: Invalid value: "string": must be boolean',
    details: {
      causes: [
        {
          reason: 'FieldValueTypeInvalid',
          message: 'Invalid value: "string": must be boolean',
          field: 'spec.checkNodeEligibility',
        },
      ],
    },
  };

  it('rewrites the message from the first cause, dropping the Status message', () => {
    expect(consoleErrorMessage(422, 'Unprocessable Entity', JSON_TYPE, invalid)).toBe(
      'Error "Invalid value: "string": must be boolean" for field "spec.checkNodeEligibility".',
    );
  });

  it('uses the Status message without causes, then `error`, then the status text', () => {
    expect(
      consoleErrorMessage(409, 'Conflict', JSON_TYPE, { message: 'the object has been modified' }),
    ).toBe('the object has been modified');
    expect(consoleErrorMessage(500, 'Internal Server Error', JSON_TYPE, { error: 'boom' })).toBe(
      'boom',
    );
    expect(consoleErrorMessage(500, 'Internal Server Error', JSON_TYPE, {})).toBe(
      'Internal Server Error',
    );
  });

  it('gives 403 its Status message (causes ignored) or the console default', () => {
    expect(
      consoleErrorMessage(403, 'Forbidden', JSON_TYPE, {
        message: 'kataconfigs is forbidden',
        details: { causes: [{ message: 'x', field: 'y' }] },
      }),
    ).toBe('kataconfigs is forbidden');
    expect(consoleErrorMessage(403, 'Forbidden', JSON_TYPE, {})).toBe(
      'Access denied due to cluster policy.',
    );
  });

  it('uses the status text when the body is not JSON', () => {
    expect(consoleErrorMessage(502, 'Bad Gateway', 'text/html', undefined)).toBe('Bad Gateway');
    expect(consoleErrorMessage(503, 'Service Unavailable', null, { message: 'x' })).toBe(
      'Service Unavailable',
    );
  });

  it('turns Go unicode escapes back into characters', () => {
    expect(unescapeGoUnicode('ノード \\u30ce \\U0001F600')).toBe('ノード ノ 😀');
    expect(consoleErrorMessage(400, 'Bad Request', JSON_TYPE, { message: 'a \\u00e9' })).toBe(
      'a é',
    );
  });
});

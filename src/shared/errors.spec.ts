import { isAlreadyExists, isConflict, toApiError } from './errors';

describe('toApiError', () => {
  it('reads the API server Status body of an HttpError', () => {
    const err = Object.assign(new Error('Conflict'), {
      code: 409,
      json: {
        kind: 'Status',
        code: 409,
        reason: 'Conflict',
        message:
          'Operation cannot be fulfilled on kataconfigs "example": the object has been modified',
      },
    });
    const e = toApiError(err);
    expect(e).toMatchObject({ code: 409, reason: 'Conflict' });
    expect(e.message).toContain('the object has been modified');
    expect(isConflict(e)).toBe(true);
    expect(isAlreadyExists(e)).toBe(false);
  });

  it('keeps the field causes of a 422', () => {
    const e = toApiError({
      code: 422,
      json: {
        reason: 'Invalid',
        message: 'KataConfig "x" is invalid',
        details: { causes: [{ field: 'spec.checkNodeEligibility', message: 'must be boolean' }] },
      },
    });
    expect(e.causes).toEqual([
      { field: 'spec.checkNodeEligibility', message: 'must be boolean', reason: undefined },
    ]);
  });

  it('tells AlreadyExists apart from a resourceVersion conflict', () => {
    expect(isAlreadyExists(toApiError({ code: 409, json: { reason: 'AlreadyExists' } }))).toBe(
      true,
    );
  });

  it('handles network failures and non-errors', () => {
    expect(toApiError(new TypeError('Failed to fetch'))).toEqual({
      code: undefined,
      message: 'Failed to fetch',
      reason: undefined,
      causes: [],
    });
    expect(toApiError('boom').message).toBe('boom');
  });
});

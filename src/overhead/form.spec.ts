import { checkPodCount, checkQuantity } from './form';

describe('checkQuantity', () => {
  it.each<[string, boolean, number | undefined, string | undefined]>([
    ['1Gi', false, 1024 ** 3, undefined],
    [' 250m ', true, 0.25, undefined],
    ['0', true, 0, undefined],
    ['', false, undefined, undefined],
    ['  ', false, undefined, undefined],
    ['', true, undefined, 'required'],
    ['1 GB', false, undefined, 'invalid'],
    ['1gb', true, undefined, 'invalid'],
    ['-1Gi', false, undefined, 'negative'],
  ])('%j (required %s)', (raw, required, value, error) => {
    expect(checkQuantity(raw, required)).toEqual({ value, error });
  });
});

describe('checkPodCount', () => {
  it.each<[string, number | undefined, string | undefined]>([
    ['1', 1, undefined],
    [' 10 ', 10, undefined],
    ['100000', 100000, undefined],
    ['', undefined, 'required'],
    ['0', undefined, 'notWholeNumber'],
    ['1.5', undefined, 'notWholeNumber'],
    ['-2', undefined, 'notWholeNumber'],
    ['abc', undefined, 'notWholeNumber'],
    ['100001', undefined, 'tooLarge'],
  ])('%j', (raw, value, error) => {
    expect(checkPodCount(raw)).toEqual({ value, error });
  });
});

import { expect } from 'vitest';
import { CardPhotoError } from '../../../src/core/photo/card-photo-error';

/** The CardPhotoError `build` throws; fails the test when it throws nothing or something else. */
export function photoErrorThrownBy(build: () => unknown): CardPhotoError {
  try {
    build();
  } catch (error) {
    expect(error).toBeInstanceOf(CardPhotoError);
    return error as CardPhotoError;
  }
  throw new Error('expected a CardPhotoError');
}

/** The CardPhotoError `promise` rejects with; fails the test when it resolves or rejects otherwise. */
export async function photoErrorRejectedBy(promise: Promise<unknown>): Promise<CardPhotoError> {
  const error: unknown = await promise.then(
    () => new Error('expected a rejection'),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CardPhotoError);
  return error as CardPhotoError;
}

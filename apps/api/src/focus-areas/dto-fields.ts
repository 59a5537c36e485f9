import { applyDecorators } from '@nestjs/common';
import { idHoldsPersonalIdentityNumber } from '@samverkan/shared-kernel';
import { IsIn, IsNumber, IsOptional, IsString, Matches, MaxLength, MinLength, ValidateBy } from 'class-validator';
import { DATE, DATE_MESSAGE, ID, ID_MESSAGE } from '../common/shapes.js';

/** Free text the domain will judge further (not blank, no personal identity number). */
export const Text = (max: number, options: { each?: boolean } = {}) =>
  applyDecorators(
    IsString({ ...options, message: '$property must be text' }),
    MinLength(1, { ...options, message: '$property must not be empty' }),
    MaxLength(max, { ...options, message: `$property must be at most ${max} characters` }),
  );

export const OptionalText = (max: number) => applyDecorators(IsOptional(), Text(max));

/** A calendar date; whether the day exists (and lies in the agreement's period) is the domain's rule. */
export const IsoDate = () => Matches(DATE, { message: DATE_MESSAGE });

export const OptionalIsoDate = () => applyDecorators(IsOptional(), IsoDate());

/** An id of something in the agreement or the focus area (a party, a cause, a goal); never a personnummer, since ids are kept in every event that names them. */
export const Id = () =>
  applyDecorators(
    Matches(ID, { message: ID_MESSAGE }),
    ValidateBy({
      name: 'noPersonalIdentityNumber',
      validator: {
        validate: (value: unknown) => typeof value !== 'string' || !idHoldsPersonalIdentityNumber(value),
        defaultMessage: () => '$property must not look like a personal identity number',
      },
    }),
  );

/** Aggregated indicators only: a finite number. */
export const FiniteNumber = () => IsNumber({ allowNaN: false, allowInfinity: false }, { message: '$property must be a number' });

export const OptionalFiniteNumber = () => applyDecorators(IsOptional(), FiniteNumber());

export const OneOf = (values: readonly string[]) => IsIn([...values], { message: `$property must be one of: ${values.join(', ')}` });

import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsInt, Matches, Min } from 'class-validator';
import { ID } from '../../../common/shapes.js';

const ITEMS_MAX = 200;

/** A list of ids of one kind of item of the earlier cycle: the ones to keep (an empty list drops them all). */
const Ids = (property: string) => (target: object, key: string) => {
  IsArray({ message: `${property} must be a list` })(target, key);
  ArrayMaxSize(ITEMS_MAX, { message: `${property} must be at most ${ITEMS_MAX}` })(target, key);
  Matches(ID, { each: true, message: `each of ${property} must be an id` })(target, key);
};

/** Ny cykel: what to keep of the cycle just ended; whatever is not named is dropped (and stays readable there). */
export class CarryWorkForwardRequestDto {
  @ApiProperty({ description: 'The cycle just ended, the one before the current cycle', example: 1, minimum: 1 })
  @IsInt({ message: 'fromCycle must be a whole number' })
  @Min(1, { message: 'fromCycle must be at least 1' })
  fromCycle!: number;

  @ApiProperty({ type: [String], maxItems: ITEMS_MAX, example: ['trygghetsmatningen-2024'] }) @Ids('sourceIds') sourceIds!: string[];

  @ApiProperty({ type: [String], maxItems: ITEMS_MAX, description: 'Causes to keep; the causes of kept measures come with them', example: [] })
  @Ids('causeIds')
  causeIds!: string[];

  @ApiProperty({ type: [String], maxItems: ITEMS_MAX, example: ['minskad-otrygghet'] }) @Ids('goalIds') goalIds!: string[];

  @ApiProperty({ type: [String], maxItems: ITEMS_MAX, description: 'Unfinished measures only; each with its goal', example: ['nattvandring'] })
  @Ids('measureIds')
  measureIds!: string[];
}

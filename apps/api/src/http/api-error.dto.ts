import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiResponse } from '@nestjs/swagger';
import type { ApiErrorBody } from './error.filter';

/** The one error shape of the API (see {@link ApiErrorBody}), as the OpenAPI document shows it. */
export class ApiErrorDto implements ApiErrorBody {
  @ApiProperty({ description: 'A stable code to branch on', example: 'invalid_request', pattern: '^[a-z][a-z0-9_]*$' })
  error!: string;

  @ApiProperty({ description: 'A sentence for people', example: 'reason is required' })
  message!: string;

  @ApiProperty({
    required: false,
    type: Object,
    additionalProperties: true,
    description: 'Facts for the caller: `fields` (each invalid field’s problem) for invalid_request, `available` for insufficient_credits',
    example: { fields: { reason: ['reason is required'] } },
  })
  details?: Record<string, unknown>;
}

/** What each error status means here, with the codes it carries (a route may say more of its own). */
const MEANING = {
  400: '`invalid_request`: a body field is not valid; `details.fields` gives each field’s problem',
  401: '`unauthorized`: no valid staff bearer token (ADMIN_TOKENS)',
  403: '`forbidden`: the token’s role is too small; this action needs the admin role',
  404: '`user_not_found`: no such user',
  409: '`insufficient_credits`: the change would take available credits below zero (`details.available`)',
  422: '`idempotency_key_reused`: this Idempotency-Key was already used with a different request',
  500: '`internal_error`: a failure on our side (logged; its cause is not returned)',
  502: '`provider_unavailable`: the payment provider (Stripe, Telegram) could not be reached or failed; recorded, try again',
  503: '`busy`: the account kept changing under concurrent commands; try again (with the same Idempotency-Key)',
} as const;

type ErrorStatus = keyof typeof MEANING;

/**
 * Documents these error statuses, each with the one error schema: a status alone takes its usual
 * meaning, `{ status, description }` says what it means on this route. Several descriptions of one
 * status (a route's and a decorator's) are joined.
 */
export const ApiErrorResponses = (...responses: (ErrorStatus | { status: ErrorStatus; description: string })[]) =>
  applyDecorators(
    ...responses.map((r) => {
      const { status, description } = typeof r === 'number' ? { status: r, description: MEANING[r] } : r;
      return ApiResponse({ status, description, type: ApiErrorDto });
    }),
  );

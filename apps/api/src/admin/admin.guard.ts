import { timingSafeEqual } from 'node:crypto';
import { APP_CONFIG } from '@app/infrastructure';
import type { AdminCredential, AdminRole, AppConfig } from '@app/infrastructure';
import {
  applyDecorators,
  CanActivate,
  ExecutionContext,
  ForbiddenException,
  Inject,
  Injectable,
  SetMetadata,
  UnauthorizedException,
  UseGuards,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiBearerAuth } from '@nestjs/swagger';
import type { Request } from 'express';
import { ApiErrorResponses } from '../http/api-error.dto';

export const REQUIRED_ROLE = 'admin:requiredRole';
/**
 * Marks a handler or a controller as needing a staff credential with this role (`admin` can do
 * what `support` can). Every credential has at least the support role, so only `admin` can be
 * refused with 403, and only then is the 403 documented.
 */
export const RequireRole = (role: AdminRole) =>
  applyDecorators(SetMetadata(REQUIRED_ROLE, role), ...(role === 'admin' ? [ApiErrorResponses(403)] : []));

/**
 * A controller for staff only: guarded by {@link AdminGuard}, documented with the bearer scheme and
 * the errors any of its routes can answer (401 without a valid token, 500).
 */
export const StaffOnly = () => applyDecorators(UseGuards(AdminGuard), ApiBearerAuth(), ApiErrorResponses(401, 500));

export interface AdminRequest extends Request {
  admin?: Omit<AdminCredential, 'token'>;
}

function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/**
 * Bearer tokens from ADMIN_TOKENS; the matching entry becomes the actor of the admin's events.
 * The role comes from the handler, else its controller, else `admin`: 401 without a valid token,
 * 403 with a token of too small a role.
 */
@Injectable()
export class AdminGuard implements CanActivate {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly reflector: Reflector,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    const required = this.reflector.getAllAndOverride<AdminRole | undefined>(REQUIRED_ROLE, [context.getHandler(), context.getClass()]) ?? 'admin';
    const request = context.switchToHttp().getRequest<AdminRequest>();
    const header = request.headers.authorization ?? '';
    const token = header.startsWith('Bearer ') ? header.slice(7).trim() : '';
    const credential = token ? (this.config.ADMIN_TOKENS ?? []).find((c) => sameSecret(c.token, token)) : undefined;
    if (!credential) throw new UnauthorizedException({ error: 'unauthorized', message: 'a valid staff bearer token (ADMIN_TOKENS) is required' });
    if (required === 'admin' && credential.role !== 'admin') {
      throw new ForbiddenException({ error: 'forbidden', message: `this action needs the ${required} role` });
    }
    request.admin = { id: credential.id, role: credential.role };
    return true;
  }
}

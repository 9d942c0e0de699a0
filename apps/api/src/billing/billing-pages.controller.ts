import { billingPageHtml } from '@app/texts';
import { Controller, Get, Header, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';

const languageOf = (lang?: string) => (lang?.toLowerCase().startsWith('ru') ? 'ru' : 'en');

/** The pages Stripe sends the user back to: what happened and what happens next, in their language. */
@ApiTags('billing')
@Controller('billing')
export class BillingPagesController {
  @Get('success')
  @Header('content-type', 'text/html; charset=utf-8')
  @Header('cache-control', 'no-store')
  @ApiOperation({ summary: 'After a paid Checkout: the payment is received, the credits appear in the bot in a moment' })
  @ApiQuery({ name: 'lang', required: false, description: '`en` (default) or `ru`' })
  @ApiQuery({ name: 'session_id', required: false, description: 'The Checkout Session (Stripe fills it in); not needed: credits come from the webhook' })
  @ApiProduces('text/html')
  @ApiOkResponse({ description: 'A small HTML page' })
  success(@Query('lang') lang?: string): string {
    return billingPageHtml(languageOf(lang), 'success');
  }

  @Get('cancel')
  @Header('content-type', 'text/html; charset=utf-8')
  @Header('cache-control', 'no-store')
  @ApiOperation({ summary: 'After a canceled Checkout: nothing was charged' })
  @ApiQuery({ name: 'lang', required: false, description: '`en` (default) or `ru`' })
  @ApiProduces('text/html')
  @ApiOkResponse({ description: 'A small HTML page' })
  cancel(@Query('lang') lang?: string): string {
    return billingPageHtml(languageOf(lang), 'cancel');
  }

  @Get('return')
  @Header('content-type', 'text/html; charset=utf-8')
  @Header('cache-control', 'no-store')
  @ApiOperation({ summary: 'Back from the Stripe Customer Portal: changes show in the bot in a moment' })
  @ApiQuery({ name: 'lang', required: false, description: '`en` (default) or `ru`' })
  @ApiProduces('text/html')
  @ApiOkResponse({ description: 'A small HTML page' })
  portalReturn(@Query('lang') lang?: string): string {
    return billingPageHtml(languageOf(lang), 'return');
  }
}

import {
  conversion,
  ConversionCommand,
  ConversionState,
  conversionStream,
  CreditLedgerCommand,
  creditLedger,
  CreditLedgerState,
  creditsStream,
  dailyCard,
  DailyCardState,
  dailyStream,
  DrawDailyCard,
  payment,
  PaymentCommand,
  PaymentState,
  paymentStream,
  ReadingCommand,
  ReadingState,
  readingStream,
  subscription,
  SubscriptionCommand,
  SubscriptionState,
  subscriptionStream,
  tarotReading,
  UserAccountCommand,
  userAccount,
  UserAccountState,
  userStream,
} from '@app/domain';
import { Inject, Injectable } from '@nestjs/common';
import { Command, CommandBus, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CommandContext } from '../event-store/envelope';
import { AggregateRunner, CommandOutcome } from '../event-store/aggregate-runner';

export const AGGREGATE_RUNNER = Symbol('AGGREGATE_RUNNER');

/*
 * One message class per aggregate, `<Aggregate>CommandMessage`, carrying that aggregate's domain
 * command and its context through the command bus to `<Aggregate>CommandHandler`, which runs the
 * decider on the command's stream. Callers use the `Commands` facade below, not these classes.
 */

/** A credit-ledger command (GrantCredits, ReserveCredits, ...) on its way through the command bus. */
export class CreditLedgerCommandMessage extends Command<CommandOutcome<CreditLedgerState>> {
  constructor(
    readonly command: CreditLedgerCommand,
    readonly context: CommandContext,
  ) {
    super();
  }
}

/** A user-account command (RegisterUser, ChangePreferences, ...) on its way through the command bus. */
export class UserAccountCommandMessage extends Command<CommandOutcome<UserAccountState>> {
  constructor(
    readonly command: UserAccountCommand,
    readonly context: CommandContext,
  ) {
    super();
  }
}

/** A tarot-reading command (RequestReading, RecordInterpretation, ...) on its way through the command bus. */
export class TarotReadingCommandMessage extends Command<CommandOutcome<ReadingState>> {
  constructor(
    readonly command: ReadingCommand,
    readonly context: CommandContext,
  ) {
    super();
  }
}

/** The daily-card command (DrawDailyCard) on its way through the command bus. */
export class DailyCardCommandMessage extends Command<CommandOutcome<DailyCardState>> {
  constructor(
    readonly command: DrawDailyCard,
    readonly context: CommandContext,
  ) {
    super();
  }
}

/** A conversion command (RequestConversion, QueueConversion, ...) on its way through the command bus. */
export class ConversionCommandMessage extends Command<CommandOutcome<ConversionState>> {
  constructor(
    readonly command: ConversionCommand,
    readonly context: CommandContext,
  ) {
    super();
  }
}

export class PaymentCommandMessage extends Command<CommandOutcome<PaymentState>> {
  constructor(
    readonly command: PaymentCommand,
    readonly context: CommandContext,
  ) {
    super();
  }
}

export class SubscriptionCommandMessage extends Command<CommandOutcome<SubscriptionState>> {
  constructor(
    readonly command: SubscriptionCommand,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(CreditLedgerCommandMessage)
export class CreditLedgerCommandHandler implements ICommandHandler<CreditLedgerCommandMessage> {
  constructor(@Inject(AGGREGATE_RUNNER) private readonly runner: AggregateRunner) {}
  execute({ command, context }: CreditLedgerCommandMessage) {
    return this.runner.execute(creditLedger, creditsStream(command.userId), command, context);
  }
}

@CommandHandler(UserAccountCommandMessage)
export class UserAccountCommandHandler implements ICommandHandler<UserAccountCommandMessage> {
  constructor(@Inject(AGGREGATE_RUNNER) private readonly runner: AggregateRunner) {}
  execute({ command, context }: UserAccountCommandMessage) {
    return this.runner.execute(userAccount, userStream(command.userId), command, context);
  }
}

@CommandHandler(TarotReadingCommandMessage)
export class TarotReadingCommandHandler implements ICommandHandler<TarotReadingCommandMessage> {
  constructor(@Inject(AGGREGATE_RUNNER) private readonly runner: AggregateRunner) {}
  execute({ command, context }: TarotReadingCommandMessage) {
    return this.runner.execute(tarotReading, readingStream(command.readingId), command, context);
  }
}

@CommandHandler(DailyCardCommandMessage)
export class DailyCardCommandHandler implements ICommandHandler<DailyCardCommandMessage> {
  constructor(@Inject(AGGREGATE_RUNNER) private readonly runner: AggregateRunner) {}
  execute({ command, context }: DailyCardCommandMessage) {
    return this.runner.execute(dailyCard, dailyStream(command.userId, command.day), command, context);
  }
}

@CommandHandler(ConversionCommandMessage)
export class ConversionCommandHandler implements ICommandHandler<ConversionCommandMessage> {
  constructor(@Inject(AGGREGATE_RUNNER) private readonly runner: AggregateRunner) {}
  execute({ command, context }: ConversionCommandMessage) {
    return this.runner.execute(conversion, conversionStream(command.conversionId), command, context);
  }
}

@CommandHandler(PaymentCommandMessage)
export class PaymentCommandHandler implements ICommandHandler<PaymentCommandMessage> {
  constructor(@Inject(AGGREGATE_RUNNER) private readonly runner: AggregateRunner) {}
  execute({ command, context }: PaymentCommandMessage) {
    return this.runner.execute(payment, paymentStream(command.paymentId), command, context);
  }
}

@CommandHandler(SubscriptionCommandMessage)
export class SubscriptionCommandHandler implements ICommandHandler<SubscriptionCommandMessage> {
  constructor(@Inject(AGGREGATE_RUNNER) private readonly runner: AggregateRunner) {}
  execute({ command, context }: SubscriptionCommandMessage) {
    return this.runner.execute(subscription, subscriptionStream(command.userId), command, context);
  }
}

/** Typed entry points over the command bus, so callers do not build message classes by hand. */
@Injectable()
export class Commands {
  constructor(private readonly bus: CommandBus) {}
  ledger(command: CreditLedgerCommand, context: CommandContext) {
    return this.bus.execute(new CreditLedgerCommandMessage(command, context));
  }
  userAccount(command: UserAccountCommand, context: CommandContext) {
    return this.bus.execute(new UserAccountCommandMessage(command, context));
  }
  tarotReading(command: ReadingCommand, context: CommandContext) {
    return this.bus.execute(new TarotReadingCommandMessage(command, context));
  }
  dailyCard(command: DrawDailyCard, context: CommandContext) {
    return this.bus.execute(new DailyCardCommandMessage(command, context));
  }
  conversion(command: ConversionCommand, context: CommandContext) {
    return this.bus.execute(new ConversionCommandMessage(command, context));
  }
  payment(command: PaymentCommand, context: CommandContext) {
    return this.bus.execute(new PaymentCommandMessage(command, context));
  }
  subscription(command: SubscriptionCommand, context: CommandContext) {
    return this.bus.execute(new SubscriptionCommandMessage(command, context));
  }
}

export const COMMAND_HANDLERS = [CreditLedgerCommandHandler, UserAccountCommandHandler, TarotReadingCommandHandler, DailyCardCommandHandler, ConversionCommandHandler, PaymentCommandHandler, SubscriptionCommandHandler];

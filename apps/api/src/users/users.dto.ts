import { ApiProperty } from '@nestjs/swagger';

export class LifetimeDto {
  @ApiProperty() granted!: number;
  @ApiProperty() purchased!: number;
  @ApiProperty() spent!: number;
  @ApiProperty() refunded!: number;
}

export class BalanceDto {
  @ApiProperty() userId!: string;
  @ApiProperty({ description: 'Credits the user can spend now' }) available!: number;
  @ApiProperty({ description: 'Credits held by open reservations' }) reserved!: number;
  @ApiProperty({ description: 'available + reserved' }) balance!: number;
  @ApiProperty({ type: LifetimeDto }) lifetime!: LifetimeDto;
  @ApiProperty({ description: 'Event-log position these figures include' }) asOfPosition!: number;
}

export class ActorDto {
  @ApiProperty({ enum: ['user', 'admin', 'system', 'stripe', 'telegram'] }) kind!: string;
  @ApiProperty() id!: string;
}

export class LedgerEntryDto {
  @ApiProperty({ description: 'Global position of the event in the log' }) position!: number;
  @ApiProperty() eventId!: string;
  @ApiProperty({ example: 'CreditsReserved' }) type!: string;
  @ApiProperty({ description: 'Change of available credits' }) amount!: number;
  @ApiProperty({ description: 'Change of owned credits' }) balanceChange!: number;
  @ApiProperty({ description: 'Grant key, payment, reservation or adjustment id' }) reference!: string;
  @ApiProperty({ description: 'Source, purpose or reason' }) detail!: string;
  @ApiProperty({ type: ActorDto }) actor!: ActorDto;
  @ApiProperty({ nullable: true, type: String }) reason!: string | null;
  @ApiProperty() occurredAt!: string;
}

/** Time enters the core only through this port, so every rule is a repeatable function of its inputs. */
export interface Clock {
  now(): Date;
}

/** Identifiers and secrets enter the core only through this port. */
export interface IdSource {
  uuid(): string;
}

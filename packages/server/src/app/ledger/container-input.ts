import { MissingInputError, type ContainerDetails, type Registrant } from '@chairside/domain';

/** A receipt as submitted: one shape for both products, the product's own fields optional. */
export interface ReceiptInput {
  readonly productKind: ContainerDetails['productKind'];
  readonly ndc: string;
  readonly lot: string;
  readonly expiryDate: string;
  readonly concentrationMgPerMl?: number | undefined;
  readonly volumeMl?: number | undefined;
  readonly mgPerDevice?: number | undefined;
  readonly quantity: number;
  readonly location: string;
  readonly supplier: Registrant;
  readonly invoiceNumber: string;
  readonly invoiceDate: string;
}

function required(value: number | undefined, field: string, label: string): number {
  if (value === undefined) {
    throw MissingInputError.forField(field, `${label} is required`);
  }
  return value;
}

/** The domain's container details; a vial needs concentration and volume, a device its mg per device. */
export function toContainerDetails(input: ReceiptInput): ContainerDetails {
  const { concentrationMgPerMl, volumeMl, mgPerDevice, productKind, ...common } = input;
  const trimmed = { ...common, ndc: common.ndc.trim(), lot: common.lot.trim(), location: common.location.trim() };
  if (productKind === 'ketamine-hcl-vial') {
    return {
      ...trimmed,
      productKind,
      concentrationMgPerMl: required(concentrationMgPerMl, 'concentrationMgPerMl', 'The concentration (mg/mL)'),
      volumeMl: required(volumeMl, 'volumeMl', 'The vial volume (mL)'),
    };
  }
  return { ...trimmed, productKind, mgPerDevice: required(mgPerDevice, 'mgPerDevice', 'The mg per device') };
}

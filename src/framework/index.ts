// The framework's public API. Start at `definitions()` (provider.ts) and `attr` (schema/attributes.ts).

// Defining a provider
export { definitions } from './provider';
export type { ProviderDefinition, ConfigureRequest, ProviderCloseRequest } from './provider';
export type {
  ResourceDefinition,
  CreateRequest,
  ReadRequest,
  UpdateRequest,
  DeleteRequest,
  ImportRequest,
  ModifyPlanRequest,
  ValidateConfigRequest,
  StateUpgrader,
  PlannedAction,
} from './resource';
export type { DataSourceDefinition, DataSourceReadRequest } from './data-source';
export type { EphemeralResourceDefinition, OpenRequest, OpenResult, RenewRequest, RenewResult, CloseRequest } from './ephemeral-resource';
export type { HandlerContext, PrivateState } from './context';
export { defineFunction, FunctionError } from './function';
export type { FunctionDefinition, FunctionParameter } from './function';
export type { StateMover, MoveStateRequest } from './resource';

// Schemas and the types derived from them
export { attr } from './schema/attributes';
export { block } from './schema/blocks';
export { t } from './schema/value-types';
export type { State, Plan, Config, AppliedConfig, DeepUnknown } from './schema/infer';
export type { ResourceSchema } from './schema/resource-schema';
export type { BlockSchema } from './schema/blocks';

// Validators and plan modifiers
export type { Validator, ValidationReport } from './validators/validator';
export { check } from './validators/validator';
export { lengthBetween, matches, oneOf } from './validators/string-validators';
export { between, atLeast } from './validators/number-validators';
export { sizeBetween } from './validators/collection-validators';
export { exactlyOneOf, requiredTogether } from './validators/config-validators';
export type { ConfigValidator } from './validators/config-validators';
export type { PlanModifier, PlanModifierRequest, PlanModifierResponse } from './plan-modifiers/plan-modifier';
export { requiresReplaceIf } from './plan-modifiers/requires-replace-if';

// Values
export { TfNumber } from './cty/number';
export { Unknown, unknown, isUnknown } from './cty/unknown';
export { DynamicValue } from './cty/value';
export { AttributePath, path } from './path';

// Sharing work across concurrent RPCs
export { BatchLoader } from './batch-loader';
export type { BatchLoaderOptions, LoadMany } from './batch-loader';
export { CollectionSnapshot } from './collection-snapshot';
export type { CollectionSnapshotOptions } from './collection-snapshot';

// Errors, diagnostics, secrets, logging
export { TerraformError } from './diag/terraform-error';
export type { DiagnosticSource } from './diag/terraform-error';
export { Diagnostics } from './diag/diagnostics';
export type { Diagnostic } from './diag/diagnostic';
export { Secret, registerSecret, redact } from './redaction';
export type { Logger } from './logging/logger';

// Serving lives in ./serve (plugin-main for the executable's entry, grpc-server for the lazily loaded
// bundle); it is not re-exported here so provider code never drags the handshake machinery along.

import { ChangeType, CriticalityLevel, diff, type Change } from '@graphql-inspector/core';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  type GraphQLSchema,
} from 'graphql';

/**
 * The deprecation policy (schema/CHANGELOG.md, docs/clients.md): an element is deprecated with a reason that names
 * its removal date, `@deprecated(reason: "Use `names`. Removal on 2027-06-30.")`, at least this many days after the
 * deprecation reaches a release; it may be removed once that date has passed, and not before.
 */
export const MINIMUM_DEPRECATION_DAYS = 90;

const REMOVAL_DATE = /\bremov(?:al|ed)?\b\D{0,20}(\d{4}-\d{2}-\d{2})/i;

/** The removal date a deprecation reason names (`Removal on 2027-06-30`), if any. */
export function removalDateOf(reason: string | null | undefined): string | undefined {
  return reason ? REMOVAL_DATE.exec(reason)?.[1] : undefined;
}

export type CheckedChange = { type: string; path: string; message: string };

export type SchemaCheckReport = {
  /** Breaking changes the policy does not allow: the check fails. */
  refused: Array<CheckedChange & { why: string }>;
  /** Removals of deprecated elements whose removal date has passed. */
  allowedRemovals: CheckedChange[];
  /** Changes that may change what a client gets without breaking its documents (new enum values, default changes, ...). */
  dangerous: CheckedChange[];
  /** New deprecations without a removal date far enough ahead: the check fails. */
  deprecationsWithoutDate: Array<CheckedChange & { why: string }>;
  safe: CheckedChange[];
  passed: boolean;
};

type Deprecation = { reason: string | null | undefined } | undefined;

/** The deprecation of a schema coordinate (`Type.field`, `Type.field.argument`, `Enum.VALUE`, `Input.field`). */
function deprecationAt(schema: GraphQLSchema, path: string): Deprecation {
  const [typeName, member, argument] = path.split('.');
  const type = typeName ? schema.getType(typeName) : undefined;
  if (!type || !member) return undefined;
  if (isObjectType(type) || isInterfaceType(type)) {
    const field = type.getFields()[member];
    if (!field) return undefined;
    if (argument === undefined) return field.deprecationReason ? { reason: field.deprecationReason } : undefined;
    const arg = field.args.find((candidate) => candidate.name === argument);
    return arg?.deprecationReason ? { reason: arg.deprecationReason } : undefined;
  }
  if (isInputObjectType(type)) {
    const field = type.getFields()[member];
    return field?.deprecationReason ? { reason: field.deprecationReason } : undefined;
  }
  if (isEnumType(type)) {
    const value = type.getValue(member);
    return value?.deprecationReason ? { reason: value.deprecationReason } : undefined;
  }
  return undefined;
}

/** Every coordinate of the released schema whose type is `typeName` (fields, arguments, input fields). */
function usesOf(schema: GraphQLSchema, typeName: string): string[] {
  const uses: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (getNamedType(field.type).name === typeName) uses.push(`${type.name}.${field.name}`);
        for (const arg of field.args) if (getNamedType(arg.type).name === typeName) uses.push(`${type.name}.${field.name}.${arg.name}`);
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) if (getNamedType(field.type).name === typeName) uses.push(`${type.name}.${field.name}`);
    }
  }
  return uses;
}

const DEPRECATIONS_ADDED = new Set<string>([
  ChangeType.FieldDeprecationAdded,
  ChangeType.FieldDeprecationReasonAdded,
  ChangeType.FieldDeprecationReasonChanged,
  ChangeType.EnumValueDeprecationReasonAdded,
  ChangeType.EnumValueDeprecationReasonChanged,
]);

const plain = (change: Change): CheckedChange => ({ type: change.type, path: change.path ?? '', message: change.message });
const daysBetween = (from: string, to: string) => (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;

/**
 * Compares the API schema about to be released with the last released one (GraphQL Inspector's diff) and applies
 * the deprecation policy: a breaking change fails unless it removes an element that was deprecated with a removal
 * date that has passed (`today`, `YYYY-MM-DD`); a new deprecation must name a removal date at least
 * MINIMUM_DEPRECATION_DAYS ahead; dangerous changes are reported.
 */
export async function checkSchemaChanges(releasedSdl: string, currentSdl: string, today = new Date().toISOString().slice(0, 10)): Promise<SchemaCheckReport> {
  const released = buildSchema(releasedSdl);
  const current = buildSchema(currentSdl);
  const changes = await diff(released, current);
  const report: SchemaCheckReport = { refused: [], allowedRemovals: [], dangerous: [], deprecationsWithoutDate: [], safe: [], passed: true };

  const removable = (path: string): { ok: true } | { ok: false; why: string } => {
    const deprecation = deprecationAt(released, path);
    if (!deprecation) return { ok: false, why: `${path} was not deprecated in the released schema` };
    const date = removalDateOf(deprecation.reason);
    if (!date) return { ok: false, why: `${path} is deprecated ("${deprecation.reason}") without a removal date` };
    if (date >= today) return { ok: false, why: `${path} may be removed after ${date}, not before` };
    return { ok: true };
  };

  const breaking = changes.filter((change) => change.criticality.level === CriticalityLevel.Breaking);
  const removedTypes = new Set(breaking.filter((change) => change.type === ChangeType.TypeRemoved).map((change) => change.path ?? ''));
  for (const change of breaking) {
    const path = change.path ?? '';
    let verdict: { ok: true } | { ok: false; why: string };
    if (change.type === ChangeType.TypeRemoved) {
      // A type goes with the last field that returned it: allowed when every use of it may go (or goes with its own type).
      const blocking = usesOf(released, path)
        .map((use) => ({ use, verdict: removedTypes.has(use.split('.')[0] ?? '') ? ({ ok: true } as const) : removable(use) }))
        .filter(({ verdict: useVerdict }) => !useVerdict.ok);
      verdict = blocking.length === 0 ? { ok: true } : { ok: false, why: `type ${path} is still used by ${blocking.map(({ use }) => use).join(', ')}, which may not be removed yet` };
    } else if (([ChangeType.FieldRemoved, ChangeType.FieldArgumentRemoved, ChangeType.InputFieldRemoved, ChangeType.EnumValueRemoved] as string[]).includes(change.type)) {
      verdict = removable(path);
    } else {
      verdict = { ok: false, why: 'a breaking change that deprecation cannot announce: add a new element instead' };
    }
    if (verdict.ok) report.allowedRemovals.push(plain(change));
    else report.refused.push({ ...plain(change), why: verdict.why });
  }

  const checkedDeprecations = new Set<string>();
  for (const change of changes) {
    if (change.criticality.level === CriticalityLevel.Dangerous) report.dangerous.push(plain(change));
    else if (change.criticality.level === CriticalityLevel.NonBreaking) report.safe.push(plain(change));
    if (!DEPRECATIONS_ADDED.has(change.type)) continue;
    // `Type.field` or `Type.field.@deprecated`; one verdict per element.
    const path = (change.path ?? '').split('.').filter((segment) => !segment.startsWith('@')).join('.');
    if (checkedDeprecations.has(path)) continue;
    checkedDeprecations.add(path);
    const date = removalDateOf(deprecationAt(current, path)?.reason);
    if (!date) report.deprecationsWithoutDate.push({ ...plain(change), why: `${path}: the deprecation reason must name its removal date ("Removal on YYYY-MM-DD")` });
    else if (daysBetween(today, date) < MINIMUM_DEPRECATION_DAYS) {
      report.deprecationsWithoutDate.push({ ...plain(change), why: `${path}: removal on ${date} is less than ${MINIMUM_DEPRECATION_DAYS} days after ${today}` });
    }
  }
  report.passed = report.refused.length === 0 && report.deprecationsWithoutDate.length === 0;
  return report;
}

/** The report as text for CI's log: what fails first, naming each element. */
export function formatSchemaCheckReport(report: SchemaCheckReport): string {
  const lines: string[] = [];
  const section = (title: string, items: Array<CheckedChange & { why?: string }>) => {
    if (items.length === 0) return;
    lines.push(`${title} (${items.length}):`);
    for (const item of items) lines.push(`  - ${item.message}${item.why ? ` — ${item.why}` : ''}`);
  };
  section('Breaking changes (refused)', report.refused);
  section('Deprecations without a removal date far enough ahead (refused)', report.deprecationsWithoutDate);
  section('Removals of deprecated elements past their removal date', report.allowedRemovals);
  section('Dangerous changes (clients may see different answers)', report.dangerous);
  section('Safe changes', report.safe);
  lines.push(report.passed ? 'schema check passed' : 'schema check FAILED: see docs/clients.md "Schema changes and deprecation"');
  return lines.join('\n');
}

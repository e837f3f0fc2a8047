import { badUserInput, checkNisCode } from '@cohesion/kit';
import { type Language } from '../generated/resolvers-types';

/** The ten provinces of 2025 by NIS code; Brussels-Capital belongs to none. */
const PROVINCE_NIS = new Set(['10000', '20001', '20002', '30000', '40000', '50000', '60000', '70000', '80000', '90000']);

export function checkProvince(nis: string | null | undefined, argument: string): string | undefined {
  if (nis === null || nis === undefined) return undefined;
  if (!PROVINCE_NIS.has(nis)) throw badUserInput(argument, nis, `expected the NIS code of a province: ${[...PROVINCE_NIS].join(', ')}`);
  return nis;
}

export function checkMunicipality(nis: string | null | undefined, argument: string): string | undefined {
  if (nis === null || nis === undefined) return undefined;
  return checkNisCode(nis, argument);
}

export function languageCode(language: Language | null | undefined): string | undefined {
  return language ? language.toLowerCase() : undefined;
}

import { flandersTables } from '@cohesion/db';
import { checkDate, checkWholeNumber, collectUserErrors, creationChanges, equalsAny, invalidValue, newRecordId, recordNotFound, todayIso, writerProvenance, writtenThroughApi } from '@cohesion/kit';
import { type EvaluationRow } from '../data/rows';
import { type MutationResolvers } from '../generated/resolvers-types';
import { checkFlemishMunicipalities, EMMASCAN_OFFER_ID, municipalityLinks } from './flemish-municipalities';
import { runMutation } from './run-mutation';

const { emmascanEvaluations, emmascanEvaluationMunicipalities, emmascanModuleResults, emmascanModules } =
  flandersTables;
const RECORD_TYPE = 'FlemishEmmascanEvaluation';

export const emmascanMutations: Pick<MutationResolvers, 'recordFlemishEmmascanEvaluation'> = {
  recordFlemishEmmascanEvaluation: (_root, { input }, context) =>
    runMutation(context, {
      mutation: 'recordFlemishEmmascanEvaluation',
      input,
      userErrors: collectUserErrors(
        checkFlemishMunicipalities('municipalities', input.municipalities),
        checkDate('evaluatedOn', input.evaluatedOn, { notBefore: '2019-01-01', notAfter: todayIso() }),
        input.moduleResults.length === 0
          ? invalidValue('moduleResults', [], 'expected the level of at least one EMMASCAN module')
          : null,
        input.moduleResults.map((result, index) =>
          checkWholeNumber(`moduleResults.${index}.level`, result.level, { min: 1, max: 4 }),
        ),
        input.moduleResults.map((result, index) =>
          input.moduleResults.findIndex((other) => other.module === result.module) === index
            ? null
            : invalidValue(`moduleResults.${index}.module`, result.module, 'expected each module once'),
        ),
      ),
      write: async (transaction) => {
        const id = newRecordId('evaluation');
        const territory = { municipalities: input.municipalities };
        transaction.requireJurisdiction(territory, {
          recordType: RECORD_TYPE,
          id,
          idField: 'municipalities',
        });
        const moduleIds = input.moduleResults.map((result) => result.module);
        const known = new Set(
          (
            await transaction.db
              .select({ id: emmascanModules.id })
              .from(emmascanModules)
              .where(equalsAny(emmascanModules.id, moduleIds))
          ).map((row) => row.id),
        );
        const unknown = moduleIds.findIndex((moduleId) => !known.has(moduleId));
        if (unknown >= 0)
          transaction.fail(
            recordNotFound(
              `moduleResults.${unknown}.module`,
              'FlemishEmmascanModule',
              moduleIds[unknown] as string,
            ),
          );
        const values = {
          id,
          offerId: EMMASCAN_OFFER_ID,
          evaluatedOn: input.evaluatedOn,
          ...writerProvenance(transaction.identity),
          ...writtenThroughApi(),
        };
        const [evaluation] = await transaction.db.insert(emmascanEvaluations).values(values).returning();
        await transaction.db
          .insert(emmascanEvaluationMunicipalities)
          .values(municipalityLinks(input.municipalities).map((link) => ({ evaluationId: id, ...link, ...writtenThroughApi() })));
        const results = input.moduleResults.map((result) => ({
          evaluationId: id,
          moduleId: result.module,
          level: result.level,
          ...writtenThroughApi(),
        }));
        await transaction.db.insert(emmascanModuleResults).values(results);
        await transaction.audit({
          recordType: RECORD_TYPE,
          recordId: id,
          changes: creationChanges({
            ...values,
            municipalities: input.municipalities,
            moduleResults: input.moduleResults,
          }),
          territory,
          effectiveDate: input.evaluatedOn,
        });
        return { emmascanEvaluation: evaluation as EvaluationRow };
      },
    }),
};

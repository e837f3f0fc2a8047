import { type Database, flandersTables } from '@cohesion/db';
import { equalsAny } from '@cohesion/kit';
import { asc } from 'drizzle-orm';

const { helpdeskQuestionCounts: questions, helpdeskLocalGovernmentCounts: localGovernments } = flandersTables;

/** Helpdesk detail of the given years: questions per province and quarter, and asking local governments per province. */
export async function findHelpdeskDetailByYear(db: Database, years: readonly number[]) {
  const [questionRows, localGovernmentRows] = await Promise.all([
    db
      .select()
      .from(questions)
      .where(equalsAny(questions.year, years))
      .orderBy(asc(questions.provinceNis), asc(questions.quarter)),
    db
      .select()
      .from(localGovernments)
      .where(equalsAny(localGovernments.year, years))
      .orderBy(asc(localGovernments.provinceNis)),
  ]);
  return years.map((year) => ({
    year,
    questions: questionRows.filter((row) => row.year === year),
    localGovernments: localGovernmentRows.filter((row) => row.year === year),
  }));
}

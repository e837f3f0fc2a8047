/**
 * The dated public observations of LIVC-R / CSIL-R coverage (DOMAIN.md, "LIVC-R coverage: dated public
 * observations"), as the generator's targets and the test's yardstick. Municipality counts are in the units the
 * sources used: the 581 municipalities of 2019–2024 (589 before 2019, a difference the sources ignore).
 * The federal subgraph exposes these observations themselves; this copy only shapes the SAMPLE cell records.
 */
export type CoverageFigure = { cells?: number; municipalities: number };

export type CoverageObservation = {
  date: string;
  source: string;
  total?: CoverageFigure;
  flanders?: CoverageFigure;
  wallonia?: CoverageFigure;
  brussels?: CoverageFigure;
  /** The nine municipalities of the German-speaking Community (part of Wallonia). */
  germanSpeaking?: CoverageFigure;
};

export const LIVCR_COVERAGE_OBSERVATIONS: readonly CoverageObservation[] = [
  {
    date: '2016-05-27',
    source: 'ibz.be annual report 2016',
    total: { cells: 109, municipalities: 152 },
    flanders: { cells: 77, municipalities: 112 },
    wallonia: { cells: 19, municipalities: 27 },
    brussels: { cells: 13, municipalities: 13 },
  },
  {
    date: '2018-10-17',
    source: 'vanessamatz.be, "Le fonctionnement des CSIL-R"',
    total: { cells: 230, municipalities: 339 },
    brussels: { municipalities: 19 },
    germanSpeaking: { municipalities: 9 },
  },
  {
    date: '2019-06-15',
    source: 'besafe.be, Mobile Team page',
    total: { cells: 253, municipalities: 382 },
    flanders: { cells: 164, municipalities: 255 },
    wallonia: { cells: 70, municipalities: 108 },
    brussels: { cells: 19, municipalities: 19 },
    germanSpeaking: { cells: 2, municipalities: 9 },
  },
  {
    // The source gives the month only; the middle of it stands for it.
    date: '2019-11-15',
    source: 'mrsenat.be, 26 Nov 2019',
    total: { municipalities: 388 },
    flanders: { municipalities: 257 },
  },
  {
    date: '2021-05-05',
    source: 'Parlement de Wallonie, interpellation 124964',
    wallonia: { cells: 106, municipalities: 191 },
  },
];

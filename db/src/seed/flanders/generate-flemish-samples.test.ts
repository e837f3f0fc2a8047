import { allocate, generateFlemishSamples, type GenerateFlemishSamplesOptions } from './generate-flemish-samples';
import { readFlandersInputs } from './read-flanders-content';

describe('generateFlemishSamples', () => {
  const { municipalities } = readFlandersInputs();
  const options: GenerateFlemishSamplesOptions = {
    municipalities,
    totals: { trajectories: 19, coachedMunicipalities: 38, emmascanLivcR: 5, helpdeskQuestions: 133, helpdeskLocalGovernments: 53 },
    platformProvinceCount: 3,
    meetingNetworks: [{ id: 'working-group', timesPerYear: 4, themes: [{ nl: 'a' }, { nl: 'b' }, { nl: 'c' }] }],
    emmascanModuleCount: 7,
  };

  it('generates the same data on every run (seeded, not Math.random)', () => {
    expect(generateFlemishSamples(options)).toEqual(generateFlemishSamples(options));
  });

  it('adds up to the published totals, with shared trajectories among neighbours of one arrondissement', () => {
    const samples = generateFlemishSamples(options);
    const arrondissementOf = new Map(municipalities.map((m) => [m.nis, m.arrondissementNis]));
    const coached = samples.trajectories.flatMap((t) => t.municipalities);
    expect(samples.trajectories).toHaveLength(19);
    expect(new Set(coached).size).toBe(38);
    for (const trajectory of samples.trajectories) {
      expect(new Set(trajectory.municipalities.map((nis) => arrondissementOf.get(nis))).size).toBe(1);
      expect(trajectory.startedOn >= '2022-02-01' && trajectory.startedOn <= '2023-12-31').toBe(true);
    }
    expect(samples.evaluations).toHaveLength(5);
    expect(samples.evaluations.flatMap((e) => e.municipalities).filter((nis) => coached.includes(nis))).toEqual([]);
    expect(samples.platformProvinces).toHaveLength(3);
    expect(samples.helpdeskQuestions.reduce((sum, row) => sum + row.questions, 0)).toBe(133);
    expect(samples.helpdeskLocalGovernments.reduce((sum, row) => sum + row.localGovernments, 0)).toBe(53);
    expect(samples.meetings.filter((meeting) => meeting.date.startsWith('2023'))).toHaveLength(4);
    expect(samples.meetings.every((meeting) => ![0, 6].includes(new Date(`${meeting.date}T00:00:00Z`).getUTCDay()))).toBe(true);
  });

  it('follows other totals too', () => {
    const samples = generateFlemishSamples({ ...options, totals: { ...options.totals, trajectories: 10, coachedMunicipalities: 25 } });
    expect(samples.trajectories).toHaveLength(10);
    expect(new Set(samples.trajectories.flatMap((t) => t.municipalities)).size).toBe(25);
  });

  it('splits a total into integer parts that add up exactly', () => {
    expect(allocate(133, [3, 1, 1])).toEqual([80, 27, 26]);
    expect(allocate(7, [1, 1, 1, 1]).reduce((a, b) => a + b, 0)).toBe(7);
  });
});

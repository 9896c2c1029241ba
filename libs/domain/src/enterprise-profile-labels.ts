import type { FinanceInstrument, Label, ProcurementInstrument, Stage } from './enterprise-profile';

/** How the vocabularies read in Dutch (what the UI shows) and in English, for screens and explanations alike. */
export const STAGE_LABELS: Record<Stage, { nl: string; en: string }> = {
  IDEA: { nl: 'Idee', en: 'Idea' },
  STARTUP: { nl: 'Start-up', en: 'Start-up' },
  SCALEUP: { nl: 'Scale-up', en: 'Scale-up' },
  ESTABLISHED: { nl: 'Gevestigd mkb', en: 'Established' },
};

export const FINANCE_INSTRUMENT_LABELS: Record<FinanceInstrument, { nl: string; en: string }> = {
  LOAN: { nl: 'Lening', en: 'Loan' },
  EQUITY: { nl: 'Participatie (aandelen)', en: 'Equity' },
  GUARANTEE: { nl: 'Garantie', en: 'Guarantee' },
  GRANT: { nl: 'Subsidie / schenking', en: 'Grant' },
  RESULT_FINANCING: { nl: 'Resultaatfinanciering', en: 'Result-based financing' },
  SOCIAL_IMPACT_BOND: { nl: 'Social Impact Bond', en: 'Social Impact Bond' },
};

export const PROCUREMENT_INSTRUMENT_LABELS: Record<ProcurementInstrument, { nl: string; en: string }> = {
  SOCIAL_RETURN: { nl: 'Social return (SROI)', en: 'Social return (SROI)' },
  PSO_AWARD: { nl: 'Gunnen op PSO', en: 'Awarding on PSO' },
  RESERVED_CONTRACT_2_82: {
    nl: 'Voorbehouden opdracht (Aanbestedingswet art. 2.82)',
    en: 'Reserved contract (Dutch Procurement Act art. 2.82)',
  },
  CHALLENGE: { nl: 'Challenge', en: 'Challenge' },
  LAUNCHING_CUSTOMER: { nl: 'Launching customer', en: 'Launching customer' },
  STARTUP_IN_RESIDENCE: { nl: 'Startup in Residence', en: 'Startup in Residence' },
};

export const LABEL_LABELS: Record<Label, { nl: string; en: string }> = {
  PSO: { nl: 'PSO (Prestatieladder Socialer Ondernemen)', en: 'PSO (Social Enterprise Performance Ladder)' },
  PSO_30_PLUS: { nl: 'PSO 30+', en: 'PSO 30+' },
  CODE_SOCIAAL_ONDERNEMEN: { nl: 'Code Sociaal Ondernemen', en: 'Code Sociaal Ondernemen' },
  MVO_CERTIFICAAT: { nl: 'MVO-certificaat (MVO Alliantie Noord-Nederland)', en: 'CSR certificate (MVO Alliantie Noord-Nederland)' },
  B_CORP: { nl: 'B Corp', en: 'B Corp' },
};

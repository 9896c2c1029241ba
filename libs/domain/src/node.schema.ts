import { z } from 'zod';
import { ECOSYSTEM_DOMAINS } from './ecosystem-domains';
import {
  ENTERPRISE_KINDS,
  FINANCE_INSTRUMENTS,
  LABELS,
  PROCUREMENT_INSTRUMENTS,
  PURCHASER_TYPES,
  STAGES,
} from './enterprise-profile';
import { MUNICIPALITY_CODES, PROVINCES, suggestMunicipalityCode } from './municipalities';
import { provenanceSchema } from './provenance';
import { THEMES } from './themes';

/**
 * What may enter the store, kind by kind. One set of rules for the API, the importer and the
 * seed, so that a fact refused in one place is refused everywhere.
 */

export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;

export const nodeIdSchema = z
  .string({ error: 'is required' })
  .regex(ID_PATTERN, {
    error: 'must be 1-128 letters, digits or . _ : - and start with a letter or digit',
  });

const text = (max: number) =>
  z.string({ error: 'must be text' }).trim().max(max, { error: `must be at most ${max} characters` });

const requiredText = (max: number) => text(max).min(1, { error: 'must not be empty' });

const municipalityCode = z.string({ error: 'must be a municipality code' }).refine(
  (code) => MUNICIPALITY_CODES.includes(code),
  {
    error: (issue) => {
      const guess = suggestMunicipalityCode(String(issue.input));
      return `unknown municipality '${String(issue.input)}'${guess ? `; did you mean '${guess}'?` : ''}`;
    },
  },
);

const list = <T extends z.ZodType>(item: T) => z.array(item).default([]);

/** Fields every node has, whatever its kind. */
const nodeBase = {
  id: nodeIdSchema,
  name: requiredText(200),
  description: text(4000).optional(),
  municipality: municipalityCode.optional(),
  themes: list(z.enum(THEMES)),
  offers: list(z.enum(ECOSYSTEM_DOMAINS)),
  website: z.url({ error: 'must be a URL' }).optional(),
  /** An organisation that opted out is never suggested to anyone. */
  visibleForMatchmaking: z.boolean().default(true),
  /** Where this fact comes from: a document, an import file, a user. */
  source: text(500).optional(),
  /** True when the profile is a plausible illustration, not a public fact. */
  illustrative: z.boolean().default(false),
  /** Kept when a file made by an export is imported again; otherwise the store stamps it. */
  provenance: provenanceSchema.optional(),
};

const needSchema = z.strictObject({
  domain: z.enum(ECOSYSTEM_DOMAINS),
  description: requiredText(1000),
  amountEur: z.number().int().positive().optional(),
  instrument: z.enum(FINANCE_INSTRUMENTS).optional(),
  category: text(200).optional(),
});

const regions = list(z.enum(PROVINCES));

export const entrepreneurSchema = z.strictObject({
  ...nodeBase,
  kind: z.literal('Entrepreneur'),
  enterpriseKind: z.enum(ENTERPRISE_KINDS),
  stage: z.enum(STAGES),
  sdgs: list(z.number().int().min(1).max(17)),
  products: list(requiredText(200)),
  labels: list(z.enum(LABELS)),
  needs: list(needSchema),
  /**
   * Whether other entrepreneurs may see the needs (funds, purchasers, coordinators and its own
   * accounts always may; see needs-visibility.ts). Off unless the entrepreneur says so.
   */
  needsShared: z.boolean().default(false),
  foundedYear: z.number().int().min(1800).max(2100).optional(),
});

export const fundSchema = z
  .strictObject({
    ...nodeBase,
    kind: z.literal('Fund'),
    instruments: list(z.enum(FINANCE_INSTRUMENTS)),
    ticketMinEur: z.number().int().nonnegative().optional(),
    ticketMaxEur: z.number().int().positive().optional(),
    stages: list(z.enum(STAGES)),
    socialOnly: z.boolean().default(false),
    openForApplications: z.boolean().default(true),
    regions,
  })
  .refine((fund) => fund.ticketMinEur === undefined || fund.ticketMaxEur === undefined || fund.ticketMinEur <= fund.ticketMaxEur, {
    error: 'must not be larger than ticketMaxEur',
    path: ['ticketMinEur'],
  });

export const purchaserSchema = z.strictObject({
  ...nodeBase,
  kind: z.literal('Purchaser'),
  purchaserType: z.enum(PURCHASER_TYPES),
  categories: list(requiredText(200)),
  procurementInstruments: list(z.enum(PROCUREMENT_INSTRUMENTS)),
  openQuestions: list(requiredText(1000)),
});

export const municipalitySchema = z.strictObject({
  ...nodeBase,
  kind: z.literal('Municipality'),
  municipality: municipalityCode,
  policy: z
    .strictObject({
      actionProgramme: z.boolean().default(false),
      desk: z.boolean().default(false),
      socialProcurementPolicy: z.boolean().default(false),
      reservedContracts: z.boolean().default(false),
      challenges: z.boolean().default(false),
    })
    .default({
      actionProgramme: false,
      desk: false,
      socialProcurementPolicy: false,
      reservedContracts: false,
      challenges: false,
    }),
});

export const provinceSchema = z.strictObject({
  ...nodeBase,
  kind: z.literal('Province'),
  province: z.enum(PROVINCES),
});

const reachingOrganisation = <K extends string>(kind: K) =>
  z.strictObject({ ...nodeBase, kind: z.literal(kind), regions });

export const networkSchema = reachingOrganisation('Network');
export const knowledgeInstitutionSchema = reachingOrganisation('KnowledgeInstitution');
export const supportProgrammeSchema = reachingOrganisation('SupportProgramme');

export const personSchema = z.strictObject({
  ...nodeBase,
  kind: z.literal('Person'),
  role: text(200).optional(),
  /** Personal contact data: shown only to those who may see it. */
  email: z.email({ error: 'must be an e-mail address' }).optional(),
  phone: z
    .string()
    .regex(/^\+?[0-9 ()-]{6,20}$/, { error: 'must be a phone number' })
    .optional(),
});

export const eventSchema = z.strictObject({
  ...nodeBase,
  kind: z.literal('Event'),
  date: z.iso.date({ error: 'must be a date (YYYY-MM-DD)' }),
});

export const nodeInputSchema = z.discriminatedUnion(
  'kind',
  [
    entrepreneurSchema,
    networkSchema,
    fundSchema,
    purchaserSchema,
    municipalitySchema,
    provinceSchema,
    knowledgeInstitutionSchema,
    supportProgrammeSchema,
    personSchema,
    eventSchema,
  ],
  { error: 'must be one of the node kinds' },
);

/** A node as the caller describes it (defaults not yet applied). */
export type NodeInput = z.input<typeof nodeInputSchema>;
/** A node after validation, with defaults applied. */
export type ValidNode = z.output<typeof nodeInputSchema>;

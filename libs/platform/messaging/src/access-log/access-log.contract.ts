import type { PublishedEventContract } from '../contracts/service-contract';

/** What was read: the record, the view or query that showed it, and the role the read was allowed under. */
export interface RecordAccess<Subject extends string = string> {
  readonly subject: Subject;
  readonly subjectId: string;
  readonly clientId?: string;
  readonly caseId?: string;
  /** The route or query that showed the record, e.g. `GET /intake/cases/{id}`. */
  readonly view: string;
  /** The role whose scope granted the read (DESIGN §8): with several roles held, the one that allowed it. */
  readonly role: string;
  /**
   * The key of the stream the record goes to, when it should be neither the client's nor the subject's: a subject
   * read many times at once (a partner's inbox, polled by its integration) spreads its records over a few streams,
   * so one read's record never waits for another's commit (appends to one stream take turns).
   */
  readonly streamKey?: string;
}

/** A request for a record that was refused (403 or 404): who asked, for what, and the answer. */
export interface AccessRefusal<Subject extends string = string> {
  readonly subject: Subject;
  /** The id the request named, when it named one. */
  readonly subjectId: string | null;
  /** The route pattern, e.g. `GET /intake/cases/{id}`: never the URL, which may carry personal data. */
  readonly view: string;
  readonly status: number;
  /** The answer's error code, e.g. `INTAKE.CASE_NOT_FOUND` or `FORBIDDEN_ROLE`. */
  readonly error: string;
}

export interface RecordAccessed<Subject extends string = string> {
  readonly type: 'RecordAccessed';
  readonly data: {
    readonly subject: Subject;
    readonly subjectId: string;
    readonly view: string;
    readonly role: string;
  };
}

export interface RecordAccessRefused<Subject extends string = string> {
  readonly type: 'RecordAccessRefused';
  readonly data: AccessRefusal<Subject> & { readonly roles: readonly string[] };
}

/**
 * The two events of a service's access log (HIPAA audit controls record views as well as edits), for the subjects
 * the service shows: part of its published language, so the audit trail chains them beside its other events.
 */
export function accessLogEvents(subjects: readonly string[], described: string): PublishedEventContract[] {
  return [
    {
      type: 'RecordAccessed',
      version: 1,
      summary: `Someone read ${described} (HIPAA audit controls record views as well as edits).`,
      sealed: [],
      schema: {
        type: 'object',
        required: ['subject', 'subjectId', 'view', 'role'],
        additionalProperties: false,
        properties: {
          subject: { type: 'string', enum: [...subjects] },
          subjectId: { type: 'string' },
          view: { type: 'string' },
          role: { type: 'string' },
        },
      },
    },
    {
      type: 'RecordAccessRefused',
      version: 1,
      summary: `A request for ${described} was refused (403, or 404 for a record missing or out of scope).`,
      sealed: [],
      schema: {
        type: 'object',
        required: ['subject', 'subjectId', 'view', 'status', 'error', 'roles'],
        additionalProperties: false,
        properties: {
          subject: { type: 'string', enum: [...subjects] },
          subjectId: { type: ['string', 'null'] },
          view: { type: 'string' },
          status: { type: 'integer' },
          error: { type: 'string' },
          roles: { type: 'array', items: { type: 'string' } },
        },
      },
    },
  ];
}

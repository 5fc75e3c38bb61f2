// Generated from the platform’s OpenAPI document by apps/console/scripts/api-types.mjs: do not edit.
export interface paths {
  '/': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** HSDS API meta information (HSDS getAPIMetaInformation) */
    get: operations['GetApiMetaHttpController_meta'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/audit/cases/{caseId}/changes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * What changed in a case between two moments, who changed it, and when it happened and was recorded
     * @description The case replayed at `from` and at `to` (as GET /audit/cases/{caseId}/state does), the differences between the two by JSON Pointer, and the changes in between. The read is itself recorded in the chain.
     */
    get: operations['GetCaseChangesHttpController_changes'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/audit/cases/{caseId}/compliance': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A case’s obligations under the compliance rules and how each stands, on either clock
     * @description `clock=occurred` (default): as things happened, now. `clock=known&knownOn=`: as the record stood then. Each obligation: rule, what it concerns, when it arose and was due, status, when met, how late or overdue, fine, and the rule set version that judged it. A supervisor reads the cases their team holds now. JSON, or CSV with format=csv.
     */
    get: operations['CaseComplianceHttpController_compliance'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/audit/cases/{caseId}/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A case’s timeline as a file: JSON, CSV, or a FHIR R4 Bundle of AuditEvents (IHE BALP)
     * @description Each entry with its chain hash. The read is itself recorded in the chain, after the entries exported.
     */
    get: operations['ExportCaseTimelineHttpController_export'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/audit/cases/{caseId}/state': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A case as it stood at `asOf`, replayed from the audit trail with its services’ own evolve functions
     * @description Intake’s case in `state`; in `related`, the case’s care plans (which version was approved then) and casework, replayed with care plan’s evolve, and its referrals (status, target, disclosures, reason, outcome date, follow-up), each replayed with referral’s evolve.
     */
    get: operations['GetCaseStateHttpController_state'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/audit/cases/{caseId}/timeline': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Who did what to a case, and who looked at it, when: occurred and recorded times, in chain order
     * @description The read is itself recorded in the chain (audit.RecordAccessed), after the entries it answers.
     */
    get: operations['GetCaseTimelineHttpController_timeline'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/audit/clients/{clientId}/disclosures': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Accounting of disclosures of a client’s records (HIPAA §164.528), six years back by default
     * @description Each disclosure: when, to which organisation, what (fields and information categories), for what purpose, under which consent, with its §2.32 notice; JSON, or CSV with format=csv. The read is itself recorded in the chain.
     */
    get: operations['AccountDisclosuresHttpController_account'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/audit/compliance': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Compliance of the tenant’s cases: violations and fine exposure, met and pending, grouped
     * @description Obligations due within [from, to] (agency’s calendar), grouped by tenant, program, team, worker, case, month or rule. A supervisor reads their own team’s cases only. Violations are the violated and the late-met obligations, each fined. `clock=occurred` judges as things happened, now; `clock=known` as the record stood at `knownOn`. JSON, or CSV with format=csv. The read is recorded in the chain.
     */
    get: operations['ComplianceReportHttpController_report'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/audit/compliance/obligations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Every obligation of the tenant’s cases due in a period, streamed: CSV, JSON or FHIR AuditEvents
     * @description The report’s period, clock and filters, one line (or AuditEvent) per obligation: its rule, when it arose and was due, its status, what met or ended it, and the fine. Streamed as it is read (the occurred clock from the read model, the known clock evaluated case by case), so a tenant of any size exports in flat memory. A supervisor exports their own team’s cases only. The read is recorded in the chain before the first byte.
     */
    get: operations['ExportObligationsHttpController_export'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/audit/compliance/rule-sets': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every version of the tenant’s compliance rule sets, newest first, and the default set under them */
    get: operations['ListRuleSetsHttpController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/audit/compliance/rule-sets/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Store the next version of one of the tenant’s compliance rule sets (append-only)
     * @description Versions are never edited: each takes effect from its `effectiveFrom` date (today or later) and judges the obligations that arise from then on; earlier ones keep the rules they arose under. The default rule set applies wherever the tenant has none in effect.
     */
    put: operations['PutRuleSetHttpController_put'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/audit/exports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Asks for an export of every case’s timeline in the tenant, as the chain stands now
     * @description Records the request and the chain entry it goes up to; nothing is written until the content is read (GET /audit/exports/{id}/content), which streams the file and shows its progress at GET /audit/exports/{id}.
     */
    post: operations['CreateTenantExportHttpController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/audit/exports/{exportId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * An export’s status and progress: cases and entries written of the total, started and finished
     * @description Counts and times only, nothing of a case. The read is recorded in the chain, under the export.
     */
    get: operations['GetTenantExportHttpController_status'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/audit/exports/{exportId}/content': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Streams an export: every case’s timeline up to the chain entry captured when it was asked for
     * @description Written from the chain as it is sent, a page of entries at a time, so the same export reads the same every time and nothing of it is stored. Progress shows at GET /audit/exports/{id}. The read is recorded in the chain.
     */
    get: operations['ReadTenantExportHttpController_content'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/audit/verify': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Walk the tenant's hash chain and name the first altered, missing or reordered entry
     * @description Recomputes every entry’s hash from its stored event and the previous entry’s hash. A valid answer gives the head (last sequence and hash); entries removed from the end are only provable against a head kept elsewhere.
     */
    get: operations['VerifyChainHttpController_verify'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/auth/sign-in': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Which ways of signing in to the console are open here */
    get: operations['SignInHttpController_signInOptions'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/auth/sign-in/development': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Development only: a token for the role, tenant and team picked, signed with the development key
     * @description Open only when the app runs in development mode and verifies tokens with its development key; anywhere else it answers 404, as a route that does not exist.
     */
    post: operations['SignInHttpController_signInForDevelopment'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/care-plan/approvals': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The approvals queue of a team: plans of its open cases with a version awaiting approval or return
     * @description First submissions and plans changed since their last approval alike. A supervisor reads their own team; admins and auditors any team of the tenant. Each case with a plan listed is a recorded read.
     */
    get: operations['GetTeamApprovalsHttpController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/care-plan/cases/{caseId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A case as care plan knows it from intake’s events: team, case manager, status, priority, program, needs
     * @description Read by the assigned case manager, a supervisor of the case’s team, and the tenant’s auditors and admins.
     */
    get: operations['GetCaseViewHttpController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/care-plan/cases/{caseId}/appointments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Schedule an appointment for the client with a provider
     * @description With transport arranged, not needed or not arranged; the provider’s name and the purpose are sealed with the client’s key.
     */
    post: operations['ScheduleAppointmentHttpController_schedule'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/care-plan/cases/{caseId}/appointments/{appointmentId}/follow-up': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record the follow-up of a missed appointment
     * @description What was done about it, sealed with the client’s key.
     */
    post: operations['RecordMissedAppointmentFollowUpHttpController_followUp'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/care-plan/cases/{caseId}/appointments/{appointmentId}/outcome': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record that an appointment was kept, missed or cancelled
     * @description Kept or missed once its time has come; a missed appointment needs a follow-up by the end of the next business day in the agency’s time zone; a cancellation needs a reason.
     */
    post: operations['RecordAppointmentOutcomeHttpController_record'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/care-plan/cases/{caseId}/appointments/{appointmentId}/reschedule': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Move a scheduled appointment to another time
     * @description With a reason, sealed with the client’s key.
     */
    post: operations['RescheduleAppointmentHttpController_reschedule'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/care-plan/cases/{caseId}/appointments/{appointmentId}/transport': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Say whether transport to an appointment is arranged
     * @description Arranged, not needed or not arranged.
     */
    post: operations['ArrangeTransportHttpController_arrange'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/care-plan/cases/{caseId}/casework': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The case’s contacts, appointments and medication checks
     * @description As they stand, or as recorded by `asOf`. Read by the case manager, a supervisor of the team, and the tenant’s auditors and admins; every read is in the access log.
     */
    get: operations['GetCaseworkHttpController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/care-plan/cases/{caseId}/contacts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record a contact with the client, or about them
     * @description Home or office visit, phone, video, collateral (someone else about the client) or an attempt. It may be back-dated: more than a day late, it needs a late-entry reason. Notes, place and who took part are sealed with the client’s key.
     */
    post: operations['RecordContactHttpController_record'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/care-plan/cases/{caseId}/medication-checks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record a medication check
     * @description Medication, dose, adherence (as prescribed, missed doses, stopped), side effects reported and whether the prescriber was told; medication, dose and side effects are sealed with the client’s key.
     */
    post: operations['RecordMedicationCheckHttpController_record'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/care-plan/cases/{caseId}/plans': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The case’s care plans: goals, interventions, notes, approvals and reviews
     * @description As they stand, or as recorded by `asOf`: the plan as of a date shows which version was approved then. Read by the case manager, a supervisor of the team, and the tenant’s auditors and admins; every read is in the access log.
     */
    get: operations['GetPlansHttpController_get'];
    put?: never;
    /**
     * Draft a care plan for the case
     * @description One draft at a time; a case that is not open answers 409 CARE_PLAN.CASE_NOT_OPEN. The approval of the draft puts it in force and supersedes the plan in force before it.
     */
    post: operations['DraftCarePlanHttpController_draft'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/care-plan/cases/{caseId}/plans/{planId}/approval': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Approve exactly the submitted version
     * @description A supervisor of the case’s team who did not write or submit the version. The approval of a draft puts it in force and supersedes the plan before it; the next review falls due the program’s interval later.
     */
    post: operations['ApproveCarePlanHttpController_approve'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/care-plan/cases/{caseId}/plans/{planId}/goals': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Add a goal answering some of the case’s needs
     * @description A new version of the plan: an approved plan then awaits re-approval.
     */
    post: operations['AddGoalHttpController_addGoal'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/care-plan/cases/{caseId}/plans/{planId}/goals/{goalId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Revise a goal’s needs, wording, target date or measure
     * @description A new version of the plan.
     */
    put: operations['ReviseGoalHttpController_reviseGoal'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/care-plan/cases/{caseId}/plans/{planId}/goals/{goalId}/achievement': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record how a goal is going (FHIR achievementStatus)
     * @description Progress, not a change to the plan: no new version.
     */
    post: operations['RecordGoalAchievementHttpController_recordGoalAchievement'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/care-plan/cases/{caseId}/plans/{planId}/goals/{goalId}/interventions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Add an intervention under a goal
     * @description What, who is responsible, by when; a new version of the plan.
     */
    post: operations['AddInterventionHttpController_addIntervention'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/care-plan/cases/{caseId}/plans/{planId}/goals/{goalId}/interventions/{interventionId}/status': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Move an intervention on, or cancel it
     * @description Scheduled, in progress, completed; a cancellation is a new version of the plan.
     */
    post: operations['ChangeInterventionStatusHttpController_changeInterventionStatus'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/care-plan/cases/{caseId}/plans/{planId}/goals/{goalId}/lifecycle': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Move a goal in its FHIR lifecycle
     * @description Planned, accepted, active, on hold, completed or cancelled (with a reason); never back to proposed. A new version of the plan.
     */
    post: operations['ChangeGoalLifecycleHttpController_changeGoalLifecycle'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/care-plan/cases/{caseId}/plans/{planId}/goals/{goalId}/notes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Write a progress note on a goal
     * @description The note is sealed with the client’s key.
     */
    post: operations['NoteProgressHttpController_noteProgress'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/care-plan/cases/{caseId}/plans/{planId}/return': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Return a submitted version with comments
     * @description A supervisor of the case’s team; the comments are sealed with the client’s key.
     */
    post: operations['ReturnCarePlanHttpController_returnPlan'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/care-plan/cases/{caseId}/plans/{planId}/reviews': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Review a plan in force
     * @description Each open goal’s progress and a summary; the next review falls due the program’s interval after the review date.
     */
    post: operations['ReviewCarePlanHttpController_review'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/care-plan/cases/{caseId}/plans/{planId}/status': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Put a plan on hold, resume, complete or revoke it, or mark it entered in error
     * @description A reason is required for on hold, revoked and entered in error. A case no longer open still lets its plan be completed or revoked.
     */
    post: operations['ChangeCarePlanStatusHttpController_changeStatus'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/care-plan/cases/{caseId}/plans/{planId}/submission': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Submit the version of the plan the worker read for approval
     * @description 409 CARE_PLAN.VERSION_NOT_CURRENT when the plan changed since.
     */
    post: operations['SubmitCarePlanHttpController_submit'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/care-plan/cases/{caseId}/plans/{planId}/versions/{version}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One version of a care plan: its goals and interventions as that version said them
     * @description The plan as it last stood at that version (e.g. the last approved one, to compare with the version submitted). Read by the case manager, a supervisor of the team, and the tenant’s auditors and admins; every read is in the access log.
     */
    get: operations['GetPlanVersionHttpController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/care-plan/worklist': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * What the team has to do on its cases, and by when: overdue first, then soonest due
     * @description Every open item of the team’s cases, with the case manager working each (null while unassigned); a referral the provider has not answered in time carries its escalation to the team’s supervisors and since when. A supervisor reads their own team; admins and auditors any team of the tenant. Each listed case is a recorded read.
     */
    get: operations['GetTeamWorklistHttpController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/care-plan/worklist/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * What the caller has to do on their cases, and by when: overdue first, then soonest due
     * @description First contacts, plan approvals and reviews, safety and missed-appointment follow-ups, interventions due, referrals awaiting the provider’s answer (until overdue, when they escalate to the team’s supervisors) and referral follow-ups, on the cases the caller is the case manager of now. Each listed case is a recorded read.
     */
    get: operations['GetMyWorklistHttpController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/directory/locations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Register a location (HSDS 3.0 fields) */
    post: operations['RegisterLocationHttpController_register'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/directory/locations/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change fields of a location; an update that changes nothing records nothing */
    patch: operations['UpdateLocationHttpController_update'];
    trace?: never;
  };
  '/directory/organizations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Register an organisation (HSDS 3.0 fields) */
    post: operations['RegisterOrganizationHttpController_register'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/directory/organizations/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change fields of an organisation; an update that changes nothing records nothing */
    patch: operations['UpdateOrganizationHttpController_update'];
    trace?: never;
  };
  '/directory/organizations/{id}/reinstate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Return a suspended organisation's services to search */
    post: operations['ReinstateOrganizationHttpController_reinstate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/directory/organizations/{id}/suspend': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Take an organisation's services out of search until it is reinstated */
    post: operations['SuspendOrganizationHttpController_suspend'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/directory/search': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Find active services for a client: need, free text, distance, language, age, open capacity
     * @description Ranked by text relevance tier (name, taxonomy terms, other text), then distance to the nearest location, then open capacity (ADR 0007). A POST with a JSON body: the criteria describe a client, and nothing personal goes into a URL.
     */
    post: operations['SearchServicesHttpController_search'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/directory/service_at_locations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Register a service at a location (HSDS 3.0 fields) */
    post: operations['RegisterServiceAtLocationHttpController_register'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/directory/service_at_locations/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change fields of a service at a location; an update that changes nothing records nothing */
    patch: operations['UpdateServiceAtLocationHttpController_update'];
    trace?: never;
  };
  '/directory/services': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Register a service (HSDS 3.0 fields) */
    post: operations['RegisterServiceHttpController_register'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/directory/services/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change fields of a service; an update that changes nothing records nothing */
    patch: operations['UpdateServiceHttpController_update'];
    trace?: never;
  };
  '/directory/services/{id}/capacity': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Report open capacity of one unit (HSDS 3.1 service_capacity)
     * @description A provider partner may report only for services of the organisation in its token (403 DIRECTORY.NOT_YOUR_ORGANIZATION otherwise).
     */
    put: operations['UpdateServiceCapacityHttpController_report'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/directory/services/{id}/history': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every change to a service listing, oldest first (read it as of any time with GET /services/{id}?asOf=) */
    get: operations['GetServiceHistoryHttpController_history'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/directory/services/{id}/reinstate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Return a suspended service to search */
    post: operations['ReinstateServiceHttpController_reinstate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/directory/services/{id}/suspend': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Take a service out of search; HSDS serves it as inactive until reinstated */
    post: operations['SuspendServiceHttpController_suspend'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['HealthController_check'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/intake/caseloads': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Caseloads of a team: open cases per case manager with counts, and the unassigned queue
     * @description Each case of the unassigned queue is a recorded read (RecordAccessed).
     */
    get: operations['GetTeamCaseloadsHttpController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/intake/caseloads/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * My open cases, most urgent first, with counts by status and priority and open safety flags
     * @description Each listed case is a recorded read (RecordAccessed).
     */
    get: operations['GetMyCaseloadHttpController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/intake/cases': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Open a case for a registered client in a program
     * @description The case starts unassigned in its team’s queue, in status opened. A case manager sees it once it is assigned to them.
     */
    post: operations['OpenCaseHttpController_open'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/intake/cases/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A case with its screenings, needs, safety flags and eligibility, now or as it stood at `asOf`
     * @description Every read is recorded (RecordAccessed). The ETag header holds the version to send as expectedVersion.
     */
    get: operations['GetCaseHttpController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/intake/cases/{id}/assignment': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Assign or reassign a case to a case manager, within the configured caseload limit
     * @description Assigning to the current assignee records nothing (changed: false).
     */
    post: operations['AssignCaseHttpController_assign'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/intake/cases/{id}/close': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Close a case with a reason and an outcome; only a reopening changes it afterwards */
    post: operations['CloseCaseHttpController_close'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/intake/cases/{id}/eligibility': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Decide eligibility for a program and record it with one reason per rule
     * @description The program’s rules are data; the event records the rules applied, so it can be checked again.
     */
    post: operations['DetermineEligibilityHttpController_determine'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/intake/cases/{id}/needs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Identify a need by hand
     * @description A need already open on the case is not identified twice (changed: false).
     */
    post: operations['AddNeedHttpController_add'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/intake/cases/{id}/reopen': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Reopen a closed case; it starts again in assessment */
    post: operations['ReopenCaseHttpController_reopen'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/intake/cases/{id}/screenings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Score a completed screening (PHQ-9, GAD-7, AUDIT-C, AHC-HRSN) and store it with its answers
     * @description A positive screen identifies its needs; a safety finding (PHQ-9 item 9) raises a flag due for follow-up the same day.
     */
    post: operations['RecordScreeningHttpController_record'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/intake/cases/{id}/status': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Move a case forward to its next status */
    post: operations['AdvanceCaseStatusHttpController_advance'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/intake/cases/{id}/transfer': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Transfer a case to another team
     * @description The assignment ends with the transfer: the case joins the receiving team’s unassigned queue.
     */
    post: operations['TransferCaseHttpController_transfer'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/intake/clients': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Register a client, unless possible duplicates exist and no override reason is given */
    post: operations['RegisterClientHttpController_register'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/intake/clients/{clientId}/consents': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A client's consents, latest signed first, with where each stands now; the read is recorded */
    get: operations['ListClientConsentsHttpController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/intake/clients/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A client’s current details; a merged client answers mergedInto, the survivor to follow */
    get: operations['GetClientHttpController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Correct details of a client, with a reason; only the changed fields are recorded */
    patch: operations['CorrectClientDetailsHttpController_correct'];
    trace?: never;
  };
  '/intake/clients/{id}/erase': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Erase a client's personal data by shredding the client's key; every event and the audit chain remain */
    post: operations['EraseClientPersonalDataHttpController_erase'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/intake/clients/{id}/merge': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Merge a duplicate into this client (the survivor); both records are kept */
    post: operations['MergeClientsHttpController_merge'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/intake/clients/duplicate-check': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Registered clients that may be this person, best first, without registering anyone */
    post: operations['FindDuplicateCandidatesHttpController_check'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/intake/clients/search': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Find clients by name, date of birth or identifier (at most 50; erased clients never match)
     * @description The criteria travel in the body, never in the URL. Name words match whole words of the given or family name; every criterion given must match.
     */
    post: operations['SearchClientsHttpController_search'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/intake/consents': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record a written consent to disclose (42 CFR Part 2 §2.31)
     * @description A missing §2.31 element answers 400 INTAKE.CONSENT_INCOMPLETE with the element in details.
     */
    post: operations['RecordConsentHttpController_record'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/intake/consents/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A consent as recorded, with its revocation and expiry; the read is recorded */
    get: operations['GetConsentHttpController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/intake/consents/{id}/expiry-event': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record that the event an event-expiry consent ends on has happened
     * @description The consent is no longer in force from occurredAt on.
     */
    post: operations['RecordConsentExpiryEventHttpController_record'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/intake/consents/{id}/revoke': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record that the patient revoked a consent
     * @description Applies from revokedAt forward only: in-force answers for earlier instants do not change. A second revocation answers 409 INTAKE.CONSENT_ALREADY_REVOKED.
     */
    post: operations['RevokeConsentHttpController_revoke'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/intake/consents/in-force': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Is a consent in force for this recipient, information category and purpose at this time?
     * @description A question, not a change: it is a POST so that a recipient’s name travels in the body, never in a URL. Answers from the dates the consents record (signature, effect, revocation, expiry), so the answer for a past instant does not change when a later revocation is recorded. An expiry date ends with that day in the agency’s time zone.
     */
    post: operations['GetConsentInForceHttpController_inForce'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/intake/workers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The registered workers of a team: who a case can be assigned to
     * @description Supervisors and intake workers list their own team; admins any team, or the whole agency.
     */
    get: operations['ListWorkersHttpController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/intake/workers/{workerId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Register a worker, or set a registered worker’s name, team and roles
     * @description The id is the worker’s token subject. Cases are assigned only to active case managers registered in the case’s team. Setting the same details records nothing (changed: false); a deactivated worker stays deactivated.
     */
    put: operations['RegisterWorkerHttpController_register'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/intake/workers/{workerId}/deactivation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Deactivate a worker who leaves or stops taking cases
     * @description No case can be assigned to them afterwards; the cases they hold stay theirs until a supervisor reassigns them. Deactivating an inactive worker records nothing.
     */
    post: operations['DeactivateWorkerHttpController_deactivate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/intake/workers/{workerId}/reactivation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Reactivate a deactivated worker: cases can be assigned to them again
     * @description Reactivating an active worker records nothing.
     */
    post: operations['ReactivateWorkerHttpController_reactivate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/organizations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Paginated organisations (HSDS getPaginatedListOfOrganizations) */
    get: operations['ListOrganizationsHttpController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/organizations/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An organisation with its locations and services (HSDS getOrganizationById) */
    get: operations['GetOrganizationHttpController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/referral/cases/{caseId}/referrals': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The case’s referrals, newest first
     * @description Status, target, what was disclosed under which consent, reason codes, delivery and follow-up. Read by the case manager, a supervisor of the team, and the tenant’s auditors and admins; every read is in the access log.
     */
    get: operations['ListCaseReferralsHttpController_list'];
    put?: never;
    /**
     * Draft a referral of one of the case’s needs to a directory service at a location
     * @description Pins the directory listing version the worker saw. Warns, without refusing, when the service is temporarily closed or shows no free capacity; refuses a defunct or unknown service (422). By the case’s case manager or a supervisor of its team.
     */
    post: operations['DraftReferralHttpController_draft'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/referral/metrics': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The referral funnel, per receiving organisation and program, over a date range
     * @description For the referrals sent from `from` to `to` (the agency’s calendar): how many were accepted, served and completed, the median and 90th-percentile hours to acceptance, to first service and to completion, and where the rest were lost (rejected and failed with their reason codes, cancelled, unanswered past their due time, entered in error). A provider partner sees only its own organisation.
     */
    get: operations['GetReferralMetricsHttpController_metrics'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/referral/partner/referral-counts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * How many referrals sent to the partner’s organisation are in each status
     * @description Only referrals sent to this organisation (never a draft), every status listed, zero included. Every read is in the access log, as a read of the inbox.
     */
    get: operations['CountPartnerReferralsHttpController_count'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/referral/partner/referrals': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The referrals addressed to the partner’s organisation
     * @description Filter by status and by `updatedAfter`, as Gravity’s polling does; page with `next`. Only referrals sent to this organisation, and only the fields the client’s consent let the agency disclose, with the §2.32 notice. Every read is in the access log.
     */
    get: operations['ListPartnerReferralsHttpController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/referral/partner/referrals/{referralId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One referral addressed to the partner’s organisation, with only what was disclosed
     * @description Another organisation’s referral, or a draft, reads 404. Every read is in the access log.
     */
    get: operations['GetPartnerReferralHttpController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/referral/partner/referrals/{referralId}/accept': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Accept the referral
     * @description From requested. By a provider partner of the receiving organisation only; anyone else reads 404.
     */
    post: operations['AcceptReferralHttpController_accept'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/referral/partner/referrals/{referralId}/complete': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Complete the referral: the service was delivered
     * @description From accepted or in progress: when it was delivered and what (sealed). The client’s follow-up falls due 30 days later. By a provider partner of the receiving organisation only; anyone else reads 404.
     */
    post: operations['CompleteReferralHttpController_complete'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/referral/partner/referrals/{referralId}/fail': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record that the referral failed, with a reason code
     * @description From accepted, in progress or on hold. By a provider partner of the receiving organisation only; anyone else reads 404.
     */
    post: operations['FailReferralHttpController_fail'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/referral/partner/referrals/{referralId}/history': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The moves of one referral addressed to the partner’s organisation, oldest first
     * @description From its send on: each status, the side that moved it (the agency or the organisation), when it happened and was recorded, a rejection’s or failure’s reason code and a completion’s delivery date; never who moved it, notes or the outcome’s text. Read from the referral’s own events, so a move just made is in it. Another organisation’s referral, or a draft, reads 404. Every read is in the access log.
     */
    get: operations['GetPartnerReferralHistoryHttpController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/referral/partner/referrals/{referralId}/hold': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Put the referral on hold
     * @description From accepted or in progress. By a provider partner of the receiving organisation only; anyone else reads 404.
     */
    post: operations['HoldReferralHttpController_hold'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/referral/partner/referrals/{referralId}/reject': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Reject the referral, with a reason code
     * @description From requested. By a provider partner of the receiving organisation only; anyone else reads 404.
     */
    post: operations['RejectReferralHttpController_reject'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/referral/partner/referrals/{referralId}/start': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Start serving the client
     * @description From accepted or on hold: the first service. By a provider partner of the receiving organisation only; anyone else reads 404.
     */
    post: operations['StartReferralHttpController_start'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/referral/partner/webhook': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The organisation’s webhook and how its notifications fare; never the secret */
    get: operations['GetWebhookHttpController_get'];
    /**
     * Register (or replace) the organisation’s webhook; answers its new secret, once
     * @description On every change to one of the organisation’s referrals an id-only notification is posted, signed in `x-referral-signature` with `sha256=` and the hex HMAC-SHA-256 of the body under the secret, retried with backoff, in order. The secret is shown only in this answer.
     */
    put: operations['RegisterWebhookHttpController_register'];
    post?: never;
    /**
     * Remove the organisation’s webhook: notifications not yet delivered are dropped
     * @description A webhook registered later hears only of later changes, never of what this one missed.
     */
    delete: operations['RemoveWebhookHttpController_remove'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/referral/referrals/{referralId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One referral as it stands, with its disclosures, reason, outcome and follow-up
     * @description Read from the referral’s own events, so a read right after a change shows it. For those who may read its case; every read is in the access log.
     */
    get: operations['GetReferralHttpController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/referral/referrals/{referralId}/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Cancel the referral
     * @description The agency withdraws it, from draft, requested, accepted, in progress or on hold; the receiving organisation is told. By the case’s case manager or a supervisor of its team.
     */
    post: operations['CancelReferralHttpController_cancel'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/referral/referrals/{referralId}/entered-in-error': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Mark the referral entered in error
     * @description It should never have existed: kept for the record, out of every list and count. By the case’s case manager or a supervisor of its team.
     */
    post: operations['MarkReferralEnteredInErrorHttpController_markEnteredInError'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/referral/referrals/{referralId}/follow-up': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record the follow-up with the client
     * @description Once the referral is completed: did the service help? Need met, partly met or not met. Once only. By the case’s case manager or a supervisor of its team.
     */
    post: operations['FollowUpReferralHttpController_followUp'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/referral/referrals/{referralId}/send': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Send the referral to the receiving organisation: the disclosure
     * @description Allowed only under a consent of the client in force at this moment for this recipient, purpose and the information categories of the fields (42 CFR §2.31), as intake answers it (409 REFERRAL.NO_CONSENT_IN_FORCE otherwise; 503 REFERRAL.CONSENT_SOURCE_UNAVAILABLE when intake cannot answer: nothing is sent). Discloses only the fields that consent covers, with the §2.32 notice.
     */
    post: operations['SendReferralHttpController_send'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/service_at_locations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Paginated services at locations (HSDS getPaginatedListOfServiceAtLocation) */
    get: operations['ListServiceAtLocationsHttpController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/service_at_locations/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A service at a location, fully nested (HSDS getServiceAtLocationWithNestedDataById) */
    get: operations['GetServiceAtLocationHttpController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/services': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Paginated services (HSDS getPaginatedListOfServices) */
    get: operations['ListServicesHttpController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/services/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A fully nested service (HSDS getFullyNestedServiceById), now or as it stood at `asOf`
     * @description The ETag header holds the version of the service, to send as expectedVersion with a change.
     */
    get: operations['GetServiceHttpController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/session': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['SessionHttpController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/taxonomies': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Paginated taxonomies (HSDS getPaginatedListOfTaxonomies) */
    get: operations['ListTaxonomiesHttpController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/taxonomies/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A taxonomy (HSDS getTaxonomyById) */
    get: operations['ListTaxonomiesHttpController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/taxonomy_terms': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Paginated taxonomy terms (HSDS getTaxonomyTermById in the published OpenAPI) */
    get: operations['ListTaxonomyTermsHttpController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/taxonomy_terms/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A taxonomy term with its taxonomy */
    get: operations['ListTaxonomyTermsHttpController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    ActorDto: {
      /** @description The token’s subject */
      id: string;
      /** @description Display name, when the token carries one */
      name?: string;
      /** @description The party acting for the subject (the act claim’s subject) */
      onBehalfOf?: string;
      /** @description A provider partner’s organisation (the org claim) */
      organizationId?: string;
      /** @description The known roles the token grants; others are ignored */
      roles: ('intake_worker' | 'case_manager' | 'supervisor' | 'provider_partner' | 'auditor' | 'admin')[];
      /** @description The team claim */
      teamId?: string;
    };
    AddGoalRequestDto: {
      /** @description The goal in the client’s words (sealed with the client’s key) */
      description: string;
      /** @description Version of the stream the change is based on (the case’s plans or casework, from the last write or read) */
      expectedVersion?: number;
      /**
       * @description Where the goal starts; proposed when left out
       * @enum {string}
       */
      lifecycleStatus?: 'proposed' | 'planned' | 'accepted' | 'active' | 'on-hold' | 'completed' | 'cancelled';
      measure?: components['schemas']['GoalMeasureDto'] | (never | null);
      /**
       * @description Need codes identified on the case
       * @example [
       *       "housing"
       *     ]
       */
      needs: string[];
      /**
       * Format: date
       * @example 2026-06-30
       */
      targetDate: string;
    };
    AddInterventionRequestDto: {
      /** @description What is to be done (sealed with the client’s key) */
      description: string;
      /**
       * Format: date
       * @example 2026-03-20
       */
      dueDate: string;
      /** @description Version of the stream the change is based on (the case’s plans or casework, from the last write or read) */
      expectedVersion?: number;
      /**
       * Format: uuid
       * @description The referral carrying it out, once referrals exist
       */
      referralId?: string;
      responsible: components['schemas']['ResponsibleDto'];
    };
    AddNeedRequestDto: {
      /** @description Version of the case the change is based on; left out, the change applies to the current version */
      expectedVersion?: number;
      /** @enum {string} */
      need:
        | 'housing'
        | 'food'
        | 'transportation'
        | 'utilities'
        | 'interpersonal_safety'
        | 'mental_health'
        | 'substance_use'
        | 'income'
        | 'medical'
        | 'legal'
        | 'education'
        | 'employment';
      /** @description What the worker saw (sealed with the client’s key) */
      note?: string;
    };
    AdvanceCaseStatusRequestDto: {
      /** @description Version of the case the change is based on (from the last write or read) */
      expectedVersion: number;
      /**
       * @description The next status: opened → assessment → planning → services (close a case with POST …/close)
       * @enum {string}
       */
      to: 'opened' | 'assessment' | 'planning' | 'services';
    };
    AppointmentProviderDto: {
      /** @description The provider’s name (sealed with the client’s key) */
      name: string;
      /** @description The provider’s directory organisation id, when it is one */
      organizationId?: string;
    };
    AppointmentRecordDto: {
      /** Format: uuid */
      appointmentId: string;
      cancellationReason: string | null;
      followedUp: boolean;
      /** Format: date-time */
      followedUpAt: string | null;
      /** Format: date-time */
      followUpDueBy: string | null;
      organizationId: string | null;
      /** @description Sealed with the client’s key; null once the client’s personal data is erased */
      providerName: string | null;
      /** @description Sealed with the client’s key; null once the client’s personal data is erased */
      purpose: string | null;
      /** @description How many times it was moved to another time */
      reschedules: number;
      scheduledBy: string;
      /** Format: date-time */
      startsAt: string;
      /** @enum {string} */
      status: 'scheduled' | 'kept' | 'missed' | 'cancelled';
      /** @enum {string} */
      transport: 'arranged' | 'not_needed' | 'not_arranged';
    };
    ApprovalDto: {
      /** Format: date */
      approvedOn: string;
      by: string;
      version: number;
    };
    ApproveCarePlanRequestDto: {
      /** @description Version of the stream the change is based on (the case’s plans or casework, from the last write or read) */
      expectedVersion?: number;
      /** @description The version of the plan as the caller read it */
      version: number;
    };
    ArrangeTransportRequestDto: {
      /** @description Version of the stream the change is based on (the case’s plans or casework, from the last write or read) */
      expectedVersion?: number;
      /** @enum {string} */
      transport: 'arranged' | 'not_needed' | 'not_arranged';
    };
    AssignCaseRequestDto: {
      /** @description User id (token subject) of the case manager */
      caseManagerId: string;
      /** @description Version of the case the change is based on; left out, the change applies to the current version */
      expectedVersion?: number;
      /** @description Supervisors only: assign although the case manager is at the caseload limit */
      override?: components['schemas']['CaseloadOverrideDto'];
    };
    CancelReferralRequestDto: {
      /** @description Version of the referral the change is based on (from the last write) */
      expectedVersion?: number;
      /** @description Why, for the record (sealed) */
      note?: string;
    };
    CapacityUnitDto: {
      /** @description Id of the unit; a report names its unit by id or by name */
      id?: Record<string, never> | null;
      /** @description Identifier of the unit in that scheme */
      identifier?: Record<string, never> | null;
      /** @description What is counted, e.g. bed, appointment slot, place */
      name: string;
      /** @description Scheme the unit comes from */
      scheme?: Record<string, never> | null;
      /**
       * Format: uri
       * @description URI of the unit
       */
      uri?: Record<string, never> | null;
    };
    CaseCaseworkDto: {
      appointments: components['schemas']['AppointmentRecordDto'][];
      /**
       * Format: date-time
       * @description The instant the casework is shown as of
       */
      asOf: string;
      /** Format: uuid */
      caseId: string;
      contacts: components['schemas']['ContactRecordDto'][];
      /** Format: date-time */
      firstContactAt: string | null;
      /** Format: date-time */
      lastContactAt: string | null;
      medicationChecks: components['schemas']['MedicationCheckRecordDto'][];
      /** @description Send it as expectedVersion with the next change */
      streamVersion: number;
    };
    CaseChangesDto: {
      /** @description The case at `to`; null as for `before` */
      after: components['schemas']['ReplayedCaseDto'] | (never | null);
      /** @description The case at `from`; null when nothing about it had been recorded (or had happened) by then */
      before: components['schemas']['ReplayedCaseDto'] | (never | null);
      caseId: string;
      /** @enum {string} */
      clock: 'recorded' | 'occurred';
      /** @description What differs between `before` and `after` (state and related streams), deepest first */
      differences: (
        | components['schemas']['StateAddedDto']
        | components['schemas']['StateRemovedDto']
        | components['schemas']['StateChangedDto']
      )[];
      /** @description The changes in between (after `from`, up to `to` on the clock): what, who, when */
      entries: components['schemas']['TimelineEntryDto'][];
      /** Format: date-time */
      from: string;
      /** Format: date-time */
      to: string;
    };
    CaseComplianceDto: {
      caseId: string;
      /** @enum {string} */
      clock: 'occurred' | 'known';
      /**
       * Format: date-time
       * @description The instant the obligations are judged at
       */
      evaluatedAt: string;
      /** @description The fines of its violations and late meetings, in cents (USD) */
      fineCents: number;
      /**
       * Format: date-time
       * @description For the known clock: the instant the record is read as of
       */
      knownOn: string | null;
      /** @description In the order they arose */
      obligations: components['schemas']['ObligationRowDto'][];
      programId: string | null;
      /** @description The team holding the case */
      teamId: string | null;
      /** @description The case manager */
      workerId: string | null;
    };
    CaseDetailsDto: {
      /** Format: uuid */
      caseId: string;
      caseManagerId: string | null;
      /** Format: uuid */
      clientId: string;
      closure: components['schemas']['ClosureDto'] | (never | null);
      /** @description The latest eligibility determination per program */
      eligibility: {
        [key: string]: unknown;
      }[];
      needs: components['schemas']['CaseNeedDto'][];
      /** Format: date-time */
      openedAt: string;
      openedBy: string;
      /** @enum {string} */
      priority: 'emergency' | 'urgent' | 'routine';
      programId: string;
      referralSource: components['schemas']['ReferralSourceViewDto'];
      reopenedCount: number;
      /** @description Open safety flags */
      safetyFlags: components['schemas']['CaseSafetyFlagDto'][];
      /** @description Every screening, oldest first */
      screenings: components['schemas']['CaseScreeningDto'][];
      /** @enum {string} */
      status: 'opened' | 'assessment' | 'planning' | 'services' | 'closed';
      teamId: string;
      /** Format: date-time */
      updatedAt: string;
      /** @description Version of the case’s stream: the expectedVersion of the next change */
      version: number;
    };
    CaseloadCaseDto: {
      /** Format: uuid */
      caseId: string;
      caseManagerId: string | null;
      /** Format: uuid */
      clientId: string;
      /** Format: date-time */
      lastEventAt: string;
      needs: (
        | 'housing'
        | 'food'
        | 'transportation'
        | 'utilities'
        | 'interpersonal_safety'
        | 'mental_health'
        | 'substance_use'
        | 'income'
        | 'medical'
        | 'legal'
        | 'education'
        | 'employment'
      )[];
      /** Format: date-time */
      openedAt: string;
      /** @enum {string} */
      priority: 'emergency' | 'urgent' | 'routine';
      programId: string;
      safetyFlagOpen: boolean;
      /** @enum {string} */
      status: 'opened' | 'assessment' | 'planning' | 'services';
      teamId: string;
    };
    CaseloadOverrideDto: {
      /** @description Why the case manager takes a case beyond the caseload limit (sealed with the client’s key) */
      reason: string;
    };
    CaseNeedDto: {
      /** Format: date-time */
      identifiedAt: string;
      /** @enum {string} */
      need:
        | 'housing'
        | 'food'
        | 'transportation'
        | 'utilities'
        | 'interpersonal_safety'
        | 'mental_health'
        | 'substance_use'
        | 'income'
        | 'medical'
        | 'legal'
        | 'education'
        | 'employment';
      /** @description Null once erased */
      note: string | null;
      /** @description Where the need was identified */
      source: {
        [key: string]: unknown;
      };
    };
    CasePlansDto: {
      /**
       * Format: date-time
       * @description The instant the plans are shown as of
       */
      asOf: string;
      /** Format: uuid */
      caseId: string;
      /** @description Oldest first */
      plans: components['schemas']['PlanDto'][];
      /** @description Send it as expectedVersion with the next change */
      streamVersion: number;
    };
    CaseReferralDisclosureDto: {
      /** Format: uuid */
      consentId: string;
      fields: string[];
      purpose: string | null;
      /** @description What was disclosed, field by field; null once the client’s data was erased */
      values: {
        [key: string]: string;
      } | null;
    };
    CaseReferralDto: {
      /** Format: date-time */
      answerDueAt: string | null;
      /** Format: date */
      deliveredOn: string | null;
      /** @description Null until it is sent */
      disclosure: components['schemas']['CaseReferralDisclosureDto'] | (never | null);
      /** Format: date */
      followUpDueOn: string | null;
      followUpResult: string | null;
      /** Format: uuid */
      goalId: string | null;
      /** @description Each status the referral reached, oldest first, with when it happened and when it was recorded */
      history: components['schemas']['PartnerHistoryEntryDto'][];
      need: string;
      /** @description What the receiving organisation recorded as delivered; null until completed, or once erased */
      outcome: string | null;
      reason: string | null;
      /** Format: uuid */
      referralId: string;
      /** Format: date-time */
      requestedAt: string | null;
      status: string;
      target: components['schemas']['ReferralTargetDto'];
      /** Format: date-time */
      updatedAt: string;
      /** @description What the worker was warned of when choosing the target */
      warnings: string[];
    };
    CaseSafetyFlagDto: {
      /** Format: date-time */
      followUpDueBy: string;
      /** @enum {string} */
      instrument: 'PHQ-9' | 'GAD-7' | 'AUDIT-C' | 'AHC-HRSN';
      /** @description The items that raised it */
      items: string[];
      /** Format: date-time */
      raisedAt: string;
      /** Format: uuid */
      screeningId: string;
    };
    CaseScreeningDto: {
      /** @description The answers, null once erased */
      answers: {
        [key: string]: unknown;
      } | null;
      /** @enum {string} */
      instrument: 'PHQ-9' | 'GAD-7' | 'AUDIT-C' | 'AHC-HRSN';
      instrumentVersion: string;
      result: components['schemas']['ScreeningResultDto'];
      /** Format: date-time */
      scoredAt: string;
      /** Format: uuid */
      screeningId: string;
      subject: {
        [key: string]: unknown;
      } | null;
    };
    CaseStateAsOfDto: {
      /** Format: date-time */
      asOf: string;
      /** @enum {string} */
      basis: 'recorded' | 'occurred';
      caseId: string;
      eventsApplied: number;
      /** @description The case’s streams in other services: { carePlans, casework } each { version, state, eventsApplied } or null; referrals a list of { streamId, version, state, eventsApplied } */
      related: {
        [key: string]: unknown;
      };
      /** @description Intake’s case as it stood, folded with intake’s evolve */
      state: {
        [key: string]: unknown;
      } | null;
      /** @description Version of the case’s intake stream as of then */
      version: number;
    };
    CaseTimelineDto: {
      caseId: string;
      /** @description In chain order */
      entries: components['schemas']['TimelineEntryDto'][];
    };
    CaseTimelineExportDto: {
      caseId: string;
      /** @description In chain order, each with its chain hash */
      entries: components['schemas']['ExportedEntryDto'][];
      /** Format: date-time */
      exportedAt: string;
    };
    CaseViewDto: {
      /** Format: uuid */
      caseId: string;
      caseManagerId: string | null;
      /** Format: uuid */
      clientId: string;
      /** Format: date-time */
      closedAt: string | null;
      needs: string[];
      /** Format: date-time */
      openedAt: string;
      priority: string;
      program: string;
      safetyFlags: components['schemas']['SafetyFlagDto'][];
      status: string;
      teamId: string;
      /** Format: date-time */
      updatedAt: string;
    };
    CaseworkWriteResponseDto: {
      /** Format: uuid */
      caseId: string;
      /** @description False when the request changed nothing, so no event was recorded */
      changed: boolean;
      /** Format: date-time */
      followUpDueBy?: string;
      /**
       * Format: uuid
       * @description The contact, appointment or check the write is about
       */
      id?: string;
      /** @description Version of the case’s casework stream now: send it as expectedVersion with the next change */
      streamVersion: number;
    };
    CaseWriteResponseDto: {
      /** @description False when the request changed nothing, so no event was recorded */
      changed: boolean;
      /** @description Id of the case written */
      id: string;
      /** @description Version of its stream now: send it as expectedVersion with the next change */
      version: number;
    };
    ChainHeadDto: {
      /** @description Hash of the last entry */
      hash: string;
      /** @description Sequence number of the last entry */
      sequence: number;
    };
    ChainProblemDto: {
      detail: string;
      eventId?: string;
      /** @enum {string} */
      kind: 'altered' | 'missing' | 'reordered';
      /** @description The entry at fault; for missing, the first sequence number that is not there */
      sequence: number;
    };
    ChainVerificationDto: {
      /** @description Entries read up to the first problem, or all of them */
      entriesChecked: number;
      firstProblem?: components['schemas']['ChainProblemDto'];
      /** @description The last entry of a valid chain */
      head?: components['schemas']['ChainHeadDto'];
      valid: boolean;
    };
    ChangeCarePlanStatusRequestDto: {
      /** @description Version of the stream the change is based on (the case’s plans or casework, from the last write or read) */
      expectedVersion?: number;
      /** @description Why (required for on-hold, revoked and entered-in-error; sealed with the client’s key) */
      reason?: string;
      /**
       * @description active resumes a plan on hold
       * @enum {string}
       */
      to: 'active' | 'on-hold' | 'completed' | 'revoked' | 'entered-in-error';
    };
    ChangeGoalLifecycleRequestDto: {
      /** @description Version of the stream the change is based on (the case’s plans or casework, from the last write or read) */
      expectedVersion?: number;
      /** @description Why (required to cancel; sealed with the client’s key) */
      reason?: string;
      /** @enum {string} */
      to: 'proposed' | 'planned' | 'accepted' | 'active' | 'on-hold' | 'completed' | 'cancelled';
    };
    ChangeInterventionStatusRequestDto: {
      /** @description Version of the stream the change is based on (the case’s plans or casework, from the last write or read) */
      expectedVersion?: number;
      /** @enum {string} */
      to: 'scheduled' | 'in-progress' | 'completed' | 'cancelled';
    };
    ClientChangesDto: {
      contact?: components['schemas']['ClientContactDto'];
      /**
       * Format: date
       * @example 1984-07-12
       */
      dateOfBirth?: string;
      demographics?: components['schemas']['ClientDemographicsDto'];
      familyName?: string;
      givenName?: string;
      identifiers?: components['schemas']['ClientIdentifierDto'][];
      middleName?: string;
      /**
       * @description BCP-47 language tag
       * @example es
       */
      preferredLanguage?: string;
    };
    ClientConsentsDto: {
      /** Format: uuid */
      clientId: string;
      /** @description Latest signed first */
      consents: components['schemas']['ConsentSummaryDto'][];
    };
    ClientContactDto: {
      address?: components['schemas']['PostalAddressDto'];
      /** Format: email */
      email?: string;
      phone?: string;
    };
    ClientDemographicsDto: {
      ethnicity?: string;
      genderIdentity?: string;
      /** @description Self-reported race categories */
      race?: string[];
      /**
       * @description Administrative sex
       * @enum {string}
       */
      sex?: 'female' | 'male' | 'other' | 'unknown';
      veteran?: boolean;
    };
    ClientDetailsDto: {
      /** Format: uuid */
      clientId: string;
      /** @description Empty once erased */
      demographics: components['schemas']['ClientDemographicsDto'];
      erased: boolean;
      /** @description The records merged into this one */
      mergedClientIds: string[];
      /**
       * Format: uuid
       * @description Set when merged: follow the survivor
       */
      mergedInto: string | null;
      /** @description Null once the client’s personal data is erased */
      personal: components['schemas']['ClientPersonalDto'] | (never | null);
      /** @description BCP-47 language tag; null once erased */
      preferredLanguage: string | null;
      /** @description Version of the client’s stream: send it as expectedVersion with a correction */
      version: number;
    };
    ClientIdentifierDto: {
      /** @enum {string} */
      system: 'ssn' | 'medicaid' | 'medicare' | 'state_id' | 'agency_mrn' | 'other';
      /** @description As written; compared by its letters and digits only */
      value: string;
    };
    ClientPersonalDto: {
      contact: components['schemas']['ClientContactDto'];
      /** Format: date */
      dateOfBirth: string;
      familyName: string;
      givenName: string;
      identifiers: components['schemas']['ClientIdentifierDto'][];
      middleName?: string;
    };
    ClientSearchResultDto: {
      /** Format: uuid */
      clientId: string;
      /** Format: date */
      dateOfBirth: string | null;
      familyName: string | null;
      givenName: string | null;
      /** @description SSNs show their last four digits only */
      identifiers: components['schemas']['ClientIdentifierDto'][];
      /**
       * Format: uuid
       * @description Set when merged: follow the survivor
       */
      mergedInto: string | null;
      middleName: string | null;
      /** @description BCP-47 language tag */
      preferredLanguage: string | null;
      /** @description Version of the client’s stream */
      version: number;
    };
    ClientSearchResultsDto: {
      /** @description At most 50, by family name then given name */
      clients: components['schemas']['ClientSearchResultDto'][];
    };
    ClientWriteResponseDto: {
      /** @description False when the request changed nothing, so no event was recorded */
      changed: boolean;
      /** @description Id of the client written */
      id: string;
      /** @description Version of its stream now: send it as expectedVersion with the next correction */
      version: number;
    };
    CloseCaseRequestDto: {
      /** @description Version of the case the change is based on; left out, the change applies to the current version */
      expectedVersion?: number;
      /** @enum {string} */
      outcome: 'goals_met' | 'partially_met' | 'not_met' | 'client_withdrew' | 'transferred_out' | 'deceased' | 'other';
      /** @description Why the case closes (sealed with the client’s key) */
      reason: string;
    };
    ClosureDto: {
      /** Format: date-time */
      closedAt: string;
      outcome: string;
      reason: string | null;
    };
    CompleteReferralRequestDto: {
      /**
       * Format: date
       * @description When the service was delivered, in the agency’s calendar
       */
      deliveredOn: string;
      /** @description What was delivered (sealed) */
      outcome: string;
    };
    ComplianceGroupDto: {
      /** @description Ended before their due time by an event that lifts them */
      cancelled: number;
      /** @description The fines of the violations, in cents (USD) */
      fineCents: number;
      /** @description The tenant, program, case manager, case, month (`YYYY-MM` of the due time) or rule; null when unknown */
      key: string | null;
      /** @description Met on time */
      met: number;
      /** @description Met after their due time */
      metLate: number;
      /** @description Obligations due in the period */
      obligations: number;
      /** @description Unmet, not yet due */
      pending: number;
      /** @description Unmet past their due time, at the evaluation instant or when an event ended them */
      violated: number;
      /** @description The violated and the met late: each is fined */
      violations: number;
    };
    ComplianceReportDto: {
      /** @enum {string} */
      clock: 'occurred' | 'known';
      /**
       * Format: date-time
       * @description The instant the obligations are judged at
       */
      evaluatedAt: string;
      /**
       * Format: date
       * @description First day of due dates, in the agency’s calendar
       */
      from: string;
      /** @enum {string} */
      groupBy: 'tenant' | 'program' | 'team' | 'worker' | 'case' | 'month' | 'rule';
      /** @description By key, unknown last */
      groups: components['schemas']['ComplianceGroupDto'][];
      /**
       * Format: date-time
       * @description For the known clock: the instant the record is read as of
       */
      knownOn: string | null;
      /**
       * Format: date
       * @description Last day of due dates, in the agency’s calendar
       */
      to: string;
      totals: components['schemas']['ComplianceTotalsDto'];
    };
    ComplianceTotalsDto: {
      /** @description Ended before their due time by an event that lifts them */
      cancelled: number;
      /** @description The fines of the violations, in cents (USD) */
      fineCents: number;
      /** @description Met on time */
      met: number;
      /** @description Met after their due time */
      metLate: number;
      /** @description Obligations due in the period */
      obligations: number;
      /** @description Unmet, not yet due */
      pending: number;
      /** @description Unmet past their due time, at the evaluation instant or when an event ended them */
      violated: number;
      /** @description The violated and the met late: each is fined */
      violations: number;
    };
    ConsentDiscloserDto: {
      /** @description Their id in the agency or the provider directory */
      id?: string;
      /**
       * @description A program, an organisation or a person
       * @enum {string}
       */
      kind: 'program' | 'organization' | 'person';
      /** @description Name of who may disclose */
      name: string;
    };
    ConsentDiscloserViewDto: {
      /** @description Their id in the agency or the provider directory */
      id?: string;
      /** @enum {string} */
      kind: 'program' | 'organization' | 'person';
      /** @description Null once erased */
      name: string | null;
    };
    ConsentExpiryDto: {
      /** @description event: what ends the consent, e.g. discharge from the program */
      event?: string;
      /**
       * @description Ends on a date, or on an event
       * @enum {string}
       */
      kind: 'date' | 'event';
      /**
       * Format: date
       * @description date: the last day the consent applies (inclusive)
       */
      on?: string;
    };
    ConsentExpiryViewDto: {
      /** @description Event: what ends it, null once erased */
      event?: string | null;
      /** @enum {string} */
      kind: 'date' | 'event';
      /**
       * Format: date
       * @description Date: the last day it is in force
       */
      on?: string;
    };
    ConsentInForceAnswerDto: {
      /**
       * Format: uuid
       * @description The consent that answers: the one in force, or the covering one not in force then; null when none
       */
      consentId: string | null;
      inForce: boolean;
      /** @description Why, in words */
      reason: string;
    };
    ConsentInformationDto: {
      /** @description Kinds of information the consent releases */
      categories: (
        'substance_use_disorder' | 'mental_health' | 'medical' | 'housing' | 'benefits' | 'demographics' | 'all_records'
      )[];
      /** @description How much and what kind of information, as the form says it */
      description: string;
    };
    ConsentInformationViewDto: {
      categories: (
        'substance_use_disorder' | 'mental_health' | 'medical' | 'housing' | 'benefits' | 'demographics' | 'all_records'
      )[];
      /** @description What is released, in the form’s words; null once erased */
      description: string | null;
    };
    ConsentPersonalDto: {
      /** @description Notes about the signing */
      notes?: string;
      /** @description Who signed for the patient (guardian or authorised representative) */
      representativeName?: string;
      /** @description The name as signed */
      signatureName: string;
    };
    ConsentPersonalViewDto: {
      /** @description Notes about the signing */
      notes?: string;
      /** @description Who signed for the patient (guardian or authorised representative) */
      representativeName?: string;
      /** @description The name as signed */
      signatureName: string;
    };
    ConsentRecipientDto: {
      /** @description class: who belongs to the class */
      description?: string;
      /**
       * @description A named recipient, or a class of recipients (general designation)
       * @enum {string}
       */
      kind: 'named' | 'class';
      /** @description named: the recipient (organisation or person) */
      name?: string;
      /** @description named: the organisation id in the provider directory */
      organizationId?: string;
      /** @description class: its members have a treating provider relationship with the patient (required for SUD) */
      treatingProviderRelationship?: boolean;
    };
    ConsentRecipientViewDto: {
      /** @description Class: the general designation */
      description?: string | null;
      /** @enum {string} */
      kind: 'named' | 'class';
      /** @description Named: the recipient; null once erased, and in a list, which never reads it */
      name?: string | null;
      /** @description Named: the organisation, when the recipient is one */
      organizationId?: string;
      /** @description Class: limited to those with a treating provider relationship */
      treatingProviderRelationship?: boolean;
    };
    ConsentRevocationViewDto: {
      /** @enum {string} */
      method: 'written' | 'oral';
      /** @description Null when none was given, or once erased */
      reason: string | null;
      /** Format: date-time */
      revokedAt: string;
    };
    ConsentSummaryDto: {
      caseId: string | null;
      categories: string[];
      /** Format: uuid */
      consentId: string;
      /** Format: date-time */
      effectiveFrom: string;
      expiry: components['schemas']['ConsentExpiryViewDto'];
      /** Format: date-time */
      expiryEventOccurredAt: string | null;
      purposes: string[];
      recipients: components['schemas']['ConsentRecipientViewDto'][];
      /** Format: date-time */
      revokedAt: string | null;
      /** Format: date-time */
      signedAt: string;
      /**
       * @description Where it stands now
       * @enum {string}
       */
      standing: 'not_yet_effective' | 'in_force' | 'revoked' | 'expired';
      version: number;
    };
    ConsentViewDto: {
      /**
       * Format: uuid
       * @description The case it was taken in
       */
      caseId: string | null;
      /** Format: uuid */
      clientId: string;
      discloser: components['schemas']['ConsentDiscloserViewDto'];
      /** Format: date-time */
      effectiveFrom: string;
      /**
       * Format: date-time
       * @description When it stops applying by its expiry, where that is known
       */
      expiresAt: string | null;
      expiry: components['schemas']['ConsentExpiryViewDto'];
      /**
       * Format: date-time
       * @description When its expiry event occurred
       */
      expiryEventOccurredAt: string | null;
      /** Format: uuid */
      id: string;
      information: components['schemas']['ConsentInformationViewDto'];
      /** @description Null once the client’s key is shredded */
      personal: components['schemas']['ConsentPersonalViewDto'] | (never | null);
      purpose: ('treatment' | 'payment' | 'health_care_operations' | 'care_coordination' | 'referral' | 'other')[];
      /** @description The purpose in the form’s words; null once erased */
      purposeDescription: string | null;
      recipients: components['schemas']['ConsentRecipientViewDto'][];
      /** @description The statement that goes with each disclosure */
      redisclosureNotice: string | null;
      /** @description Null until revoked */
      revocation: components['schemas']['ConsentRevocationViewDto'] | (never | null);
      /** @description Always true: a consent is not recorded without it */
      rightToRevokeAcknowledged: boolean;
      /** Format: date-time */
      signedAt: string;
      /** @enum {string} */
      signedBy: 'patient' | 'guardian' | 'authorized_representative';
      /**
       * @description Where it stands now
       * @enum {string}
       */
      standing: 'not_yet_effective' | 'in_force' | 'revoked' | 'expired';
      /** @description Version of the consent’s stream: send it as expectedVersion with a revocation */
      version: number;
    };
    ConsentWriteResponseDto: {
      /**
       * Format: uuid
       * @description Id of the consent
       */
      id: string;
      /** @description Version of the consent's stream now: send it as expectedVersion with the next change */
      version: number;
    };
    ContactRecordDto: {
      /** @description Who recorded it */
      by: string;
      /** Format: uuid */
      contactId: string;
      durationMinutes: number | null;
      goalsAddressed: string[];
      /** @enum {string} */
      kind: 'home_visit' | 'office_visit' | 'phone' | 'video' | 'collateral' | 'attempted';
      /** @description Recorded more than a day after it happened */
      late: boolean;
      /** @description Sealed with the client’s key; null once the client’s personal data is erased */
      lateEntryReason: string | null;
      /** @description Sealed with the client’s key; null once the client’s personal data is erased */
      location: string | null;
      /** @description Sealed with the client’s key; null once the client’s personal data is erased */
      notes: string | null;
      /** Format: date-time */
      occurredAt: string;
      /** @description Sealed with the client’s key; null once the client’s personal data is erased */
      participants: string[] | null;
      /** Format: date-time */
      recordedAt: string;
    };
    CorrectClientDetailsRequestDto: {
      changes: components['schemas']['ClientChangesDto'];
      /** @description Version of the client the correction is based on (from the last write or read) */
      expectedVersion: number;
      /** @description Why the details are corrected; recorded with the event */
      reason: string;
    };
    CountsByPriorityDto: {
      emergency: number;
      routine: number;
      urgent: number;
    };
    CountsByStatusDto: {
      assessment: number;
      opened: number;
      planning: number;
      services: number;
    };
    CreateTenantExportRequestDto: {
      /**
       * @description `json`, `csv`, or `fhir`: a FHIR R4 Bundle of AuditEvents (IHE BALP)
       * @enum {string}
       */
      format: 'json' | 'csv' | 'fhir';
    };
    DeactivateWorkerRequestDto: {
      /** @description Version of the worker the change is based on */
      expectedVersion?: number;
      /**
       * @description Why the worker stops taking cases
       * @enum {string}
       */
      reason: 'left_agency' | 'leave_of_absence' | 'role_change' | 'other';
    };
    DeadlineRuleDto: {
      arisesOn: components['schemas']['EventMatcherDto'][];
      /** @description Events that end it unmet; one before the due time cancels it */
      cancelledBy: components['schemas']['EventMatcherDto'][];
      description: string;
      dueWithin: components['schemas']['DueWithinDurationDto'] | components['schemas']['DueWithinByFieldDto'];
      fine: components['schemas']['FineDto'];
      id: string;
      /** @description The data field correlating trigger, meeting, cancelling and restarting events (`referralId`) */
      key: string | null;
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      kind: 'deadline';
      metBy: components['schemas']['EventMatcherDto'][];
      /** @description Does a later trigger with the same key end this obligation and start the next? */
      restartsOnTrigger: boolean;
      /** @description The case manager’s worklist item this deadline stands for (first_contact, plan_approval, plan_review, referral_follow_up): the worklist shows them as one item */
      worklistItem: string | null;
    };
    DetermineEligibilityRequestDto: {
      applicant: components['schemas']['EligibilityApplicantDto'];
      /** @description Version of the case the change is based on; left out, the change applies to the current version */
      expectedVersion?: number;
      /** @description The program to decide for; defaults to the case’s program */
      programId?: string;
    };
    DevelopmentSignInRequestDto: {
      /** @description Display name */
      name?: string;
      /** @description A provider partner’s organisation */
      org?: string;
      roles: ('intake_worker' | 'case_manager' | 'supervisor' | 'provider_partner' | 'auditor' | 'admin')[];
      /**
       * @description The subject: the actor id
       * @example cm-17
       */
      sub: string;
      /** @example team-west */
      team?: string;
      /** @example county-a */
      tenant: string;
    };
    DevelopmentSignInResponseDto: {
      /** Format: date-time */
      expiresAt: string;
      token: string;
    };
    DisclosedByDto: {
      id: string;
      role: string;
    };
    DisclosureAccountingDto: {
      /** Format: uuid */
      clientId: string;
      /** @description Oldest first */
      disclosures: components['schemas']['DisclosureDto'][];
      /** Format: date-time */
      from: string;
      /** Format: date-time */
      to: string;
    };
    DisclosureDescriptionDto: {
      /** @description The fields shared, never their values */
      fields: string[];
      /** @description The information categories the fields fall in */
      informationCategories: string[];
    };
    DisclosureDto: {
      /** Format: uuid */
      caseId: string | null;
      /** Format: uuid */
      consentId: string;
      description: components['schemas']['DisclosureDescriptionDto'];
      /** Format: date-time */
      disclosedAt: string;
      disclosedBy: components['schemas']['DisclosedByDto'];
      /**
       * Format: uuid
       * @description The disclosure event
       */
      eventId: string;
      purpose: string;
      recipient: components['schemas']['DisclosureRecipientDto'];
      /** Format: date-time */
      recordedAt: string;
      /** @description The 42 CFR §2.32 notice that went with the disclosure */
      redisclosureNotice: string;
      /** Format: uuid */
      referralId: string;
    };
    DisclosureRecipientDto: {
      /** @description The receiving organisation, by its provider-directory id */
      organizationId: string;
    };
    DraftCarePlanRequestDto: {
      /** @description Version of the stream the change is based on (the case’s plans or casework, from the last write or read) */
      expectedVersion?: number;
    };
    DraftReferralRequestDto: {
      /** @description The care plan goal it serves */
      goalId?: string;
      /** @description The listing version the worker saw; the directory’s current one if left out */
      listingVersion?: number;
      /** @description The provider-directory location it is offered at */
      locationId: string;
      /**
       * @description The case’s need the referral serves
       * @enum {string}
       */
      need:
        | 'housing'
        | 'food'
        | 'transportation'
        | 'utilities'
        | 'interpersonal_safety'
        | 'mental_health'
        | 'substance_use'
        | 'income'
        | 'medical'
        | 'legal'
        | 'education'
        | 'employment';
      /**
       * Format: uuid
       * @description The referral’s id, chosen by the caller so a retry is safe
       */
      referralId?: string;
      /** @description The provider-directory service */
      serviceId: string;
    };
    DueWithinByFieldDto: {
      durations: {
        [key: string]: string;
      };
      /** @description The trigger’s data field the duration depends on (a case’s `priority`) */
      field: string;
      /** @description For a value not listed; null: such a trigger raises no obligation */
      otherwise: string | null;
    };
    DueWithinDurationDto: {
      /** @description Whole calendar days in the agency’s time zone (P14D) or hours (PT24H) */
      duration: string;
    };
    DuplicateCandidateDto: {
      birthYear: number | null;
      /** Format: uuid */
      clientId: string;
      /** @description The first letter of each name, e.g. M. L. G. */
      initials: string;
      /** @description The fields that match: givenName, familyName, swappedNames, dateOfBirth, identifier:<system> */
      matchedOn: string[];
      /** @description How alike, 0 to 1 */
      score: number;
    };
    DuplicateCandidatesDto: {
      /** @description Best first */
      candidates: components['schemas']['DuplicateCandidateDto'][];
    };
    DuplicateOverrideDto: {
      /** @description Why this is a new person although possible duplicates were shown */
      reason: string;
    };
    EligibilityApplicantDto: {
      /** @description US dollars a year, before taxes */
      annualHouseholdIncome?: number;
      /** @example Alameda */
      county?: string;
      /**
       * Format: date
       * @example 1990-05-01
       */
      dateOfBirth: string;
      householdSize?: number;
    };
    EraseClientPersonalDataRequestDto: {
      /**
       * @description Why the personal data is erased, as a code: free text would outlive the key it cannot be sealed with (ADR 0014)
       * @enum {string}
       */
      basis: 'client_request' | 'court_order' | 'retention_period_ended' | 'other';
    };
    EscalationTargetDto: {
      /** @enum {string} */
      role: 'supervisor';
      teamId: string;
    };
    EventMatcherDto: {
      /** @description A published event type, e.g. intake.CaseOpened.v1 */
      type: string;
      /** @description Data field path (dotted) to the values it may hold; every field must match */
      where: {
        [key: string]: ((string | null) | number | boolean)[];
      };
    };
    ExportedEntryDto: {
      actor: components['schemas']['TimelineActorDto'];
      caseId: string;
      /** Format: uuid */
      eventId: string;
      /** @description The entry’s hash in the tenant’s chain */
      hash: string;
      /** @enum {string} */
      kind: 'change' | 'view' | 'refusal';
      /**
       * Format: date-time
       * @description When it happened in the world (may be back-dated)
       */
      occurredAt: string;
      /** @description For a correction: why it was made */
      reason?: string;
      /**
       * Format: date-time
       * @description When it was recorded
       */
      recordedAt: string;
      /** @description Position in the tenant’s chain */
      sequence: number;
      /** @description The service that recorded it */
      service: string;
      streamId: string;
      streamVersion: number;
      /** @description What: the published type, e.g. intake.CaseOpened.v1 */
      type: string;
      /** @description For a view or a refusal: the route or query that showed, or refused, it */
      view?: string;
    };
    FailReferralRequestDto: {
      /** @description The text of an other reason, or a note (sealed) */
      note?: string;
      /** @enum {string} */
      reason:
        | 'client_refused_services'
        | 'lack_of_capacity'
        | 'services_no_longer_needed'
        | 'unable_to_contact_client'
        | 'unable_to_contact_organization'
        | 'not_eligible'
        | 'other';
    };
    FhirAgentRoleDto: {
      coding: components['schemas']['FhirCodingDto'][];
      text: string;
    };
    FhirAuditEventAgentDto: {
      requestor: boolean;
      role?: components['schemas']['FhirAgentRoleDto'][];
      type: components['schemas']['FhirCodeableConceptDto'];
      who: components['schemas']['FhirReferenceDto'];
    };
    FhirAuditEventDetailDto: {
      type: string;
      valueString: string;
    };
    FhirAuditEventDto: {
      /** @enum {string} */
      action: 'C' | 'R' | 'U' | 'D' | 'E';
      agent: components['schemas']['FhirAuditEventAgentDto'][];
      entity: components['schemas']['FhirAuditEventEntityDto'][];
      id: string;
      /** @enum {string} */
      outcome: '0' | '4' | '8' | '12';
      outcomeDesc?: string;
      period: components['schemas']['FhirPeriodDto'];
      /** Format: date-time */
      recorded: string;
      /** @enum {string} */
      resourceType: 'AuditEvent';
      source: components['schemas']['FhirAuditEventSourceDto'];
      subtype: components['schemas']['FhirCodingDto'][];
      type: components['schemas']['FhirCodingDto'];
    };
    FhirAuditEventEntityDto: {
      detail?: components['schemas']['FhirAuditEventDetailDto'][];
      name?: string;
      role: components['schemas']['FhirCodingDto'];
      type: components['schemas']['FhirCodingDto'];
      what: components['schemas']['FhirReferenceDto'];
    };
    FhirAuditEventObserverDto: {
      display: string;
      identifier: components['schemas']['FhirIdentifierDto'];
    };
    FhirAuditEventSourceDto: {
      observer: components['schemas']['FhirAuditEventObserverDto'];
      /** @description The tenant */
      site: string;
      type: components['schemas']['FhirCodingDto'][];
    };
    FhirBundleDto: {
      entry?: components['schemas']['FhirBundleEntryDto'][];
      id: string;
      /** @enum {string} */
      resourceType: 'Bundle';
      /** Format: date-time */
      timestamp: string;
      /** @enum {string} */
      type: 'collection';
    };
    FhirBundleEntryDto: {
      /** @description `urn:uuid:` and the resource’s id */
      fullUrl: string;
      resource: components['schemas']['FhirAuditEventDto'];
    };
    FhirCodeableConceptDto: {
      coding: components['schemas']['FhirCodingDto'][];
    };
    FhirCodingDto: {
      code: string;
      display?: string;
      system: string;
    };
    FhirIdentifierDto: {
      system: string;
      value: string;
    };
    FhirPeriodDto: {
      /** Format: date-time */
      end: string;
      /** Format: date-time */
      start: string;
    };
    FhirReferenceDto: {
      identifier: components['schemas']['FhirIdentifierDto'];
    };
    FindDuplicateCandidatesRequestDto: {
      /**
       * Format: uuid
       * @description Id of the new client; a UUIDv7 when left out
       */
      clientId?: string;
      contact?: components['schemas']['ClientContactDto'];
      /**
       * Format: date
       * @example 1984-07-12
       */
      dateOfBirth?: string;
      demographics?: components['schemas']['ClientDemographicsDto'];
      familyName: string;
      givenName: string;
      identifiers?: components['schemas']['ClientIdentifierDto'][];
      middleName?: string;
      /**
       * @description BCP-47 language tag
       * @example es
       */
      preferredLanguage?: string;
    };
    FineDto: {
      /** @description Per violation or late meeting, in whole cents */
      cents: number;
      /** @enum {string} */
      currency: 'USD';
    };
    FollowUpReferralRequestDto: {
      /** @description Version of the referral the change is based on (from the last write) */
      expectedVersion?: number;
      /** @description What the client said (sealed) */
      note?: string;
      /** @enum {string} */
      result: 'need_met' | 'need_partly_met' | 'need_not_met';
    };
    FunnelDurationsDto: {
      /** @description Referrals that took the step */
      count: number;
      /** @description Median hours, to two decimals; null when none took it */
      medianHours: number | null;
      /** @description 90th-percentile hours, to two decimals; null when none took it */
      p90Hours: number | null;
    };
    FunnelLostDto: {
      cancelled: number;
      enteredInError: number;
      failed: number;
      /** @description Rejections and failures by reason code */
      reasons: {
        [key: string]: number;
      };
      rejected: number;
      /** @description Still awaiting an answer past its due time */
      unanswered: number;
    };
    FunnelRowDto: {
      accepted: number;
      completed: number;
      /** @description Those whose service started */
      inService: number;
      lost: components['schemas']['FunnelLostDto'];
      /**
       * Format: uuid
       * @description The receiving organisation
       */
      organizationId: string;
      program: string;
      /** @description Referrals sent in the range */
      sent: number;
      /** @description Open and not past an answer’s due time */
      stillOpen: number;
      timeTo: components['schemas']['FunnelTimeToDto'];
    };
    FunnelTimeToDto: {
      /** @description From the send to acceptance */
      acceptance: components['schemas']['FunnelDurationsDto'];
      /** @description From the send to completion */
      completion: components['schemas']['FunnelDurationsDto'];
      /** @description From the send to the start of service */
      firstService: components['schemas']['FunnelDurationsDto'];
    };
    GetConsentInForceRequestDto: {
      /**
       * Format: date-time
       * @description The instant asked about; now by default
       */
      at?: string;
      /**
       * @description The kind of information to disclose
       * @enum {string}
       */
      category:
        | 'substance_use_disorder'
        | 'mental_health'
        | 'medical'
        | 'housing'
        | 'benefits'
        | 'demographics'
        | 'all_records';
      /**
       * Format: uuid
       * @description The patient
       */
      clientId: string;
      /**
       * @description The purpose of the disclosure
       * @enum {string}
       */
      purpose: 'treatment' | 'payment' | 'health_care_operations' | 'care_coordination' | 'referral' | 'other';
      /** @description The recipient by name (compared ignoring case); or recipientOrganizationId */
      recipientName?: string;
      /** @description The recipient organisation (provider directory id); or recipientName */
      recipientOrganizationId?: string;
      /** @description The recipient has a treating provider relationship with the patient (matches class designations) */
      treatingProvider?: boolean;
    };
    GoalDto: {
      /** @enum {string|null} */
      achievementStatus:
        | 'in-progress'
        | 'improving'
        | 'worsening'
        | 'no-change'
        | 'achieved'
        | 'sustaining'
        | 'not-achieved'
        | 'no-progress'
        | 'not-attainable'
        | null;
      /** @description Null once the client’s personal data is erased */
      description: string | null;
      /** Format: uuid */
      goalId: string;
      interventions: components['schemas']['InterventionDto'][];
      /** @enum {string} */
      lifecycleStatus: 'proposed' | 'planned' | 'accepted' | 'active' | 'on-hold' | 'completed' | 'cancelled';
      measure: components['schemas']['GoalMeasureViewDto'] | (never | null);
      measureProgress: components['schemas']['MeasureProgressDto'] | (never | null);
      needs: string[];
      notes: components['schemas']['ProgressNoteDto'][];
      /** Format: date */
      targetDate: string;
    };
    GoalMeasureDto: {
      /** @enum {string} */
      comparator: '<' | '<=' | '>' | '>=';
      /**
       * @description The screening whose total measures the goal
       * @enum {string}
       */
      instrument: 'PHQ-9' | 'GAD-7' | 'AUDIT-C';
      /** @example 10 */
      value: number;
    };
    GoalMeasureViewDto: {
      /** @enum {string} */
      comparator: '<' | '<=' | '>' | '>=';
      /** @enum {string} */
      instrument: 'PHQ-9' | 'GAD-7' | 'AUDIT-C';
      value: number;
    };
    GoalProgressDto: {
      /** @enum {string} */
      achievementStatus:
        | 'in-progress'
        | 'improving'
        | 'worsening'
        | 'no-change'
        | 'achieved'
        | 'sustaining'
        | 'not-achieved'
        | 'no-progress'
        | 'not-attainable';
      /** Format: uuid */
      goalId: string;
    };
    HoldReferralRequestDto: {
      /** @description Why (sealed) */
      note?: string;
    };
    InterventionDto: {
      /** @description Null once the client’s personal data is erased */
      description: string | null;
      /** Format: date */
      dueDate: string;
      /** Format: uuid */
      interventionId: string;
      /** Format: uuid */
      referralId: string | null;
      responsible: components['schemas']['ResponsibleViewDto'];
      /** @enum {string} */
      status: 'scheduled' | 'in-progress' | 'completed' | 'cancelled';
    };
    LagRuleDto: {
      description: string;
      events: components['schemas']['EventMatcherDto'][];
      fine: components['schemas']['FineDto'];
      id: string;
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      kind: 'lag';
      /** @description Whole calendar days in the agency’s time zone (P14D) or hours (PT24H) */
      within: string;
    };
    ListedWorkerDto: {
      /** @description False once deactivated: listed only when asked for */
      active: boolean;
      displayName: string;
      roles: ('intake_worker' | 'case_manager' | 'supervisor')[];
      teamId: string;
      /** @description The worker’s user id (token subject) */
      workerId: string;
    };
    ListingChangeActorDto: {
      id: string;
      /** @description The role they acted in */
      role: string;
    };
    ListingChangeDto: {
      actor: components['schemas']['ListingChangeActorDto'];
      /** @description The event’s data: the changed fields, as each event type records them */
      data: {
        [key: string]: unknown;
      };
      /** Format: date-time */
      occurredAt: string;
      /** Format: date-time */
      recordedAt: string;
      /** @description The event’s type */
      type: string;
      /** @description The service stream’s version after this change */
      version: number;
    };
    MarkReferralEnteredInErrorRequestDto: {
      /** @description Version of the referral the change is based on (from the last write) */
      expectedVersion?: number;
      /** @description What the error was (sealed) */
      note: string;
    };
    MeasureProgressDto: {
      met: boolean;
      /** Format: date-time */
      screenedAt: string;
      /** Format: uuid */
      screeningId: string;
      totalScore: number;
    };
    MedicationCheckRecordDto: {
      /** @enum {string} */
      adherence: 'as_prescribed' | 'missed_doses' | 'stopped';
      by: string;
      /** Format: date */
      checkedOn: string;
      /** Format: uuid */
      checkId: string;
      /** @description Sealed with the client’s key; null once the client’s personal data is erased */
      dose: string | null;
      /** @description Sealed with the client’s key; null once the client’s personal data is erased */
      medication: string | null;
      prescriberInformed: boolean;
      /** @description Sealed with the client’s key; null once the client’s personal data is erased */
      sideEffects: string | null;
    };
    MergeClientsRequestDto: {
      /**
       * Format: uuid
       * @description The duplicate record; it is kept and refers to the survivor from now on
       */
      mergedClientId: string;
      /** @description Why the two records are the same person; recorded with both events */
      reason: string;
    };
    MergeClientsResponseDto: {
      /** @description The survivor */
      id: string;
      mergedClientId: string;
      /** @description Version of the merged client now */
      mergedVersion: number;
      /** @description Version of the survivor now */
      version: number;
    };
    MyCaseloadDto: {
      byPriority: components['schemas']['CountsByPriorityDto'];
      byStatus: components['schemas']['CountsByStatusDto'];
      /** @description Open cases a case manager may hold */
      caseloadLimit: number;
      caseManagerId: string;
      /** @description Open cases, most urgent first, then oldest first */
      cases: components['schemas']['CaseloadCaseDto'][];
      /** @description Open cases assigned to the case manager (in this team, for a team’s caseloads) */
      openCases: number;
      openSafetyFlags: number;
    };
    MyWorklistDto: {
      /**
       * Format: date-time
       * @description The instant overdueBy is counted at
       */
      asOf: string;
      caseManagerId: string;
      /** @description Overdue first (longest overdue first), then soonest due */
      items: components['schemas']['WorklistItemDto'][];
    };
    NearestLocationDto: {
      /** Format: uuid */
      id: string;
      latitude: number;
      longitude: number;
      name: string | null;
    };
    NoteProgressRequestDto: {
      /** @description Version of the stream the change is based on (the case’s plans or casework, from the last write or read) */
      expectedVersion?: number;
      /** @description The note (sealed with the client’s key) */
      text: string;
    };
    ObligationRowDto: {
      /** @description The event it arose from; null for a month */
      arisenFrom: string | null;
      /** Format: date-time */
      aroseAt: string;
      caseId: string;
      /** @description What it is about: the correlating key’s value (a plan, a referral), the month (`YYYY-MM`) or null */
      concerns: string | null;
      /** Format: date-time */
      dueAt: string;
      /** @description The event that cancelled it or ended it unmet */
      endedBy: string | null;
      /** @description What it costs if it is missed, in cents (USD) */
      fineAtRiskCents: number;
      /** @description The fine of a violation or a late meeting, in cents (USD); 0 otherwise */
      fineCents: number;
      /** @enum {string} */
      kind: 'deadline' | 'recurring' | 'lag';
      /** @description For met_late: how long after its due time, in ms */
      lateByMs: number | null;
      /** Format: date-time */
      metAt: string | null;
      /** @description The event that met it */
      metBy: string | null;
      /** @description For violated: how long past its due time, in ms */
      overdueByMs: number | null;
      programId: string | null;
      ruleId: string;
      /** @description The rule set that judged it */
      ruleSetId: string;
      ruleSetVersion: number;
      /**
       * @description `met` by its due time, `met_late` after it (fined), `violated` unmet past it (fined), `pending` not yet due, `cancelled` lifted before it
       * @enum {string}
       */
      status: 'met' | 'met_late' | 'violated' | 'pending' | 'cancelled';
      /** @description The team holding the case */
      teamId: string | null;
      /** @description The case manager */
      workerId: string | null;
    };
    ObligationsExportDto: {
      /** @enum {string} */
      clock: 'occurred' | 'known';
      /**
       * Format: date-time
       * @description The instant the obligations are judged at
       */
      evaluatedAt: string;
      /**
       * Format: date
       * @description First day of due dates, in the agency’s calendar
       */
      from: string;
      /**
       * Format: date-time
       * @description For the known clock: the instant the record is read as of
       */
      knownOn: string | null;
      /** @description By case, then in the order they arose */
      obligations: components['schemas']['ObligationRowDto'][];
      /**
       * Format: date
       * @description Last day of due dates, in the agency’s calendar
       */
      to: string;
    };
    OidcSignInDto: {
      /** @description The audience the API expects in access tokens */
      audience: string;
      /** @description The OIDC provider (the tokens’ issuer), where the console sends people to sign in */
      authority: string;
      /** @description The console’s public client id at the provider */
      clientId: string;
    };
    OpenCaseRequestDto: {
      /**
       * Format: uuid
       * @description Id for the new case; generated when left out
       */
      caseId?: string;
      /**
       * Format: uuid
       * @description A client registered in this agency
       */
      clientId: string;
      /** @enum {string} */
      priority: 'emergency' | 'urgent' | 'routine';
      /** @description The program the case is opened in, e.g. adult-behavioral-health */
      programId: string;
      referralSource: components['schemas']['ReferralSourceDto'];
      /** @description Team that works the case; defaults to the team in the caller’s token */
      teamId?: string;
    };
    PartnerDisclosureDto: {
      /** Format: uuid */
      consentId: string | null;
      /**
       * Format: date-time
       * @description When the client revoked that consent: nothing more is disclosed under it
       */
      consentRevokedAt: string | null;
      /** @description The fields disclosed */
      fields: (
        | 'name'
        | 'dateOfBirth'
        | 'preferredLanguage'
        | 'phone'
        | 'housingNeed'
        | 'benefitsNeed'
        | 'mentalHealthNeed'
        | 'substanceUseNeed'
        | 'medicalNeed'
      )[];
      purpose: string | null;
      /** @description The notice that travels with every disclosure (42 CFR §2.32) */
      redisclosureNotice: string;
      /** @description The disclosed values, field by field; null once the client’s data was erased */
      values: {
        [key: string]: string;
      } | null;
    };
    PartnerHistoryEntryDto: {
      /**
       * Format: date
       * @description When the service was delivered
       */
      deliveredOn: string | null;
      /**
       * Format: date-time
       * @description When it happened
       */
      occurredAt: string;
      /**
       * @description The agency that sent it, or the organisation
       * @enum {string}
       */
      party: 'requester' | 'responder';
      /**
       * @description Why it was rejected or failed
       * @enum {string|null}
       */
      reason:
        | 'client_refused_services'
        | 'lack_of_capacity'
        | 'services_no_longer_needed'
        | 'unable_to_contact_client'
        | 'unable_to_contact_organization'
        | 'not_eligible'
        | 'other'
        | null;
      /**
       * Format: date-time
       * @description When it was recorded
       */
      recordedAt: string;
      /**
       * @description The status the referral moved to
       * @enum {string}
       */
      status:
        | 'draft'
        | 'requested'
        | 'accepted'
        | 'rejected'
        | 'in-progress'
        | 'on-hold'
        | 'failed'
        | 'completed'
        | 'cancelled'
        | 'entered-in-error';
    };
    PartnerInboxNextDto: {
      /** Format: uuid */
      afterReferralId: string;
      /** Format: date-time */
      updatedAfter: string;
    };
    PartnerInboxPageDto: {
      /** @description What to ask for the next page */
      next: components['schemas']['PartnerInboxNextDto'] | (never | null);
      /** @description Oldest change first */
      referrals: components['schemas']['PartnerReferralDto'][];
    };
    PartnerReferralCountsDto: {
      /** @description Every status a partner sees, zero included */
      statuses: components['schemas']['PartnerStatusCountDto'][];
      total: number;
    };
    PartnerReferralDto: {
      /** Format: date-time */
      answerDueAt: string | null;
      /** Format: date */
      deliveredOn: string | null;
      disclosure: components['schemas']['PartnerDisclosureDto'];
      listingVersion: number;
      /** Format: uuid */
      locationId: string;
      need: string;
      /** @description Why it was rejected or failed */
      reason: string | null;
      /** Format: uuid */
      referralId: string;
      /** Format: date-time */
      requestedAt: string | null;
      /** Format: uuid */
      serviceId: string;
      status: string;
      /** Format: date-time */
      updatedAt: string;
    };
    PartnerReferralHistoryDto: {
      /** @description Oldest first, from the send on */
      entries: components['schemas']['PartnerHistoryEntryDto'][];
      /** Format: uuid */
      referralId: string;
    };
    PartnerStatusCountDto: {
      count: number;
      /** @enum {string} */
      status:
        | 'requested'
        | 'accepted'
        | 'rejected'
        | 'in-progress'
        | 'on-hold'
        | 'failed'
        | 'completed'
        | 'cancelled'
        | 'entered-in-error';
    };
    PlanAwaitingDecisionDto: {
      /** Format: uuid */
      caseId: string;
      /** @description Who works the case now; null while unassigned */
      caseManagerId: string | null;
      /** @description The plan as submitted; measureProgress is null here */
      plan: components['schemas']['PlanDto'];
      /** @description Version of the case’s plans stream as read */
      streamVersion: number;
    };
    PlanDto: {
      /** @description Every approval, oldest first */
      approvals: components['schemas']['ApprovalDto'][];
      /** @enum {string} */
      approvalStatus: 'not-submitted' | 'submitted' | 'returned' | 'approved' | 'awaiting-re-approval';
      approved: components['schemas']['ApprovalDto'] | (never | null);
      /** @description Who changed it since its last approved version: none may approve */
      authors: string[];
      createdBy: string;
      goals: components['schemas']['GoalDto'][];
      /** Format: date */
      nextReviewDueBy: string | null;
      /** Format: uuid */
      planId: string;
      returned: components['schemas']['ReturnedDto'] | (never | null);
      reviews: components['schemas']['ReviewDto'][];
      /** @enum {string} */
      status: 'draft' | 'active' | 'on-hold' | 'completed' | 'revoked' | 'entered-in-error';
      /** @description Null once the client’s personal data is erased */
      statusReason: string | null;
      submitted: components['schemas']['VersionByDto'] | (never | null);
      /** Format: uuid */
      supersededBy: string | null;
      /** @description What the plan says: 1 when drafted, one more with each change to its goals */
      version: number;
    };
    PlanWriteResponseDto: {
      /** Format: uuid */
      caseId: string;
      /** @description False when the request changed nothing, so no event was recorded */
      changed: boolean;
      /**
       * Format: uuid
       * @description The goal, intervention, note or review the write created
       */
      id?: string;
      /** Format: uuid */
      planId: string;
      /** @description Version of the case’s plans stream now: send it as expectedVersion with the next change */
      streamVersion: number;
    };
    PostalAddressDto: {
      city: string;
      county?: string;
      line1: string;
      /** @example 94607 */
      postalCode: string;
      /**
       * @description USPS state code
       * @example CA
       */
      state: string;
    };
    ProgressNoteDto: {
      by: string;
      /** Format: uuid */
      noteId: string;
      /** @description Null once the client’s personal data is erased */
      text: string | null;
    };
    PutRuleSetRequestDto: {
      /** @description The latest stored version of this rule set (0: there is none yet) */
      expectedVersion: number;
      /** @description The rule set (ADR 0035): `effectiveFrom`, `programId` (null: all programs) and `rules`; `id`, `version` (expectedVersion + 1) and `tenantId` (the caller’s) are filled in when left out. */
      ruleSet: {
        [key: string]: unknown;
      };
    };
    PutRuleSetResultDto: {
      /** Format: date-time */
      recordedAt: string;
      /** @description The version as stored, its missing fields filled in */
      ruleSet: components['schemas']['RuleSetDto'];
    };
    ReactivateWorkerRequestDto: {
      /** @description Version of the worker the change is based on */
      expectedVersion?: number;
    };
    RecordAppointmentOutcomeRequestDto: {
      /** @description Version of the stream the change is based on (the case’s plans or casework, from the last write or read) */
      expectedVersion?: number;
      /**
       * @description missed is a no-show
       * @enum {string}
       */
      outcome: 'kept' | 'missed' | 'cancelled';
      /** @description Why it was cancelled (required for a cancellation; sealed) */
      reason?: string;
    };
    RecordConsentExpiryEventRequestDto: {
      /** @description Version of the consent the record is based on: 409 when it moved on */
      expectedVersion?: number;
      /**
       * Format: date-time
       * @description When the expiry event happened; now by default
       */
      occurredAt?: string;
    };
    RecordConsentRequestDto: {
      /**
       * Format: uuid
       * @description The case the consent was taken in
       */
      caseId?: string;
      /**
       * Format: uuid
       * @description The patient
       */
      clientId: string;
      /**
       * Format: uuid
       * @description Id of the consent; a new UUID when left out
       */
      consentId?: string;
      /** @description Who may disclose */
      discloser: components['schemas']['ConsentDiscloserDto'];
      /**
       * Format: date-time
       * @description When the consent takes effect; when it was signed by default
       */
      effectiveFrom?: string;
      /** @description When the consent ends */
      expiry: components['schemas']['ConsentExpiryDto'];
      /** @description What information */
      information: components['schemas']['ConsentInformationDto'];
      /** @description Signature and notes (personal data, sealed) */
      personal: components['schemas']['ConsentPersonalDto'];
      /** @description Purposes of the disclosure */
      purpose: ('treatment' | 'payment' | 'health_care_operations' | 'care_coordination' | 'referral' | 'other')[];
      /** @description The purpose in the form's words; required when purpose includes 'other' */
      purposeDescription?: string;
      /** @description Recipients by name or class */
      recipients: components['schemas']['ConsentRecipientDto'][];
      /** @description The §2.32 statement to send with each disclosure; the regulation’s text by default */
      redisclosureNotice?: string;
      /** @description The patient was told of the right to revoke the consent: must be true */
      rightToRevokeAcknowledged: boolean;
      /**
       * Format: date-time
       * @description When it was signed (ISO 8601 date-time with offset)
       */
      signedAt: string;
      /**
       * @description Who signed
       * @enum {string}
       */
      signedBy: 'patient' | 'guardian' | 'authorized_representative';
    };
    RecordContactRequestDto: {
      /** @description Required but for an attempt */
      durationMinutes?: number;
      /** @description Version of the stream the change is based on (the case’s plans or casework, from the last write or read) */
      expectedVersion?: number;
      /** @description Goals of the case’s plans the contact addressed */
      goalsAddressed?: string[];
      /** @enum {string} */
      kind: 'home_visit' | 'office_visit' | 'phone' | 'video' | 'collateral' | 'attempted';
      /** @description Why it is recorded more than a day after it happened (sealed) */
      lateEntryReason?: string;
      /** @description Where (sealed with the client’s key) */
      location?: string;
      /** @description What happened (sealed with the client’s key) */
      notes: string;
      /**
       * Format: date-time
       * @description When it happened, with its offset; may be back-dated
       */
      occurredAt: string;
      /** @description Who took part, e.g. client, mother (sealed) */
      participants?: string[];
    };
    RecordGoalAchievementRequestDto: {
      /** @description Version of the stream the change is based on (the case’s plans or casework, from the last write or read) */
      expectedVersion?: number;
      /** @enum {string} */
      to:
        | 'in-progress'
        | 'improving'
        | 'worsening'
        | 'no-change'
        | 'achieved'
        | 'sustaining'
        | 'not-achieved'
        | 'no-progress'
        | 'not-attainable';
    };
    RecordMedicationCheckRequestDto: {
      /** @enum {string} */
      adherence: 'as_prescribed' | 'missed_doses' | 'stopped';
      /**
       * Format: date
       * @description The day of the check, not in the future
       */
      checkedOn: string;
      /** @description The dose as prescribed (sealed) */
      dose: string;
      /** @description Version of the stream the change is based on (the case’s plans or casework, from the last write or read) */
      expectedVersion?: number;
      /** @description The medication (sealed with the client’s key) */
      medication: string;
      /** @description Whether the prescriber was told */
      prescriberInformed: boolean;
      /** @description Side effects the client reported (sealed) */
      sideEffects?: string;
    };
    RecordMissedAppointmentFollowUpRequestDto: {
      /** @description Version of the stream the change is based on (the case’s plans or casework, from the last write or read) */
      expectedVersion?: number;
      /** @description What was done about the missed appointment (sealed with the client’s key) */
      notes: string;
    };
    RecordScreeningRequestDto: {
      /**
       * @description Item number as printed on the instrument → the answer’s score or option code
       * @example {
       *       "1": 0,
       *       "2": 1,
       *       "3": 0,
       *       "4": 2,
       *       "5": 0,
       *       "6": 0,
       *       "7": 1,
       *       "8": 0,
       *       "9": 0
       *     }
       */
      answers: {
        [key: string]: number | string;
      };
      /** @description Version of the case the change is based on; left out, the change applies to the current version */
      expectedVersion?: number;
      /** @enum {string} */
      instrument: 'PHQ-9' | 'GAD-7' | 'AUDIT-C' | 'AHC-HRSN';
      /**
       * Format: uuid
       * @description Id for the screening; generated when left out
       */
      screeningId?: string;
      subject?: components['schemas']['ScreeningSubjectDto'];
    };
    RecurringRuleDto: {
      atLeast: number;
      closedBy: components['schemas']['EventMatcherDto'][];
      description: string;
      fine: components['schemas']['FineDto'];
      id: string;
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      kind: 'recurring';
      of: components['schemas']['EventMatcherDto'][];
      openedBy: components['schemas']['EventMatcherDto'][];
      /** @enum {string} */
      period: 'month';
    };
    ReferralDisclosureRecordDto: {
      /**
       * Format: uuid
       * @description The consent it was made under
       */
      consentId: string;
      /**
       * Format: date-time
       * @description When that consent was revoked, once intake recorded it; the disclosure itself stands
       */
      consentRevokedAt: string | null;
      /** @description The fields disclosed */
      fields: (
        | 'name'
        | 'dateOfBirth'
        | 'preferredLanguage'
        | 'phone'
        | 'housingNeed'
        | 'benefitsNeed'
        | 'mentalHealthNeed'
        | 'substanceUseNeed'
        | 'medicalNeed'
      )[];
      purpose: string;
    };
    ReferralFollowUpDto: {
      /** @description Null when none was given or the client’s data was erased */
      note: string | null;
      /** @enum {string} */
      result: 'need_met' | 'need_partly_met' | 'need_not_met';
    };
    ReferralMetricsDto: {
      /**
       * Format: date-time
       * @description The instant the funnel was read at
       */
      asOf: string;
      /**
       * Format: date
       * @description First day of the range, in the agency’s calendar
       */
      from: string;
      /** @description By organisation, then program */
      funnel: components['schemas']['FunnelRowDto'][];
      /** @description The agency’s time zone (IANA) */
      timeZone: string;
      /**
       * Format: date
       * @description Last day of the range, in the agency’s calendar
       */
      to: string;
    };
    ReferralOutcomeDto: {
      /** Format: date */
      deliveredOn: string;
      /** @description Null once the client’s data was erased */
      description: string | null;
    };
    ReferralSourceDto: {
      /** @enum {string} */
      kind: 'self' | 'family' | 'provider' | 'court' | 'school' | 'hospital' | 'other';
      /** @description Who referred: a person or an organisation (sealed with the client’s key) */
      name?: string;
    };
    ReferralSourceViewDto: {
      kind: string;
      /** @description Null when none was given or the data was erased */
      name: string | null;
    };
    ReferralTargetDto: {
      /** @description The directory listing’s version the referral was made against */
      listingVersion: number;
      /** Format: uuid */
      locationId: string;
      /** Format: uuid */
      organizationId: string;
      /** Format: uuid */
      serviceId: string;
    };
    ReferralViewDto: {
      /** Format: uuid */
      caseId: string;
      /** @description Who drafted it */
      createdBy: string;
      /** @description Each disclosure its sends made, oldest first */
      disclosures: components['schemas']['ReferralDisclosureRecordDto'][];
      /** @description Null until the follow-up */
      followUp: components['schemas']['ReferralFollowUpDto'] | (never | null);
      /**
       * Format: uuid
       * @description The care plan goal, when one is named
       */
      goalId: string | null;
      /** @description The case’s need it serves (a need code) */
      need: string;
      /** @description Null until it is completed */
      outcome: components['schemas']['ReferralOutcomeDto'] | (never | null);
      /**
       * @description Why it was rejected or failed
       * @enum {string|null}
       */
      reason:
        | 'client_refused_services'
        | 'lack_of_capacity'
        | 'services_no_longer_needed'
        | 'unable_to_contact_client'
        | 'unable_to_contact_organization'
        | 'not_eligible'
        | 'other'
        | null;
      /** Format: uuid */
      referralId: string;
      /** @enum {string} */
      status:
        | 'draft'
        | 'requested'
        | 'accepted'
        | 'rejected'
        | 'in-progress'
        | 'on-hold'
        | 'failed'
        | 'completed'
        | 'cancelled'
        | 'entered-in-error';
      /** @description The referral’s stream version: the expected version of the next change */
      streamVersion: number;
      target: components['schemas']['ReferralTargetDto'];
      /** @description What the worker was warned of when choosing the target */
      warnings: ('service_temporarily_closed' | 'no_capacity_free')[];
    };
    ReferralWriteResponseDto: {
      /** @description False when the referral was already as asked (a retry): nothing was recorded */
      changed: boolean;
      /** Format: uuid */
      referralId: string;
      /** @description The referral’s stream version after the change */
      streamVersion: number;
    };
    RegisterClientRequestDto: {
      /**
       * Format: uuid
       * @description Id of the new client; a UUIDv7 when left out
       */
      clientId?: string;
      contact?: components['schemas']['ClientContactDto'];
      /**
       * Format: date
       * @example 1984-07-12
       */
      dateOfBirth: string;
      demographics?: components['schemas']['ClientDemographicsDto'];
      /** @description Register although possible duplicates exist */
      duplicateOverride?: components['schemas']['DuplicateOverrideDto'];
      familyName: string;
      givenName: string;
      identifiers?: components['schemas']['ClientIdentifierDto'][];
      middleName?: string;
      /**
       * @description BCP-47 language tag
       * @example es
       */
      preferredLanguage: string;
    };
    RegisteredWebhookDto: {
      /** Format: date-time */
      registeredAt: string;
      /** @description The key of the HMAC-SHA-256 signature of every notification (base64url); shown only in this answer */
      secret: string;
      /** @description Where notifications are posted */
      url: string;
    };
    RegisterLocationRequestDto: {
      /** @description Accessibility (HSDS accessibility.json) */
      accessibility?: Record<string, never>[] | null;
      /** @description Addresses (HSDS address.json) */
      addresses?: Record<string, never>[] | null;
      /** @description Alternative name */
      alternate_name?: Record<string, never> | null;
      /** @description Attributes (HSDS attribute.json) */
      attributes?: Record<string, never>[] | null;
      /** @description Contacts (HSDS contact.json) */
      contacts?: Record<string, never>[] | null;
      /** @description Description */
      description?: Record<string, never> | null;
      /** @description External identifier */
      external_identifier?: Record<string, never> | null;
      /** @description Scheme of the external identifier (UPRN, what3words ...) */
      external_identifier_type?: Record<string, never> | null;
      /**
       * Format: uuid
       * @description HSDS id of the location; a new UUID when left out
       */
      id?: string | null;
      /** @description Languages spoken at the location (HSDS language.json) */
      languages?: Record<string, never>[] | null;
      /** @description Latitude, WGS84 decimal degrees */
      latitude?: Record<string, never> | null;
      /** @enum {string} */
      location_type: 'physical' | 'postal' | 'virtual';
      /** @description Longitude, WGS84 decimal degrees */
      longitude?: Record<string, never> | null;
      /** @description Change metadata (HSDS metadata.json) */
      metadata?: Record<string, never>[] | null;
      /** @description Name */
      name?: Record<string, never> | null;
      /**
       * Format: uuid
       * @description The organisation the location belongs to
       */
      organization_id?: Record<string, never> | null;
      /** @description Phones (HSDS phone.json) */
      phones?: Record<string, never>[] | null;
      /** @description Opening times (HSDS schedule.json) */
      schedules?: Record<string, never>[] | null;
      /** @description How to get there */
      transportation?: Record<string, never> | null;
      /**
       * Format: uri
       * @description URL, for virtual locations
       */
      url?: Record<string, never> | null;
    };
    RegisterOrganizationRequestDto: {
      /** @description Alternative name */
      alternate_name?: Record<string, never> | null;
      /** @description Attributes (HSDS attribute.json) */
      attributes?: Record<string, never>[] | null;
      /** @description Contacts (HSDS contact.json) */
      contacts?: Record<string, never>[] | null;
      /** @description What the organisation does */
      description: string;
      /**
       * Format: email
       * @description Contact email
       */
      email?: Record<string, never> | null;
      /** @description Funding sources (HSDS funding.json) */
      funding?: Record<string, never>[] | null;
      /**
       * Format: uuid
       * @description HSDS id of the organisation; a new UUID when left out
       */
      id?: string | null;
      /** @description Legal status */
      legal_status?: Record<string, never> | null;
      /** @description Logo URL */
      logo?: Record<string, never> | null;
      /** @description Change metadata (HSDS metadata.json) */
      metadata?: Record<string, never>[] | null;
      /** @description Official or public name */
      name: string;
      /** @description Identifiers (company number, EIN ...) (HSDS organization_identifier.json) */
      organization_identifiers?: Record<string, never>[] | null;
      /**
       * Format: uuid
       * @description Parent organisation
       */
      parent_organization_id?: Record<string, never> | null;
      /** @description Phones (HSDS phone.json) */
      phones?: Record<string, never>[] | null;
      /** @description Programmes (HSDS program.json) */
      programs?: Record<string, never>[] | null;
      /** @description Tax id */
      tax_id?: Record<string, never> | null;
      /** @description Tax status */
      tax_status?: Record<string, never> | null;
      /**
       * Format: uri
       * @description Persistent URI
       */
      uri?: Record<string, never> | null;
      /**
       * Format: uri
       * @description Website
       */
      website?: Record<string, never> | null;
      /** @description Year of incorporation */
      year_incorporated?: Record<string, never> | null;
    };
    RegisterServiceAtLocationRequestDto: {
      /** @description Attributes (HSDS attribute.json) */
      attributes?: Record<string, never>[] | null;
      /** @description Contacts (HSDS contact.json) */
      contacts?: Record<string, never>[] | null;
      /** @description What is offered at this location */
      description?: Record<string, never> | null;
      /**
       * Format: uuid
       * @description HSDS id of the record; a new UUID when left out
       */
      id?: string | null;
      /** Format: uuid */
      location_id: string;
      /** @description Change metadata (HSDS metadata.json) */
      metadata?: Record<string, never>[] | null;
      /** @description Phones (HSDS phone.json) */
      phones?: Record<string, never>[] | null;
      /** @description Opening times at this location (HSDS schedule.json) */
      schedules?: Record<string, never>[] | null;
      /** Format: uuid */
      service_id: string;
    };
    RegisterServiceRequestDto: {
      /** @description Accreditations */
      accreditations?: Record<string, never> | null;
      /** @description Short-term notice to show with the listing */
      alert?: Record<string, never> | null;
      /** @description Alternative name */
      alternate_name?: Record<string, never> | null;
      /** @description How to apply */
      application_process?: Record<string, never> | null;
      /**
       * Format: date
       * @description When the listing was last checked (YYYY-MM-DD)
       */
      assured_date?: Record<string, never> | null;
      /**
       * Format: email
       * @description Who checked it
       */
      assurer_email?: Record<string, never> | null;
      /** @description Attributes, including taxonomy terms (needs) (HSDS attribute.json) */
      attributes?: Record<string, never>[] | null;
      /** @description Contacts (HSDS contact.json) */
      contacts?: Record<string, never>[] | null;
      /** @description Costs (HSDS cost_option.json) */
      cost_options?: Record<string, never>[] | null;
      /** @description Free-text description */
      description?: Record<string, never> | null;
      /** @description Who the service is for, in words */
      eligibility_description?: Record<string, never> | null;
      /**
       * Format: email
       * @description Contact email
       */
      email?: Record<string, never> | null;
      /** @description Fees (HSDS 3.0 legacy field) */
      fees?: Record<string, never> | null;
      /** @description Fees, in words */
      fees_description?: Record<string, never> | null;
      /** @description Funding sources (HSDS funding.json) */
      funding?: Record<string, never>[] | null;
      /**
       * Format: uuid
       * @description HSDS id of the service; a new UUID when left out
       */
      id?: string | null;
      /** @description Interpretation services offered */
      interpretation_services?: Record<string, never> | null;
      /** @description Languages the service is offered in (HSDS language.json) */
      languages?: Record<string, never>[] | null;
      /** @description Licences held */
      licenses?: Record<string, never> | null;
      /** @description Maximum age of eligibility */
      maximum_age?: Record<string, never> | null;
      /** @description Change metadata (HSDS metadata.json) */
      metadata?: Record<string, never>[] | null;
      /** @description Minimum age of eligibility */
      minimum_age?: Record<string, never> | null;
      /** @description Official or public name */
      name: string;
      /**
       * Format: uuid
       * @description The organisation that provides the service
       */
      organization_id?: Record<string, never> | null;
      /** @description Phones (HSDS phone.json) */
      phones?: Record<string, never>[] | null;
      /** @description Programme (HSDS program.json) */
      program?: {
        [key: string]: unknown;
      } | null;
      /**
       * Format: uuid
       * @description The programme the service is delivered under
       */
      program_id?: Record<string, never> | null;
      /** @description Documents to bring (HSDS required_document.json) */
      required_documents?: Record<string, never>[] | null;
      /** @description Opening times (HSDS schedule.json) */
      schedules?: Record<string, never>[] | null;
      /** @description Areas served (HSDS service_area.json) */
      service_areas?: Record<string, never>[] | null;
      /** @enum {string} */
      status: 'active' | 'inactive' | 'defunct' | 'temporarily closed';
      /**
       * Format: uri
       * @description URL of the service
       */
      url?: Record<string, never> | null;
      /** @description Typical wait */
      wait_time?: Record<string, never> | null;
    };
    RegisterWebhookRequestDto: {
      /** @description Where notifications are posted: https (http only to a loopback host) */
      url: string;
    };
    RegisterWorkerRequestDto: {
      /** @description The name colleagues know the worker by */
      displayName: string;
      /** @description Version of the worker the change is based on */
      expectedVersion?: number;
      /** @description What the worker does in the team */
      roles: ('intake_worker' | 'case_manager' | 'supervisor')[];
      /** @description The team the worker belongs to (the `team` claim of their token) */
      teamId: string;
    };
    ReinstateOrganizationRequestDto: {
      /** @description Version of the record the change is based on (from the last write or the ETag of a read) */
      expectedVersion: number;
    };
    ReinstateServiceRequestDto: {
      /** @description Version of the record the change is based on (from the last write or the ETag of a read) */
      expectedVersion: number;
    };
    RejectReferralRequestDto: {
      /** @description The text of an other reason, or a note (sealed) */
      note?: string;
      /** @enum {string} */
      reason:
        | 'client_refused_services'
        | 'lack_of_capacity'
        | 'services_no_longer_needed'
        | 'unable_to_contact_client'
        | 'unable_to_contact_organization'
        | 'not_eligible'
        | 'other';
    };
    RemovedWebhookDto: {
      /** @description Whether the organisation had a webhook to remove */
      removed: boolean;
    };
    ReopenCaseRequestDto: {
      /** @description Version of the case the change is based on; left out, the change applies to the current version */
      expectedVersion?: number;
      /** @description Why the case is reopened (sealed with the client’s key) */
      reason: string;
    };
    ReplayedCaseDto: {
      eventsApplied: number;
      /** @description The case’s streams in other services: { carePlans, casework } each { version, state, eventsApplied } or null; referrals a list of { streamId, version, state, eventsApplied } */
      related: {
        [key: string]: unknown;
      };
      /** @description Intake’s case as it stood, folded with intake’s evolve */
      state: {
        [key: string]: unknown;
      } | null;
      /** @description Version of the case’s intake stream as of then */
      version: number;
    };
    RequestContextDto: {
      actor: components['schemas']['ActorDto'];
      /** @description The request’s x-correlation-id, or a fresh UUID */
      correlationId: string;
      tenantId: string;
      /** @description The request’s W3C traceparent, when valid */
      traceparent?: string;
    };
    RescheduleAppointmentRequestDto: {
      /** @description Version of the stream the change is based on (the case’s plans or casework, from the last write or read) */
      expectedVersion?: number;
      /** @description Why (sealed with the client’s key) */
      reason: string;
      /**
       * Format: date-time
       * @description The new start, with its offset; in the future
       */
      startsAt: string;
    };
    ResponsibleDto: {
      /** @enum {string} */
      kind: 'case_manager' | 'client' | 'provider_organization';
      /** @description The provider organisation’s directory id (for provider_organization) */
      organizationId?: string;
    };
    ResponsibleViewDto: {
      /** @enum {string} */
      kind: 'case_manager' | 'client' | 'provider_organization';
      /**
       * Format: uuid
       * @description The provider organisation, by its directory id
       */
      organizationId?: string;
    };
    ReturnCarePlanRequestDto: {
      /** @description What to change (sealed with the client’s key) */
      comments: string;
      /** @description Version of the stream the change is based on (the case’s plans or casework, from the last write or read) */
      expectedVersion?: number;
      /** @description The version of the plan as the caller read it */
      version: number;
    };
    ReturnedDto: {
      by: string;
      /** @description Null once the client’s personal data is erased */
      comments: string | null;
      version: number;
    };
    ReviewCarePlanRequestDto: {
      /** @description Version of the stream the change is based on (the case’s plans or casework, from the last write or read) */
      expectedVersion?: number;
      /** @description The progress of every goal still open */
      goals: components['schemas']['GoalProgressDto'][];
      /**
       * Format: date
       * @description The day of the review, not in the future
       */
      reviewedOn: string;
      /** @description The review’s summary (sealed with the client’s key) */
      summary: string;
    };
    ReviewDto: {
      by: string;
      goals: components['schemas']['ReviewGoalDto'][];
      /** Format: date */
      reviewedOn: string;
      /** Format: uuid */
      reviewId: string;
      /** @description Null once the client’s personal data is erased */
      summary: string | null;
    };
    ReviewGoalDto: {
      /** @enum {string} */
      achievementStatus:
        | 'in-progress'
        | 'improving'
        | 'worsening'
        | 'no-change'
        | 'achieved'
        | 'sustaining'
        | 'not-achieved'
        | 'no-progress'
        | 'not-attainable';
      /** Format: uuid */
      goalId: string;
    };
    ReviseGoalRequestDto: {
      /** @description The goal in the client’s words (sealed with the client’s key) */
      description: string;
      /** @description Version of the stream the change is based on (the case’s plans or casework, from the last write or read) */
      expectedVersion?: number;
      measure?: components['schemas']['GoalMeasureDto'] | (never | null);
      /**
       * @description Need codes identified on the case
       * @example [
       *       "housing"
       *     ]
       */
      needs: string[];
      /**
       * Format: date
       * @example 2026-06-30
       */
      targetDate: string;
    };
    RevokeConsentRequestDto: {
      /** @description Version of the consent the revocation is based on: 409 when it moved on */
      expectedVersion?: number;
      /**
       * @description How the patient revoked
       * @enum {string}
       */
      method: 'written' | 'oral';
      /** @description The patient's reason (personal data, sealed) */
      reason?: string;
      /**
       * Format: date-time
       * @description When the patient revoked; now by default. Applies from then on only, never before the signature
       */
      revokedAt?: string;
    };
    RuleSetDto: {
      /**
       * Format: date
       * @description The agency’s calendar date from whose start the set is in effect
       */
      effectiveFrom: string;
      id: string;
      /** @description Null: all programs */
      programId: string | null;
      rules: (
        | components['schemas']['DeadlineRuleDto']
        | components['schemas']['RecurringRuleDto']
        | components['schemas']['LagRuleDto']
      )[];
      /** @description Null: the default set, for every tenant */
      tenantId: string | null;
      version: number;
    };
    RuleSetListingDto: {
      /** @description The set for every tenant, in effect wherever the tenant has none */
      defaultRuleSet: components['schemas']['RuleSetDto'];
      /** @description The tenant’s own versions, newest recorded first */
      ruleSets: components['schemas']['StoredRuleSetDto'][];
    };
    RuleSetRecorderDto: {
      id: string;
      role: string;
    };
    SafetyFlagDto: {
      /**
       * Format: date-time
       * @description When the safety follow-up is due by
       */
      followUpDueBy: string;
      /** @description The screening instrument that raised it, e.g. PHQ-9 */
      instrument: string;
      /** Format: uuid */
      screeningId: string;
    };
    ScheduleAppointmentRequestDto: {
      /** @description Version of the stream the change is based on (the case’s plans or casework, from the last write or read) */
      expectedVersion?: number;
      provider: components['schemas']['AppointmentProviderDto'];
      /** @description What it is for (sealed with the client’s key) */
      purpose: string;
      /**
       * Format: date-time
       * @description When it starts, with its offset; in the future
       */
      startsAt: string;
      /** @enum {string} */
      transport: 'arranged' | 'not_needed' | 'not_arranged';
    };
    ScreeningResultDto: {
      /** @description Severity band, e.g. moderately_severe */
      band?: string;
      /** @description Per-domain outcome where the instrument has domains (AHC-HRSN) */
      domains?: {
        [key: string]: {
          positive: boolean;
          score?: number;
        };
      };
      /** @enum {string} */
      instrument: 'PHQ-9' | 'GAD-7' | 'AUDIT-C' | 'AHC-HRSN';
      instrumentVersion: string;
      needs: (
        | 'housing'
        | 'food'
        | 'transportation'
        | 'utilities'
        | 'interpersonal_safety'
        | 'mental_health'
        | 'substance_use'
        | 'income'
        | 'medical'
        | 'legal'
        | 'education'
        | 'employment'
      )[];
      positive: boolean;
      /** @description A finding that requires immediate follow-up (PHQ-9 item 9 above 0) */
      safetyFlag: boolean;
      /** @description Sum score where the instrument has one (PHQ-9, GAD-7, AUDIT-C) */
      totalScore?: number;
    };
    ScreeningSubjectDto: {
      /**
       * @description Needed by AUDIT-C, whose cut-off depends on it
       * @enum {string}
       */
      sex?: 'female' | 'male';
    };
    ScreeningWriteResponseDto: {
      /** @description False when the request changed nothing, so no event was recorded */
      changed: boolean;
      /** @description Id of the case written */
      id: string;
      /** @description Id of the stored screening */
      screeningId: string;
      /** @description Version of its stream now: send it as expectedVersion with the next change */
      version: number;
    };
    SearchClientsRequestDto: {
      /**
       * Format: date
       * @example 1984-07-12
       */
      dateOfBirth?: string;
      /** @description An identifier value, optionally with its system: `ssn:123-45-6789`, `medicaid:AB123`, `AB123` */
      identifier?: string;
      /** @description Words of the name; each must be a whole word of the given or family name (accents and case ignored) */
      name?: string;
    };
    SearchServicesRequestDto: {
      /** @description Client's age: only services whose age range admits it */
      age?: number;
      /** @description Language code (es) or name (Spanish) the service is offered in */
      language?: string;
      /** @description Latitude of the client, WGS84; with lng */
      lat?: number;
      /** @description Longitude of the client, WGS84; with lat */
      lng?: number;
      /**
       * @description Need: a taxonomy term id, code or name; terms below it in the hierarchy match too
       * @example housing
       */
      need?: string;
      /** @description Only services that report open capacity */
      openCapacity?: boolean;
      /** @default 1 */
      page: number;
      /** @default 20 */
      perPage: number;
      /**
       * @description Free text (web-search syntax: quotes, or, -not)
       * @example shelter
       */
      q?: string;
      /**
       * @description Radius around lat/lng, km
       * @default 25
       */
      radiusKm: number;
    };
    SendReferralRequestDto: {
      /** @description Version of the referral the change is based on (from the last write) */
      expectedVersion?: number;
      /** @description What to share; only the fields the consent in force covers leave, field by field */
      fields: (
        | 'name'
        | 'dateOfBirth'
        | 'preferredLanguage'
        | 'phone'
        | 'housingNeed'
        | 'benefitsNeed'
        | 'mentalHealthNeed'
        | 'substanceUseNeed'
        | 'medicalNeed'
      )[];
      /**
       * @description The purpose of the disclosure, which the consent must name
       * @enum {string}
       */
      purpose: 'treatment' | 'payment' | 'health_care_operations' | 'care_coordination' | 'referral' | 'other';
    };
    ServiceSearchHitDto: {
      /** @description Kilometres to the nearest location, to the metre; null when no place was given or none is known */
      distanceKm: number | null;
      nearestLocation: components['schemas']['NearestLocationDto'] | (never | null);
      /** @description Open places over every reported unit; null when the provider reports no capacity */
      openCapacity: number | null;
      organizationName: string | null;
      /**
       * @description The ranking tier of the text match: 3 name, 2 taxonomy terms, 1 other text, 0 no text query
       * @enum {number}
       */
      relevance: 0 | 1 | 2 | 3;
      /** @description The service as `GET /services` lists it: an HSDS 3.0 `compiled/service_list.json` item */
      service: {
        [key: string]: unknown;
      };
    };
    ServiceSearchResultDto: {
      page: number;
      perPage: number;
      /** @description By relevance, then distance, then open capacity */
      results: components['schemas']['ServiceSearchHitDto'][];
      /** @description Services that match, over every page */
      totalItems: number;
    };
    SignInOptionsDto: {
      /** @description True when the development sign-in is open (development mode, development key) */
      development: boolean;
      oidc?: components['schemas']['OidcSignInDto'] | (never | null);
    };
    StateAddedDto: {
      /** @description The value at `to` */
      after:
        | (string | null)
        | number
        | boolean
        | unknown[]
        | {
            [key: string]: unknown;
          };
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      op: 'added';
      /** @description Where, as a JSON Pointer (RFC 6901) into { state, related }; `` is the whole case */
      path: string;
    };
    StateChangedDto: {
      /** @description The value at `to` */
      after:
        | (string | null)
        | number
        | boolean
        | unknown[]
        | {
            [key: string]: unknown;
          };
      /** @description The value at `from` */
      before:
        | (string | null)
        | number
        | boolean
        | unknown[]
        | {
            [key: string]: unknown;
          };
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      op: 'changed';
      /** @description Where, as a JSON Pointer (RFC 6901) into { state, related }; `` is the whole case */
      path: string;
    };
    StateRemovedDto: {
      /** @description The value at `from` */
      before:
        | (string | null)
        | number
        | boolean
        | unknown[]
        | {
            [key: string]: unknown;
          };
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      op: 'removed';
      /** @description Where, as a JSON Pointer (RFC 6901) into { state, related }; `` is the whole case */
      path: string;
    };
    StoredRuleSetDto: {
      /** Format: date-time */
      recordedAt: string;
      /** @description Who stored it */
      recordedBy: components['schemas']['RuleSetRecorderDto'];
      ruleSet: components['schemas']['RuleSetDto'];
    };
    SubmitCarePlanRequestDto: {
      /** @description Version of the stream the change is based on (the case’s plans or casework, from the last write or read) */
      expectedVersion?: number;
      /** @description The version of the plan as the caller read it */
      version: number;
    };
    SuspendOrganizationRequestDto: {
      /** @description Version of the record the change is based on (from the last write or the ETag of a read) */
      expectedVersion: number;
      /** @description Why the organisation is suspended (kept in its history) */
      reason: string;
    };
    SuspendServiceRequestDto: {
      /** @description Version of the record the change is based on (from the last write or the ETag of a read) */
      expectedVersion: number;
      /** @description Why the service is taken out of search (kept in its history) */
      reason: string;
    };
    TeamApprovalsDto: {
      /** Format: date-time */
      asOf: string;
      /** @description Oldest case first */
      items: components['schemas']['PlanAwaitingDecisionDto'][];
      teamId: string;
    };
    TeamCaseloadsDto: {
      /** @description Open cases a case manager may hold */
      caseloadLimit: number;
      teamId: string;
      /** @description The team’s open cases nobody is assigned to, most urgent first */
      unassigned: components['schemas']['CaseloadCaseDto'][];
      /** @description Busiest first */
      workers: components['schemas']['WorkerCaseloadDto'][];
    };
    TeamWorklistDto: {
      /**
       * Format: date-time
       * @description The instant overdueBy is counted at
       */
      asOf: string;
      /** @description Overdue first (longest overdue first), then soonest due */
      items: components['schemas']['WorklistItemDto'][];
      teamId: string;
    };
    TenantExportContentDto: {
      /**
       * Format: date-time
       * @description When the export was asked for
       */
      createdAt: string;
      /** @description Case by case, each case’s entries in chain order */
      entries: components['schemas']['ExportedEntryDto'][];
      exportId: string;
      tenantId: string;
      /** @description The last chain entry the export covers */
      upToSequence: number;
    };
    TenantExportDto: {
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      finishedAt: string | null;
      /** @enum {string} */
      format: 'json' | 'csv' | 'fhir';
      id: string;
      progress: components['schemas']['TenantExportProgressDto'];
      /** @description Who asked for it */
      requestedBy: string;
      /** Format: date-time */
      startedAt: string | null;
      /**
       * @description `ready` until read; `running` while its content streams; `done` once written whole; `interrupted` if cut off
       * @enum {string}
       */
      status: 'ready' | 'running' | 'done' | 'interrupted';
      /** @description The last chain entry the export covers: reading it again writes the same file */
      upToSequence: number;
    };
    TenantExportProgressDto: {
      /** @description Cases written so far */
      casesDone: number;
      /** @description Cases the export holds */
      casesTotal: number;
      /** @description Chain entries written so far */
      entriesDone: number;
      /** @description Chain entries the export holds */
      entriesTotal: number;
    };
    TimelineActorDto: {
      id: string;
      /** @description Whom they acted for */
      onBehalfOf?: string;
      role: string;
    };
    TimelineEntryDto: {
      actor: components['schemas']['TimelineActorDto'];
      /** Format: uuid */
      eventId: string;
      /** @enum {string} */
      kind: 'change' | 'view' | 'refusal';
      /**
       * Format: date-time
       * @description When it happened in the world (may be back-dated)
       */
      occurredAt: string;
      /** @description For a correction: why it was made */
      reason?: string;
      /**
       * Format: date-time
       * @description When it was recorded
       */
      recordedAt: string;
      /** @description Position in the tenant’s chain */
      sequence: number;
      streamId: string;
      streamVersion: number;
      /** @description What: the published type, e.g. intake.CaseOpened.v1 */
      type: string;
      /** @description For a view or a refusal: the route or query that showed, or refused, it */
      view?: string;
    };
    TransferCaseRequestDto: {
      /** @description Version of the case the change is based on; left out, the change applies to the current version */
      expectedVersion?: number;
      /** @description Why the case moves (sealed with the client’s key) */
      reason: string;
      /** @description The team that takes the case over */
      toTeamId: string;
    };
    UpdateLocationRequestDto: {
      /** @description Accessibility (HSDS accessibility.json) */
      accessibility?: Record<string, never>[] | null;
      /** @description Addresses (HSDS address.json) */
      addresses?: Record<string, never>[] | null;
      /** @description Alternative name */
      alternate_name?: Record<string, never> | null;
      /** @description Attributes (HSDS attribute.json) */
      attributes?: Record<string, never>[] | null;
      /** @description Contacts (HSDS contact.json) */
      contacts?: Record<string, never>[] | null;
      /** @description Description */
      description?: Record<string, never> | null;
      /** @description Version of the record the change is based on (from the last write or the ETag of a read) */
      expectedVersion: number;
      /** @description External identifier */
      external_identifier?: Record<string, never> | null;
      /** @description Scheme of the external identifier (UPRN, what3words ...) */
      external_identifier_type?: Record<string, never> | null;
      /** @description Languages spoken at the location (HSDS language.json) */
      languages?: Record<string, never>[] | null;
      /** @description Latitude, WGS84 decimal degrees */
      latitude?: Record<string, never> | null;
      /** @enum {string} */
      location_type?: 'physical' | 'postal' | 'virtual';
      /** @description Longitude, WGS84 decimal degrees */
      longitude?: Record<string, never> | null;
      /** @description Change metadata (HSDS metadata.json) */
      metadata?: Record<string, never>[] | null;
      /** @description Name */
      name?: Record<string, never> | null;
      /**
       * Format: uuid
       * @description The organisation the location belongs to
       */
      organization_id?: Record<string, never> | null;
      /** @description Phones (HSDS phone.json) */
      phones?: Record<string, never>[] | null;
      /** @description Opening times (HSDS schedule.json) */
      schedules?: Record<string, never>[] | null;
      /** @description How to get there */
      transportation?: Record<string, never> | null;
      /**
       * Format: uri
       * @description URL, for virtual locations
       */
      url?: Record<string, never> | null;
    };
    UpdateOrganizationRequestDto: {
      /** @description Alternative name */
      alternate_name?: Record<string, never> | null;
      /** @description Attributes (HSDS attribute.json) */
      attributes?: Record<string, never>[] | null;
      /** @description Contacts (HSDS contact.json) */
      contacts?: Record<string, never>[] | null;
      /** @description What the organisation does */
      description?: string;
      /**
       * Format: email
       * @description Contact email
       */
      email?: Record<string, never> | null;
      /** @description Version of the record the change is based on (from the last write or the ETag of a read) */
      expectedVersion: number;
      /** @description Funding sources (HSDS funding.json) */
      funding?: Record<string, never>[] | null;
      /** @description Legal status */
      legal_status?: Record<string, never> | null;
      /** @description Logo URL */
      logo?: Record<string, never> | null;
      /** @description Change metadata (HSDS metadata.json) */
      metadata?: Record<string, never>[] | null;
      /** @description Official or public name */
      name?: string;
      /** @description Identifiers (company number, EIN ...) (HSDS organization_identifier.json) */
      organization_identifiers?: Record<string, never>[] | null;
      /**
       * Format: uuid
       * @description Parent organisation
       */
      parent_organization_id?: Record<string, never> | null;
      /** @description Phones (HSDS phone.json) */
      phones?: Record<string, never>[] | null;
      /** @description Programmes (HSDS program.json) */
      programs?: Record<string, never>[] | null;
      /** @description Tax id */
      tax_id?: Record<string, never> | null;
      /** @description Tax status */
      tax_status?: Record<string, never> | null;
      /**
       * Format: uri
       * @description Persistent URI
       */
      uri?: Record<string, never> | null;
      /**
       * Format: uri
       * @description Website
       */
      website?: Record<string, never> | null;
      /** @description Year of incorporation */
      year_incorporated?: Record<string, never> | null;
    };
    UpdateServiceAtLocationRequestDto: {
      /** @description Attributes (HSDS attribute.json) */
      attributes?: Record<string, never>[] | null;
      /** @description Contacts (HSDS contact.json) */
      contacts?: Record<string, never>[] | null;
      /** @description What is offered at this location */
      description?: Record<string, never> | null;
      /** @description Version of the record the change is based on (from the last write or the ETag of a read) */
      expectedVersion: number;
      /** Format: uuid */
      location_id?: string;
      /** @description Change metadata (HSDS metadata.json) */
      metadata?: Record<string, never>[] | null;
      /** @description Phones (HSDS phone.json) */
      phones?: Record<string, never>[] | null;
      /** @description Opening times at this location (HSDS schedule.json) */
      schedules?: Record<string, never>[] | null;
      /** Format: uuid */
      service_id?: string;
    };
    UpdateServiceCapacityRequestDto: {
      /** @description How many are free now */
      available: number;
      /** @description Notes on the capacity */
      description?: Record<string, never> | null;
      /** @description Version read; when left out the report applies to the current version */
      expectedVersion?: number;
      /** @description How many there are at most */
      maximum?: Record<string, never> | null;
      unit: components['schemas']['CapacityUnitDto'];
    };
    UpdateServiceRequestDto: {
      /** @description Accreditations */
      accreditations?: Record<string, never> | null;
      /** @description Short-term notice to show with the listing */
      alert?: Record<string, never> | null;
      /** @description Alternative name */
      alternate_name?: Record<string, never> | null;
      /** @description How to apply */
      application_process?: Record<string, never> | null;
      /**
       * Format: date
       * @description When the listing was last checked (YYYY-MM-DD)
       */
      assured_date?: Record<string, never> | null;
      /**
       * Format: email
       * @description Who checked it
       */
      assurer_email?: Record<string, never> | null;
      /** @description Attributes, including taxonomy terms (needs) (HSDS attribute.json) */
      attributes?: Record<string, never>[] | null;
      /** @description Contacts (HSDS contact.json) */
      contacts?: Record<string, never>[] | null;
      /** @description Costs (HSDS cost_option.json) */
      cost_options?: Record<string, never>[] | null;
      /** @description Free-text description */
      description?: Record<string, never> | null;
      /** @description Who the service is for, in words */
      eligibility_description?: Record<string, never> | null;
      /**
       * Format: email
       * @description Contact email
       */
      email?: Record<string, never> | null;
      /** @description Version of the record the change is based on (from the last write or the ETag of a read) */
      expectedVersion: number;
      /** @description Fees (HSDS 3.0 legacy field) */
      fees?: Record<string, never> | null;
      /** @description Fees, in words */
      fees_description?: Record<string, never> | null;
      /** @description Funding sources (HSDS funding.json) */
      funding?: Record<string, never>[] | null;
      /** @description Interpretation services offered */
      interpretation_services?: Record<string, never> | null;
      /** @description Languages the service is offered in (HSDS language.json) */
      languages?: Record<string, never>[] | null;
      /** @description Licences held */
      licenses?: Record<string, never> | null;
      /** @description Maximum age of eligibility */
      maximum_age?: Record<string, never> | null;
      /** @description Change metadata (HSDS metadata.json) */
      metadata?: Record<string, never>[] | null;
      /** @description Minimum age of eligibility */
      minimum_age?: Record<string, never> | null;
      /** @description Official or public name */
      name?: string;
      /**
       * Format: uuid
       * @description The organisation that provides the service
       */
      organization_id?: Record<string, never> | null;
      /** @description Phones (HSDS phone.json) */
      phones?: Record<string, never>[] | null;
      /** @description Programme (HSDS program.json) */
      program?: {
        [key: string]: unknown;
      } | null;
      /**
       * Format: uuid
       * @description The programme the service is delivered under
       */
      program_id?: Record<string, never> | null;
      /** @description Documents to bring (HSDS required_document.json) */
      required_documents?: Record<string, never>[] | null;
      /** @description Opening times (HSDS schedule.json) */
      schedules?: Record<string, never>[] | null;
      /** @description Areas served (HSDS service_area.json) */
      service_areas?: Record<string, never>[] | null;
      /** @enum {string} */
      status?: 'active' | 'inactive' | 'defunct' | 'temporarily closed';
      /**
       * Format: uri
       * @description URL of the service
       */
      url?: Record<string, never> | null;
      /** @description Typical wait */
      wait_time?: Record<string, never> | null;
    };
    VersionByDto: {
      by: string;
      version: number;
    };
    WebhookDto: {
      /** Format: date-time */
      registeredAt: string;
      /** @description Where notifications are posted */
      url: string;
    };
    WebhookStatusDto: {
      /** @description Notifications given up on, or dropped when a webhook was removed */
      failed: number;
      /** @description Notifications not yet delivered, being retried */
      pending: number;
      /** @description Null when the organisation has none */
      webhook: components['schemas']['WebhookDto'] | (never | null);
    };
    WorkerCaseloadDto: {
      /** @description True when openCases has reached the caseload limit */
      atLimit: boolean;
      byPriority: components['schemas']['CountsByPriorityDto'];
      byStatus: components['schemas']['CountsByStatusDto'];
      caseManagerId: string;
      /** @description Open cases assigned to the case manager (in this team, for a team’s caseloads) */
      openCases: number;
      openSafetyFlags: number;
    };
    WorkerListDto: {
      /** @description The `after` of the next page; null on the last */
      next: string | null;
      /** @description The team listed; null for the whole agency */
      teamId: string | null;
      /** @description By worker id */
      workers: components['schemas']['ListedWorkerDto'][];
    };
    WorkerWriteResponseDto: {
      /** @description False when the request changed nothing, so no event was recorded */
      changed: boolean;
      /** @description Id of the worker written */
      id: string;
      /** @description Version of the worker’s stream now: send it as expectedVersion with the next change */
      version: number;
    };
    WorklistComplianceDto: {
      /** @description A plan, a referral, a month (YYYY-MM), or null */
      concerns: string | null;
      /** @description The deadline’s id in audit’s feed: its rule, what it concerns, what raised it */
      deadlineId: string;
      description: string;
      /**
       * Format: date-time
       * @description When the rule’s deadline falls due (the item’s own due time may be the program’s, earlier)
       */
      dueAt: string;
      /** @description The fine if it is missed, in cents (USD) */
      fineCents: number;
      /** @description The agency’s compliance rule, e.g. R1 */
      ruleId: string;
    };
    WorklistEscalationDto: {
      /**
       * Format: date-time
       * @description The instant the item fell due
       */
      since: string;
      /** @description The supervisors of the case’s team */
      to: components['schemas']['EscalationTargetDto'];
    };
    WorklistItemDto: {
      /** Format: uuid */
      appointmentId?: string;
      /** Format: uuid */
      caseId: string;
      /** @description Who works the case now; null while unassigned */
      caseManagerId: string | null;
      /** @description For a compliance_deadline, and for an item a rule’s deadline stands for (first contact and R1): the agency’s rule, when it falls due and the fine at stake (ADR 0038) */
      compliance?: components['schemas']['WorklistComplianceDto'];
      /** Format: date-time */
      dueAt: string;
      escalation?: components['schemas']['WorklistEscalationDto'];
      /** Format: uuid */
      interventionId?: string;
      /** @enum {string} */
      kind:
        | 'first_contact'
        | 'plan_approval'
        | 'plan_review'
        | 'safety_follow_up'
        | 'missed_appointment_follow_up'
        | 'intervention_due'
        | 'referral_answer'
        | 'referral_follow_up'
        | 'compliance_deadline';
      /** @description Whole minutes past dueAt; 0 until then */
      overdueBy: number;
      /** Format: uuid */
      planId?: string;
      /** Format: uuid */
      referralId?: string;
      /** @description The event that settles the item */
      satisfiedBy: string;
      /** Format: uuid */
      screeningId?: string;
    };
    WriteResponseDto: {
      /** @description False when the request changed nothing, so no event was recorded */
      changed: boolean;
      /** @description Id of the record written */
      id: string;
      /** @description Version of its stream now: send it as expectedVersion with the next change */
      version: number;
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  GetApiMetaHttpController_meta: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description HSDS version, profile, and where this OpenAPI description is */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  GetCaseChangesHttpController_changes: {
    parameters: {
      query: {
        /** @description `recorded` (default): as the record stood at each moment. `occurred`: as things happened by then, back-dated entries included. */
        clock?: 'recorded' | 'occurred';
        /** @description The earlier moment: an instant, or a date (UTC), which means its start */
        from: string;
        /** @description The later moment: an instant, or a date (UTC), which means its end (the whole day included) */
        to: string;
      };
      header?: never;
      path: {
        caseId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseChangesDto'];
        };
      };
      /** @description A missing or malformed date, an unknown clock, or `from` after `to` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Nothing was recorded about the case in this tenant */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  CaseComplianceHttpController_compliance: {
    parameters: {
      query?: {
        /** @description `occurred`: as things happened (now); `known`: as recorded by `knownOn`, judged at `knownOn` */
        clock?: 'occurred' | 'known';
        format?: 'json' | 'csv';
        /** @description For clock=known: a date (its end) or an instant with its offset */
        knownOn?: string;
      };
      header?: never;
      path: {
        caseId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description JSON by default; with format=csv, a row per obligation */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseComplianceDto'];
          'text/csv': string;
        };
      };
      /** @description A parameter is not valid: the field and the reason */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Nothing was recorded about the case in this tenant (by then), or a supervisor’s team does not hold it */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ExportCaseTimelineHttpController_export: {
    parameters: {
      query?: {
        /** @description `json`, `csv`, or `fhir`: a FHIR R4 Bundle of AuditEvents (IHE BALP) */
        format?: 'json' | 'csv' | 'fhir';
      };
      header?: never;
      path: {
        caseId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An attachment: JSON by default; with format=csv, a row per entry; with format=fhir, a Bundle (type collection) of AuditEvents */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/fhir+json': components['schemas']['FhirBundleDto'];
          'application/json': components['schemas']['CaseTimelineExportDto'];
          'text/csv': string;
        };
      };
      /** @description Nothing was recorded about the case in this tenant */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  GetCaseStateHttpController_state: {
    parameters: {
      query: {
        /** @description The instant to replay the case as of */
        asOf: string;
        /** @description `recorded` (default): the events recorded by then, what the record said at that moment. `occurred`: the events that happened by then, back-dated entries included, as the record tells it now. */
        basis?: 'recorded' | 'occurred';
      };
      header?: never;
      path: {
        caseId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description { caseId, asOf, basis, version, state, eventsApplied, related: { carePlans, casework, referrals: [{ streamId, version, state, eventsApplied }] } } */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseStateAsOfDto'];
        };
      };
      /** @description Nothing was recorded about the case in this tenant by then */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  GetCaseTimelineHttpController_timeline: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        caseId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description { caseId, entries: [{ sequence, type, kind, actor, occurredAt, recordedAt, ... }] } */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseTimelineDto'];
        };
      };
      /** @description Nothing was recorded about the case in this tenant */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  AccountDisclosuresHttpController_account: {
    parameters: {
      query?: {
        format?: 'json' | 'csv';
        /** @description From this instant; six years ago when left out */
        from?: string;
        /** @description To this instant; now when left out */
        to?: string;
      };
      header?: never;
      path: {
        clientId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description JSON by default; with format=csv, a row per disclosure */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DisclosureAccountingDto'];
          'text/csv': string;
        };
      };
    };
  };
  ComplianceReportHttpController_report: {
    parameters: {
      query: {
        /** @description Only this case */
        caseId?: string;
        /** @description `occurred`: as things happened, back-dated records included (the read model, now). `known`: what had been recorded by `knownOn`, judged at `knownOn`. */
        clock?: 'occurred' | 'known';
        format?: 'json' | 'csv';
        /** @description Obligations due from the start of this date (agency’s calendar) */
        from: string;
        groupBy?: 'tenant' | 'program' | 'team' | 'worker' | 'case' | 'month' | 'rule';
        /** @description For clock=known: a date (its end) or an instant with its offset */
        knownOn?: string;
        /** @description Only cases of this program */
        program?: string;
        /** @description Only cases this team holds (a supervisor reads their own team’s, whether or not it is named) */
        team?: string;
        /** @description Obligations due up to the end of this date (agency’s calendar) */
        to: string;
        /** @description Only cases of this case manager (their worker id) */
        worker?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description JSON by default; with format=csv, a row per group and one of totals */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ComplianceReportDto'];
          'text/csv': string;
        };
      };
      /** @description A parameter is not valid: the field and the reason */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ExportObligationsHttpController_export: {
    parameters: {
      query: {
        /** @description Only this case */
        caseId?: string;
        /** @description `occurred`: as things happened, back-dated records included (the read model, now). `known`: what had been recorded by `knownOn`, judged at `knownOn`. */
        clock?: 'occurred' | 'known';
        format?: 'json' | 'csv' | 'fhir';
        /** @description Obligations due from the start of this date (agency’s calendar) */
        from: string;
        /** @description For clock=known: a date (its end) or an instant with its offset */
        knownOn?: string;
        /** @description Only cases of this program */
        program?: string;
        /** @description Only cases this team holds (a supervisor reads their own team’s, whether or not it is named) */
        team?: string;
        /** @description Obligations due up to the end of this date (agency’s calendar) */
        to: string;
        /** @description Only cases of this case manager (their worker id) */
        worker?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An attachment: CSV by default; with format=json, the period and clock and the obligations; with format=fhir, a Bundle (type collection) of AuditEvents */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/fhir+json': components['schemas']['FhirBundleDto'];
          'application/json': components['schemas']['ObligationsExportDto'];
          'text/csv': string;
        };
      };
      /** @description A parameter is not valid: the field and the reason */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ListRuleSetsHttpController_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RuleSetListingDto'];
        };
      };
    };
  };
  PutRuleSetHttpController_put: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PutRuleSetRequestDto'];
      };
    };
    responses: {
      /** @description The version stored, as parsed, and when */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PutRuleSetResultDto'];
        };
      };
      /** @description The rule set is not valid: the field and the reason */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description `expectedVersion` is not the latest stored version */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  CreateTenantExportHttpController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateTenantExportRequestDto'];
      };
    };
    responses: {
      /** @description The export, `ready` to be read */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TenantExportDto'];
        };
      };
    };
  };
  GetTenantExportHttpController_status: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        exportId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TenantExportDto'];
        };
      };
      /** @description No such export in this tenant */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ReadTenantExportHttpController_content: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        exportId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An attachment in the format the export was asked for: JSON, CSV (a row per entry) or a Bundle (type collection) of AuditEvents */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/fhir+json': components['schemas']['FhirBundleDto'];
          'application/json': components['schemas']['TenantExportContentDto'];
          'text/csv': string;
        };
      };
      /** @description No such export in this tenant */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The export is being read by another request */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  VerifyChainHttpController_verify: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ChainVerificationDto'];
        };
      };
    };
  };
  SignInHttpController_signInOptions: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SignInOptionsDto'];
        };
      };
    };
  };
  SignInHttpController_signInForDevelopment: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DevelopmentSignInRequestDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DevelopmentSignInResponseDto'];
        };
      };
      /** @description AUTH.DEVELOPMENT_SIGN_IN_CLOSED: not a development app */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  GetTeamApprovalsHttpController_get: {
    parameters: {
      query: {
        /** @description The team */
        teamId: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The plans awaiting a decision, oldest case first */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TeamApprovalsDto'];
        };
      };
      /** @description VALIDATION_FAILED: teamId missing or malformed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description CARE_PLAN.TEAM_APPROVALS_FORBIDDEN: a supervisor asked for another team */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  GetCaseViewHttpController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        caseId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The case */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseViewDto'];
        };
      };
      /** @description CARE_PLAN.CASE_NOT_FOUND, also for a case outside the caller’s scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ScheduleAppointmentHttpController_schedule: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        caseId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ScheduleAppointmentRequestDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseworkWriteResponseDto'];
        };
      };
    };
  };
  RecordMissedAppointmentFollowUpHttpController_followUp: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        appointmentId: string;
        caseId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RecordMissedAppointmentFollowUpRequestDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseworkWriteResponseDto'];
        };
      };
    };
  };
  RecordAppointmentOutcomeHttpController_record: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        appointmentId: string;
        caseId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RecordAppointmentOutcomeRequestDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseworkWriteResponseDto'];
        };
      };
    };
  };
  RescheduleAppointmentHttpController_reschedule: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        appointmentId: string;
        caseId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RescheduleAppointmentRequestDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseworkWriteResponseDto'];
        };
      };
    };
  };
  ArrangeTransportHttpController_arrange: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        appointmentId: string;
        caseId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ArrangeTransportRequestDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseworkWriteResponseDto'];
        };
      };
    };
  };
  GetCaseworkHttpController_get: {
    parameters: {
      query?: {
        /** @description As recorded by this instant; now when left out */
        asOf?: string;
      };
      header?: never;
      path: {
        caseId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The casework, each list in the order it was recorded */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseCaseworkDto'];
        };
      };
      /** @description CARE_PLAN.CASE_NOT_FOUND, also for a case outside the caller’s scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  RecordContactHttpController_record: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        caseId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RecordContactRequestDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseworkWriteResponseDto'];
        };
      };
    };
  };
  RecordMedicationCheckHttpController_record: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        caseId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RecordMedicationCheckRequestDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseworkWriteResponseDto'];
        };
      };
    };
  };
  GetPlansHttpController_get: {
    parameters: {
      query?: {
        /** @description As recorded by this instant; now when left out */
        asOf?: string;
      };
      header?: never;
      path: {
        caseId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The plans, oldest first */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CasePlansDto'];
        };
      };
      /** @description CARE_PLAN.CASE_NOT_FOUND, also for a case outside the caller’s scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  DraftCarePlanHttpController_draft: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        caseId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DraftCarePlanRequestDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PlanWriteResponseDto'];
        };
      };
    };
  };
  ApproveCarePlanHttpController_approve: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        caseId: string;
        planId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ApproveCarePlanRequestDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PlanWriteResponseDto'];
        };
      };
    };
  };
  AddGoalHttpController_addGoal: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        caseId: string;
        planId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AddGoalRequestDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PlanWriteResponseDto'];
        };
      };
    };
  };
  ReviseGoalHttpController_reviseGoal: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        caseId: string;
        goalId: string;
        planId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReviseGoalRequestDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PlanWriteResponseDto'];
        };
      };
    };
  };
  RecordGoalAchievementHttpController_recordGoalAchievement: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        caseId: string;
        goalId: string;
        planId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RecordGoalAchievementRequestDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PlanWriteResponseDto'];
        };
      };
    };
  };
  AddInterventionHttpController_addIntervention: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        caseId: string;
        goalId: string;
        planId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AddInterventionRequestDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PlanWriteResponseDto'];
        };
      };
    };
  };
  ChangeInterventionStatusHttpController_changeInterventionStatus: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        caseId: string;
        goalId: string;
        interventionId: string;
        planId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ChangeInterventionStatusRequestDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PlanWriteResponseDto'];
        };
      };
    };
  };
  ChangeGoalLifecycleHttpController_changeGoalLifecycle: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        caseId: string;
        goalId: string;
        planId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ChangeGoalLifecycleRequestDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PlanWriteResponseDto'];
        };
      };
    };
  };
  NoteProgressHttpController_noteProgress: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        caseId: string;
        goalId: string;
        planId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['NoteProgressRequestDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PlanWriteResponseDto'];
        };
      };
    };
  };
  ReturnCarePlanHttpController_returnPlan: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        caseId: string;
        planId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReturnCarePlanRequestDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PlanWriteResponseDto'];
        };
      };
    };
  };
  ReviewCarePlanHttpController_review: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        caseId: string;
        planId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReviewCarePlanRequestDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PlanWriteResponseDto'];
        };
      };
    };
  };
  ChangeCarePlanStatusHttpController_changeStatus: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        caseId: string;
        planId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ChangeCarePlanStatusRequestDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PlanWriteResponseDto'];
        };
      };
    };
  };
  SubmitCarePlanHttpController_submit: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        caseId: string;
        planId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SubmitCarePlanRequestDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PlanWriteResponseDto'];
        };
      };
    };
  };
  GetPlanVersionHttpController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        caseId: string;
        planId: string;
        /** @description The plan’s version: 1 when drafted, one more with each change */
        version: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The plan at that version; measureProgress is always null */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PlanDto'];
        };
      };
      /** @description CARE_PLAN.CASE_NOT_FOUND, also for a case outside the caller’s scope; CARE_PLAN.PLAN_NOT_FOUND for a plan or version that does not exist */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  GetTeamWorklistHttpController_get: {
    parameters: {
      query: {
        /** @description The team */
        teamId: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The items, with how many minutes each is overdue and what satisfies it */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TeamWorklistDto'];
        };
      };
      /** @description VALIDATION_FAILED: teamId missing or malformed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description CARE_PLAN.TEAM_WORKLIST_FORBIDDEN: a supervisor asked for another team */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  GetMyWorklistHttpController_get: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The items, with how many minutes each is overdue and what satisfies it */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MyWorklistDto'];
        };
      };
      /** @description The caller is not a case manager */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  RegisterLocationHttpController_register: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RegisterLocationRequestDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WriteResponseDto'];
        };
      };
    };
  };
  UpdateLocationHttpController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateLocationRequestDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WriteResponseDto'];
        };
      };
    };
  };
  RegisterOrganizationHttpController_register: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RegisterOrganizationRequestDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WriteResponseDto'];
        };
      };
    };
  };
  UpdateOrganizationHttpController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateOrganizationRequestDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WriteResponseDto'];
        };
      };
    };
  };
  ReinstateOrganizationHttpController_reinstate: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReinstateOrganizationRequestDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WriteResponseDto'];
        };
      };
    };
  };
  SuspendOrganizationHttpController_suspend: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SuspendOrganizationRequestDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WriteResponseDto'];
        };
      };
    };
  };
  SearchServicesHttpController_search: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SearchServicesRequestDto'];
      };
    };
    responses: {
      /** @description A page of ranked services */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ServiceSearchResultDto'];
        };
      };
    };
  };
  RegisterServiceAtLocationHttpController_register: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RegisterServiceAtLocationRequestDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WriteResponseDto'];
        };
      };
    };
  };
  UpdateServiceAtLocationHttpController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateServiceAtLocationRequestDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WriteResponseDto'];
        };
      };
    };
  };
  RegisterServiceHttpController_register: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RegisterServiceRequestDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WriteResponseDto'];
        };
      };
    };
  };
  UpdateServiceHttpController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateServiceRequestDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WriteResponseDto'];
        };
      };
    };
  };
  UpdateServiceCapacityHttpController_report: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateServiceCapacityRequestDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WriteResponseDto'];
        };
      };
    };
  };
  GetServiceHistoryHttpController_history: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The events of the service: version, type, when, who, and the changed fields */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ListingChangeDto'][];
        };
      };
    };
  };
  ReinstateServiceHttpController_reinstate: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReinstateServiceRequestDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WriteResponseDto'];
        };
      };
    };
  };
  SuspendServiceHttpController_suspend: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SuspendServiceRequestDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WriteResponseDto'];
        };
      };
    };
  };
  HealthController_check: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The Health Check is successful */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /**
             * @example {
             *       "database": {
             *         "status": "up"
             *       }
             *     }
             */
            details?: {
              [key: string]: {
                status: string;
              } & {
                [key: string]: unknown;
              };
            };
            /** @example {} */
            error?: {
              [key: string]: {
                status: string;
              } & {
                [key: string]: unknown;
              };
            } | null;
            /**
             * @example {
             *       "database": {
             *         "status": "up"
             *       }
             *     }
             */
            info?: {
              [key: string]: {
                status: string;
              } & {
                [key: string]: unknown;
              };
            } | null;
            /** @example ok */
            status?: string;
          };
        };
      };
      /** @description The Health Check is not successful */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /**
             * @example {
             *       "database": {
             *         "status": "up"
             *       },
             *       "redis": {
             *         "status": "down",
             *         "message": "Could not connect"
             *       }
             *     }
             */
            details?: {
              [key: string]: {
                status: string;
              } & {
                [key: string]: unknown;
              };
            };
            /**
             * @example {
             *       "redis": {
             *         "status": "down",
             *         "message": "Could not connect"
             *       }
             *     }
             */
            error?: {
              [key: string]: {
                status: string;
              } & {
                [key: string]: unknown;
              };
            } | null;
            /**
             * @example {
             *       "database": {
             *         "status": "up"
             *       }
             *     }
             */
            info?: {
              [key: string]: {
                status: string;
              } & {
                [key: string]: unknown;
              };
            } | null;
            /** @example error */
            status?: string;
          };
        };
      };
    };
  };
  GetTeamCaseloadsHttpController_get: {
    parameters: {
      query?: {
        /** @description The team; a supervisor’s own team when left out */
        teamId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The team’s caseloads */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TeamCaseloadsDto'];
        };
      };
      /** @description INTAKE.TEAM_CASELOAD_FORBIDDEN: a supervisor asked for another team */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  GetMyCaseloadHttpController_get: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The caller’s caseload */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MyCaseloadDto'];
        };
      };
    };
  };
  OpenCaseHttpController_open: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['OpenCaseRequestDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseWriteResponseDto'];
        };
      };
      /** @description INTAKE.CLIENT_NOT_FOUND: no such client in this agency */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description INTAKE.CLIENT_MERGED: details.survivorId is the record to open the case for */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  GetCaseHttpController_get: {
    parameters: {
      query?: {
        /** @description The case as it stood at this instant (events recorded up to then); now when left out */
        asOf?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The case */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseDetailsDto'];
        };
      };
      /** @description INTAKE.CASE_NOT_FOUND, also for a case outside the caller’s scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  AssignCaseHttpController_assign: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AssignCaseRequestDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseWriteResponseDto'];
        };
      };
      /** @description INTAKE.OVERRIDE_NOT_ALLOWED: only a supervisor overrides the limit */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description INTAKE.CASELOAD_LIMIT_REACHED: details name caseManagerId, caseload and limit */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  CloseCaseHttpController_close: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CloseCaseRequestDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseWriteResponseDto'];
        };
      };
    };
  };
  DetermineEligibilityHttpController_determine: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DetermineEligibilityRequestDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseWriteResponseDto'];
        };
      };
    };
  };
  AddNeedHttpController_add: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AddNeedRequestDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseWriteResponseDto'];
        };
      };
    };
  };
  ReopenCaseHttpController_reopen: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReopenCaseRequestDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseWriteResponseDto'];
        };
      };
    };
  };
  RecordScreeningHttpController_record: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RecordScreeningRequestDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ScreeningWriteResponseDto'];
        };
      };
      /** @description INTAKE.SCREENING_ANSWERS_INVALID: details name the item and the reason */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  AdvanceCaseStatusHttpController_advance: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AdvanceCaseStatusRequestDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseWriteResponseDto'];
        };
      };
      /** @description INTAKE.CASE_TRANSITION_NOT_ALLOWED (back or skipping), INTAKE.CASE_CLOSED, or a stale expectedVersion */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  TransferCaseHttpController_transfer: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['TransferCaseRequestDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseWriteResponseDto'];
        };
      };
    };
  };
  RegisterClientHttpController_register: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RegisterClientRequestDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ClientWriteResponseDto'];
        };
      };
      /** @description INTAKE.POSSIBLE_DUPLICATE: details.candidates lists the registered clients found */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ListClientConsentsHttpController_list: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        clientId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The client’s consents */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ClientConsentsDto'];
        };
      };
    };
  };
  GetClientHttpController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The client; `personal` is null once erased */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ClientDetailsDto'];
        };
      };
      /** @description INTAKE.CLIENT_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  CorrectClientDetailsHttpController_correct: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CorrectClientDetailsRequestDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ClientWriteResponseDto'];
        };
      };
      /** @description The client changed since expectedVersion, or was merged or erased */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  EraseClientPersonalDataHttpController_erase: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['EraseClientPersonalDataRequestDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ClientWriteResponseDto'];
        };
      };
    };
  };
  MergeClientsHttpController_merge: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['MergeClientsRequestDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MergeClientsResponseDto'];
        };
      };
      /** @description One of the clients was already merged, or the survivor was erased */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  FindDuplicateCandidatesHttpController_check: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['FindDuplicateCandidatesRequestDto'];
      };
    };
    responses: {
      /** @description Possible duplicates, best first */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DuplicateCandidatesDto'];
        };
      };
    };
  };
  SearchClientsHttpController_search: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SearchClientsRequestDto'];
      };
    };
    responses: {
      /** @description The clients found; merged clients carry mergedInto */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ClientSearchResultsDto'];
        };
      };
    };
  };
  RecordConsentHttpController_record: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RecordConsentRequestDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ConsentWriteResponseDto'];
        };
      };
    };
  };
  GetConsentHttpController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The consent; `personal` is null once the client’s key is shredded */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ConsentViewDto'];
        };
      };
    };
  };
  RecordConsentExpiryEventHttpController_record: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RecordConsentExpiryEventRequestDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ConsentWriteResponseDto'];
        };
      };
    };
  };
  RevokeConsentHttpController_revoke: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RevokeConsentRequestDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ConsentWriteResponseDto'];
        };
      };
    };
  };
  GetConsentInForceHttpController_inForce: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['GetConsentInForceRequestDto'];
      };
    };
    responses: {
      /** @description Whether a consent is in force, which, and why */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ConsentInForceAnswerDto'];
        };
      };
    };
  };
  ListWorkersHttpController_list: {
    parameters: {
      query?: {
        /** @description Workers after this id (the last id of the previous page) */
        after?: string;
        /** @description Include deactivated workers (default: active ones only) */
        includeDeactivated?: boolean;
        /** @description Page size */
        limit?: number;
        /** @description Only workers holding this role */
        role?: 'intake_worker' | 'case_manager' | 'supervisor';
        /** @description The team; your own team when left out (admins may name any) */
        teamId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Workers by id, a page at a time */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WorkerListDto'];
        };
      };
      /** @description INTAKE.TEAM_WORKERS_FORBIDDEN: another team was asked for */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  RegisterWorkerHttpController_register: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The worker’s user id (token subject) */
        workerId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RegisterWorkerRequestDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WorkerWriteResponseDto'];
        };
      };
    };
  };
  DeactivateWorkerHttpController_deactivate: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The worker’s user id (token subject) */
        workerId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DeactivateWorkerRequestDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WorkerWriteResponseDto'];
        };
      };
      /** @description INTAKE.WORKER_NOT_FOUND: nobody of that id is registered */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ReactivateWorkerHttpController_reactivate: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The worker’s user id (token subject) */
        workerId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReactivateWorkerRequestDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WorkerWriteResponseDto'];
        };
      };
      /** @description INTAKE.WORKER_NOT_FOUND: nobody of that id is registered */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ListOrganizationsHttpController_list: {
    parameters: {
      query?: {
        /** @description Only `json`; HSDS `ndjson` streaming is not offered */
        format?: 'json';
        /** @description Page number, from 1 */
        page?: number;
        /** @description Items per page */
        per_page?: number;
        /** @description Full-text search */
        search?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An HSDS Page whose contents validate against compiled/organization_list.json */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  GetOrganizationHttpController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Validates against compiled/organization.json; the ETag header holds its version */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ListCaseReferralsHttpController_list: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        caseId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The referrals */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseReferralDto'][];
        };
      };
      /** @description REFERRAL.CASE_NOT_FOUND, also for a case outside the caller’s scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  DraftReferralHttpController_draft: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        caseId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DraftReferralRequestDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReferralWriteResponseDto'];
        };
      };
    };
  };
  GetReferralMetricsHttpController_metrics: {
    parameters: {
      query: {
        /** @description First day of the range (referrals sent from the start of it) */
        from: string;
        /** @description One receiving organisation only (a partner sees only its own) */
        organizationId?: string;
        /** @description One program only */
        program?: string;
        /** @description Last day of the range (to the end of it) */
        to: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The funnel per receiving organisation and program */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReferralMetricsDto'];
        };
      };
    };
  };
  CountPartnerReferralsHttpController_count: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PartnerReferralCountsDto'];
        };
      };
    };
  };
  ListPartnerReferralsHttpController_list: {
    parameters: {
      query?: {
        /** @description With updatedAfter: the last referral of the previous page, from `next` */
        afterReferralId?: string;
        limit?: number;
        status?:
          | 'requested'
          | 'accepted'
          | 'rejected'
          | 'in-progress'
          | 'on-hold'
          | 'failed'
          | 'completed'
          | 'cancelled'
          | 'entered-in-error';
        /** @description Only referrals changed after this instant */
        updatedAfter?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description { referrals, next } */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PartnerInboxPageDto'];
        };
      };
    };
  };
  GetPartnerReferralHttpController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        referralId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The referral as the partner sees it */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PartnerReferralDto'];
        };
      };
      /** @description REFERRAL.NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  AcceptReferralHttpController_accept: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        referralId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReferralWriteResponseDto'];
        };
      };
    };
  };
  CompleteReferralHttpController_complete: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        referralId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CompleteReferralRequestDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReferralWriteResponseDto'];
        };
      };
    };
  };
  FailReferralHttpController_fail: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        referralId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['FailReferralRequestDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReferralWriteResponseDto'];
        };
      };
    };
  };
  GetPartnerReferralHistoryHttpController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        referralId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PartnerReferralHistoryDto'];
        };
      };
      /** @description REFERRAL.NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  HoldReferralHttpController_hold: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        referralId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['HoldReferralRequestDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReferralWriteResponseDto'];
        };
      };
    };
  };
  RejectReferralHttpController_reject: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        referralId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RejectReferralRequestDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReferralWriteResponseDto'];
        };
      };
    };
  };
  StartReferralHttpController_start: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        referralId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReferralWriteResponseDto'];
        };
      };
    };
  };
  GetWebhookHttpController_get: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The webhook, or null, and its notifications pending and failed */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WebhookStatusDto'];
        };
      };
    };
  };
  RegisterWebhookHttpController_register: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RegisterWebhookRequestDto'];
      };
    };
    responses: {
      /** @description The webhook and its new secret */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RegisteredWebhookDto'];
        };
      };
    };
  };
  RemoveWebhookHttpController_remove: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Whether there was one */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RemovedWebhookDto'];
        };
      };
    };
  };
  GetReferralHttpController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        referralId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The referral and its stream version */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReferralViewDto'];
        };
      };
      /** @description REFERRAL.NOT_FOUND, also for a referral outside the caller’s scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  CancelReferralHttpController_cancel: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        referralId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CancelReferralRequestDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReferralWriteResponseDto'];
        };
      };
    };
  };
  MarkReferralEnteredInErrorHttpController_markEnteredInError: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        referralId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['MarkReferralEnteredInErrorRequestDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReferralWriteResponseDto'];
        };
      };
    };
  };
  FollowUpReferralHttpController_followUp: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        referralId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['FollowUpReferralRequestDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReferralWriteResponseDto'];
        };
      };
    };
  };
  SendReferralHttpController_send: {
    parameters: {
      query?: never;
      header: {
        authorization: string;
      };
      path: {
        referralId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SendReferralRequestDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReferralWriteResponseDto'];
        };
      };
    };
  };
  ListServiceAtLocationsHttpController_list: {
    parameters: {
      query?: {
        /** @description Only `json`; HSDS `ndjson` streaming is not offered */
        format?: 'json';
        /** @description Fully nested items, as the single-record endpoint returns them */
        full?: boolean;
        /** @description Services changed on or after this date-time */
        modified_after?: string;
        /** @description Services of this organisation */
        organization_id?: string;
        /** @description Page number, from 1 */
        page?: number;
        /** @description Items per page */
        per_page?: number;
        /** @description Full-text search */
        search?: string;
        /** @description Services tagged with any term of this taxonomy */
        taxonomy_id?: string;
        /** @description Services tagged with this taxonomy term */
        taxonomy_term_id?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An HSDS Page whose contents validate against compiled/service_at_location_list.json */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  GetServiceAtLocationHttpController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Validates against compiled/service_at_location.json */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ListServicesHttpController_list: {
    parameters: {
      query?: {
        /** @description Only `json`; HSDS `ndjson` streaming is not offered */
        format?: 'json';
        /** @description Fully nested items, as the single-record endpoint returns them */
        full?: boolean;
        /** @description Services changed on or after this date-time */
        modified_after?: string;
        /** @description Services of this organisation */
        organization_id?: string;
        /** @description Page number, from 1 */
        page?: number;
        /** @description Items per page */
        per_page?: number;
        /** @description Full-text search */
        search?: string;
        /** @description Services tagged with any term of this taxonomy */
        taxonomy_id?: string;
        /** @description Services tagged with this taxonomy term */
        taxonomy_term_id?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An HSDS Page whose contents validate against compiled/service_list.json */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  GetServiceHttpController_get: {
    parameters: {
      query?: {
        /** @description Read the listing as it stood at this instant (every change is an event); default now */
        asOf?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Validates against compiled/service.json; capacity in the HSDS 3.1 service_capacity shape */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  SessionHttpController_get: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The caller as the platform sees them: tenant, subject, roles */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RequestContextDto'];
        };
      };
    };
  };
  ListTaxonomiesHttpController_list: {
    parameters: {
      query?: {
        /** @description Only `json`; HSDS `ndjson` streaming is not offered */
        format?: 'json';
        /** @description Page number, from 1 */
        page?: number;
        /** @description Items per page */
        per_page?: number;
        /** @description Full-text search */
        search?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An HSDS Page whose contents validate against taxonomy.json */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ListTaxonomiesHttpController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Validates against taxonomy.json */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ListTaxonomyTermsHttpController_list: {
    parameters: {
      query?: {
        /** @description Only `json`; HSDS `ndjson` streaming is not offered */
        format?: 'json';
        /** @description Page number, from 1 */
        page?: number;
        /** @description Children of this term */
        parent_id?: string;
        /** @description Items per page */
        per_page?: number;
        /** @description Full-text search */
        search?: string;
        /** @description Terms of this taxonomy */
        taxonomy_id?: string;
        /** @description Only top-level terms */
        top_only?: boolean;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An HSDS Page whose contents validate against taxonomy_term.json */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ListTaxonomyTermsHttpController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Validates against taxonomy_term.json */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
}

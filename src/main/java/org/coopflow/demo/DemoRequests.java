package org.coopflow.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.coopflow.identity.CoopFlowUserDetailsService;
import org.coopflow.identity.CurrentUser;
import org.coopflow.reference.Modality;
import org.coopflow.request.CooperationRequest;
import org.coopflow.request.RequestFilter;
import org.coopflow.request.RequestService;
import org.coopflow.request.RequestService.Submission;
import org.coopflow.request.SubmitRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Demo requests for the embedded default, so a newcomer's task lists, request list and dashboard are not
 * empty: nine requests from the demo partners (topics from the MOIS/MOLIT news releases in PROCESS.md's
 * background), driven by the demo users to every stage. Made once, when {@code coopflow.demo.requests} is on
 * and there are no requests yet; never on the mysql profile.
 */
@Component
public class DemoRequests {

    static final String KEY_PREFIX = "demo-";

    private static final Logger log = LoggerFactory.getLogger(DemoRequests.class);

    private static final String PARTNER_KH = "partner-kh";
    private static final String PARTNER_GT = "partner-gt";
    private static final String KH_CONTACT = "Sokha Chan";
    private static final String KH_EMAIL = "sokha.chan@interior.gov.kh.example";
    private static final String GT_CONTACT = "María López";
    private static final String GT_EMAIL = "maria.lopez@mingob.gob.gt.example";

    /** One demo request: who submits what, and the steps that take it to its stage. */
    private record DemoRequest(String partnerUser, SubmitRequest content, Consumer<CooperationRequest> toStage) {
    }

    private final DemoSettings settings;
    private final DemoSteps steps;
    private final RequestService requests;
    private final CoopFlowUserDetailsService users;
    private final Clock clock;

    DemoRequests(DemoSettings settings, DemoSteps steps, RequestService requests, CoopFlowUserDetailsService users,
                 Clock clock) {
        this.settings = settings;
        this.steps = steps;
        this.requests = requests;
        this.users = users;
        this.clock = clock;
    }

    /** Off the start-up thread: /actuator/health is UP without waiting for the demo requests. */
    @EventListener(ApplicationReadyEvent.class)
    void createWhenReady() {
        if (settings.requests()) {
            Thread worker = new Thread(this::createIfNoRequests, "demo-requests");
            worker.setDaemon(true);
            worker.start();
        }
    }

    /** Creates the demo requests if the setting is on and there are no requests; returns how many it made. */
    public int createIfNoRequests() {
        try {
            if (!settings.requests() || anyRequests()) {
                return 0;
            }
            int made = create(KEY_PREFIX).size();
            log.info("Created {} demo requests", made);
            return made;
        } catch (RuntimeException e) {
            log.warn("Could not create the demo requests", e);
            return 0;
        }
    }

    /**
     * Submits each demo request under {@code keyPrefix + n} and takes the ones it made to their stage. A key
     * seen before (a second run, or another node starting at the same time) makes nothing: the unique
     * idempotency key decides who drives that request. One failing request is logged and skipped.
     */
    List<CooperationRequest> create(String keyPrefix) {
        List<DemoRequest> catalogue = catalogue(LocalDate.now(clock));
        List<CooperationRequest> made = new ArrayList<>();
        for (int i = 0; i < catalogue.size(); i++) {
            DemoRequest demo = catalogue.get(i);
            String key = keyPrefix + (i + 1);
            try {
                Submission submission = steps.submit(demo.partnerUser(), demo.content(), key);
                if (submission.created()) {
                    demo.toStage().accept(submission.request());
                    made.add(submission.request());
                }
            } catch (RuntimeException e) {
                log.warn("Demo request {} stopped short of its stage: {}", key, e.toString());
            }
        }
        return made;
    }

    private boolean anyRequests() {
        CurrentUser manager = users.currentUserOf("manager");
        if (manager == null) {
            return true; // no demo users: not the embedded default's data, leave it alone
        }
        return requests.list(manager, RequestFilter.none(), 0, 1).total() > 0;
    }

    private List<DemoRequest> catalogue(LocalDate today) {
        return List.of(
                new DemoRequest(PARTNER_KH, new SubmitRequest(
                        "Legal basis for e-Government: advice on a Cambodian e-Government Act",
                        "EGOV_LEGAL_FRAMEWORK",
                        "Since the Korea-Cambodia e-Government Cooperation Forum in Phnom Penh, the Ministry of Interior "
                                + "has been preparing a draft law that gives electronic documents, e-signatures and online "
                                + "services the same standing as paper. Several ministries run their own systems with no "
                                + "common legal framework. We ask Korean experts to review our draft and explain how the "
                                + "e-Government Act was phased in, from legislation to system architecture and performance "
                                + "evaluation.",
                        Modality.EXPERT_DISPATCH, false, List.of("km", "en"), today.plusDays(60), today.plusDays(64),
                        KH_CONTACT, KH_EMAIL),
                        this::waitsForScreening),
                new DemoRequest(PARTNER_GT, new SubmitRequest(
                        "Sistema digital integrado para las municipalidades de Guatemala",
                        "LOCAL_GOVERNMENT_SYSTEM",
                        "Tras el foro en línea de K-Administración, el Ministerio de Gobernación desea conocer cómo el "
                                + "gobierno central de Corea facilita que todos los gobiernos locales usen un sistema digital "
                                + "integrado. Hoy cada municipalidad lleva sus propios registros y los ciudadanos presentan "
                                + "los mismos documentos varias veces. Solicitamos un foro en línea, con interpretación al "
                                + "español, sobre el sistema integrado para gobiernos locales, Gobierno 24 y el sistema de "
                                + "intercambio de información pública.",
                        Modality.ONLINE_FORUM, true, List.of("es"), today.plusDays(30), today.plusDays(30),
                        GT_CONTACT, GT_EMAIL),
                        request -> steps.complete("intake", request, "screenRequest", Map.of(
                                "screeningDecision", "CLARIFY",
                                "screeningReason", "¿Cuántas municipalidades participarían en el foro y cuáles son "
                                        + "los tres trámites que más se repiten hoy? Which municipalities would take part, "
                                        + "and which three procedures are repeated most today?"))),
                new DemoRequest(PARTNER_KH, new SubmitRequest(
                        "Smart city master plan for a provincial capital: study visit to Busan",
                        "SMART_CITY",
                        "Through the ASEAN-Korea smart city cooperation platform we want to prepare a master plan and a "
                                + "pre-feasibility study for a smart city project in one of our provincial capitals, "
                                + "covering urban development, safety, transport and water management. A study visit for "
                                + "15 provincial and ministry officials to Korean smart city sites would help us choose "
                                + "our priorities.",
                        Modality.STUDY_VISIT, false, List.of("km", "en"), today.plusDays(90), today.plusDays(95),
                        KH_CONTACT, KH_EMAIL),
                        this::waitsForScreening),
                new DemoRequest(PARTNER_KH, new SubmitRequest(
                        "National ID cards (អត្តសញ្ញាណប័ណ្ណសញ្ជាតិខ្មែរ): enrolment and card production",
                        "NATIONAL_ID",
                        "The General Department of Identification is renewing the Khmer nationality ID card "
                                + "(អត្តសញ្ញាណប័ណ្ណ). We need advice on enrolling citizens in remote provinces, "
                                + "capturing biometric data, card security features and production capacity, and on "
                                + "linking the card number to the resident register. We would like an online forum "
                                + "with MOIS and KOMSCO experts, with our questions sent in writing in advance.",
                        Modality.ONLINE_FORUM, false, List.of("km", "en"), today.plusDays(45), today.plusDays(45),
                        KH_CONTACT, KH_EMAIL),
                        this::waitsForExpertAnswers),
                new DemoRequest(PARTNER_GT, new SubmitRequest(
                        "Helping voters with disabilities and low-income voters to vote",
                        "ELECTION_MANAGEMENT",
                        "Ahead of the next general election we want to learn from the National Election Commission how "
                                + "Korea encourages persons with disabilities, low-income citizens and other vulnerable "
                                + "groups to vote: accessible polling stations, transport to the polls, early voting and "
                                + "information in plain language. A written consultation followed by questions would suit "
                                + "us.",
                        Modality.WRITTEN_CONSULTATION, false, List.of("es", "en"), today.plusDays(40), today.plusDays(70),
                        GT_CONTACT, GT_EMAIL),
                        this::accepted),
                new DemoRequest(PARTNER_KH, new SubmitRequest(
                        "Civil registration: from commune record books to a national resident register",
                        "CIVIL_REGISTRATION",
                        "Most public services in Korea are provided on the basis of resident registration. In Cambodia, "
                                + "births, deaths and marriages are recorded in commune books that are not connected. We "
                                + "want to learn how Korea built and maintains its resident registration system, how "
                                + "records stay current when people move, and how other agencies use it, to plan our own "
                                + "digital civil registration.",
                        Modality.ONLINE_FORUM, false, List.of("km", "en"), today.plusDays(21), today.plusDays(21),
                        KH_CONTACT, KH_EMAIL),
                        request -> consultationPlanned(request, today.plusDays(21),
                                "1. Resident registration in Korea and its legal basis; 2. Keeping records current: "
                                        + "moves, births, deaths; 3. Sharing registration data with other agencies; "
                                        + "4. Questions sent in advance by the Ministry of Interior")),
                new DemoRequest(PARTNER_GT, new SubmitRequest(
                        "Early warning for earthquakes and volcanic eruptions",
                        "DISASTER_MANAGEMENT",
                        "Guatemala lives with earthquakes, eruptions of the Fuego volcano and seasonal floods. We want to "
                                + "learn how Korea's disaster management system warns the population by mobile phone and "
                                + "how central and local governments share the emergency response.",
                        Modality.ONLINE_FORUM, false, List.of("es", "en"), today, today,
                        GT_CONTACT, GT_EMAIL),
                        this::finishedWithoutMou),
                new DemoRequest(PARTNER_KH, new SubmitRequest(
                        "Disaster early warning: cell broadcast alerts for the Mekong flood season",
                        "DISASTER_MANAGEMENT",
                        "Every flood season villages along the Mekong and the Tonle Sap are warned too late. After the "
                                + "ASEAN-Korea forum on disaster safety, the Ministry of Interior wants to learn how Korea "
                                + "sends cell broadcast warnings to every phone in an area, and to agree with MOIS on a "
                                + "cooperation programme: training for provincial officials and a pilot in two provinces.",
                        Modality.ONLINE_FORUM, false, List.of("km", "en"), today, today,
                        KH_CONTACT, KH_EMAIL),
                        this::mouSignedFollowUpUnderWay),
                new DemoRequest(PARTNER_KH, new SubmitRequest(
                        "Vehicles and computers for provincial administration offices",
                        "OTHER",
                        "We ask for 40 vehicles and 300 computers for provincial administration offices, so that staff "
                                + "can reach villages and record civil status events on site.",
                        Modality.EXPERT_DISPATCH, false, List.of("km", "en"), null, null,
                        KH_CONTACT, KH_EMAIL),
                        request -> steps.complete("intake", request, "screenRequest", Map.of(
                                "screeningDecision", "DECLINE",
                                "screeningReason", "We share public-administration experience and do not fund "
                                        + "equipment. The Korean Embassy in Phnom Penh can advise on KOICA grants; we "
                                        + "would gladly discuss how provincial offices use shared digital systems."))));
    }

    // ---- the stages, each building on the one before (as the test journeys do, through the services)

    private void waitsForScreening(CooperationRequest request) {
        // submitted: screenRequest waits in intake's task list
    }

    private void accepted(CooperationRequest request) {
        steps.complete("intake", request, "screenRequest", Map.of("screeningDecision", "ACCEPT"));
    }

    /** NATIONAL_ID (MOIS lead, KOMSCO supporting): each coordinator nominated an expert, who has not answered. */
    private void waitsForExpertAnswers(CooperationRequest request) {
        accepted(request);
        steps.complete("coord-mois", request, "nominateExperts", Map.of("nominatedExperts", List.of("expert-mois"),
                "nominationNote", "Resident registration background, speaks Khmer."));
        steps.complete("coord-komsco", request, "nominateExperts", Map.of("nominatedExperts", List.of("expert-komsco")));
    }

    /** A MOIS-only sector: expert-mois accepted and leads; the plan waits for the partner's confirmation. */
    private void consultationPlanned(CooperationRequest request, LocalDate start, String agenda) {
        accepted(request);
        steps.complete("coord-mois", request, "nominateExperts", Map.of("nominatedExperts", List.of("expert-mois")));
        steps.complete("expert-mois", request, "respondToAssignment", Map.of("assignmentDecision", "ACCEPT"));
        steps.complete("coord-mois", request, "confirmTeam", Map.of("teamDecision", "CONFIRM",
                "leadExpert", "expert-mois"));
        steps.complete("coord-mois", request, "planConsultation", Map.of("consultationModality", "ONLINE_FORUM",
                "consultationStart", start.toString(), "agenda", agenda));
    }

    /**
     * Consultation held today, an MOU wanted: drafted, reviewed by legal and the partner, approved and signed with its
     * term and three commitments (obligations register); the follow-up actions are defined and the first reporting
     * round waits for its quarter: FOLLOW_UP.
     */
    private void mouSignedFollowUpUnderWay(CooperationRequest request) {
        consultationPlanned(request, LocalDate.now(clock),
                "1. Cell broadcast warnings and who may send them; 2. Flood forecasting with the river authorities; "
                        + "3. A pilot in two provinces");
        steps.complete(PARTNER_KH, request, "confirmConsultationPlan", Map.of("planDecision", "CONFIRM"));
        steps.reachConsultationDate(request);
        steps.complete("expert-mois", request, "recordConsultationOutcome", Map.of("consultationReport",
                "Online forum with 28 officials of the Ministry of Interior and the National Committee for Disaster "
                        + "Management: cell broadcast, the warning chain from forecast to phone, a pilot proposal."));
        steps.complete(PARTNER_KH, request, "giveFeedback", Map.of("satisfaction", "5", "wantsMou", "YES",
                "wantsFollowUp", "YES"));
        steps.complete("coord-mois", request, "draftMou", Map.of("mouTitle",
                "Memorandum of Understanding on disaster early warning cooperation", "mouText",
                "Article 1. Purpose: cooperation on disaster early warning by cell broadcast.\n"
                        + "Article 2. Training of provincial officials of the Kingdom of Cambodia.\n"
                        + "Article 3. A pilot in two provinces, evaluated after one flood season.\n"
                        + "Article 4. Each side bears its own costs."));
        steps.complete("legal", request, "reviewMouLegal", Map.of("legalDecision", "APPROVE"));
        steps.complete(PARTNER_KH, request, "reviewMouPartner", Map.of("partnerDecision", "APPROVE"));
        steps.complete("manager", request, "approveMouForSigning", Map.of("signingDecision", "APPROVE"));
        LocalDate today = LocalDate.now(clock);
        // the MOU's term and commitments go into the obligations register: the partner's nomination is due today (a
        // task in its list), the training and the pilot reports come due later, the MOU runs five years
        steps.complete("coord-mois", request, "recordMouSigning", Map.of("signingDate", today.toString(),
                "signingPlace", "Phnom Penh", "signatories",
                "Vice Minister of the Interior and Safety; Secretary of State, Ministry of Interior",
                "mouExpiresOn", today.plusYears(5).minusDays(1).toString(), "mouRenewalNoticeDays", 180,
                "mouObligations", List.of(
                        Map.of("obligationClause", "Article 3(1)", "obligationDescription",
                                "Nominate the focal points of the two pilot provinces", "obligationParty", "PARTNER",
                                "obligationRecurrence", "ONCE", "obligationFirstDue", today.toString()),
                        Map.of("obligationClause", "Article 2", "obligationDescription",
                                "Cell broadcast training for provincial officials in Korea", "obligationParty",
                                "MOIS", "obligationRecurrence", "YEARLY", "obligationFirstDue",
                                today.plusMonths(4).toString()),
                        Map.of("obligationClause", "Article 3(2)", "obligationDescription",
                                "Progress report on the early warning pilot", "obligationParty", "PARTNER",
                                "obligationRecurrence", "QUARTERLY", "obligationFirstDue",
                                today.plusMonths(3).toString()))));
        steps.runDueObligationTimers(request);
        steps.complete("coord-mois", request, "defineFollowUpActions", Map.of("followUpActions", List.of(
                Map.of("actionType", "TRAINING", "actionDescription",
                        "Cell broadcast training for 30 provincial officials in Seoul", "actionOwner", "MOIS",
                        "actionDue", LocalDate.now(clock).plusMonths(4).toString()),
                Map.of("actionType", "JOINT_PROJECT", "actionDescription",
                        "Early warning pilot in Kandal and Kampong Cham", "actionOwner",
                        "Ministry of Interior, Cambodia", "actionDue", LocalDate.now(clock).plusMonths(10).toString()))));
    }

    /** Consultation held today, no MOU and no follow-up wanted, evaluated and closed: COMPLETED. */
    private void finishedWithoutMou(CooperationRequest request) {
        consultationPlanned(request, LocalDate.now(clock),
                "1. Cell broadcast warnings; 2. The disaster safety communication network; 3. Roles of central and "
                        + "local governments in an emergency");
        steps.complete(PARTNER_GT, request, "confirmConsultationPlan", Map.of("planDecision", "CONFIRM"));
        steps.reachConsultationDate(request);
        steps.complete("expert-mois", request, "recordConsultationOutcome", Map.of("consultationReport",
                "Online forum with 35 officials of the Ministry of Government and the disaster coordination agency: "
                        + "cell broadcast warnings, the disaster safety network, and who does what between central "
                        + "and local governments."));
        steps.complete(PARTNER_GT, request, "giveFeedback", Map.of("satisfaction", "5", "wantsMou", "NO",
                "wantsFollowUp", "NO", "feedbackComment", "Muy útil; las grabaciones con subtítulos en español "
                        + "servirán para capacitar a las municipalidades."));
        steps.complete("coord-mois", request, "evaluateCooperation", Map.of("overallRating", "5",
                "evaluationSummary", "Objectives met with one online forum; no MOU needed."));
        steps.complete("manager", request, "approveClosure", Map.of("closureDecision", "APPROVE"));
    }
}

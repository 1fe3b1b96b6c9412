package org.coopflow.obligation;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.coopflow.attachment.AttachmentRejectedException;
import org.coopflow.attachment.Attachments;
import org.coopflow.attachment.Upload;
import org.coopflow.identity.CoopFlowPrincipal;
import org.coopflow.identity.CurrentUser;
import org.coopflow.reference.ReferenceData;
import org.coopflow.request.RequestLabels;
import org.coopflow.shared.ConflictException;
import org.coopflow.shared.InvalidInputException;
import org.coopflow.shared.Page;
import org.coopflow.web.Csv;
import org.coopflow.web.WebPage;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The obligations register ({@code /obligations}, CSV at {@code /obligations.csv}): every occurrence of every
 * obligation the reader may see, by country, responsible party, MOU, status and date; and one obligation
 * ({@code /obligations/{id}}) with its MOU's term, every occurrence and how it was met, where the responsible party
 * records a fulfilment with its evidence.
 */
@Controller
@WebPage
class ObligationPages {

    static final String VIEW_REGISTER = "obligation/register";
    static final String VIEW_OBLIGATION = "obligation/show";
    static final int PAGE_SIZE = 50;

    /** A line of the register as shown: the row, and whether the reader is the party to record its fulfilment. */
    record Line(RegisterRow row, boolean mine) {
    }

    private final Obligations obligations;
    private final Fulfilments fulfilments;
    private final Attachments attachments;
    private final ReferenceData reference;
    private final RequestLabels labels;
    private final MessageSource messages;

    ObligationPages(Obligations obligations, Fulfilments fulfilments, Attachments attachments, ReferenceData reference,
                    RequestLabels labels, MessageSource messages) {
        this.obligations = obligations;
        this.fulfilments = fulfilments;
        this.attachments = attachments;
        this.reference = reference;
        this.labels = labels;
        this.messages = messages;
    }

    /** Filters that do not parse (a date, an MOU number) are shown next to their field and left out. */
    @GetMapping("/obligations")
    String showRegister(@AuthenticationPrincipal CoopFlowPrincipal me, @ModelAttribute("search") RegisterSearch search,
                        BindingResult searchErrors, @RequestParam(required = false) Integer page,
                        HttpServletRequest http, Model model, Locale locale) {
        CurrentUser user = me.user();
        int pageNumber = Page.clampPage(page);
        Page<RegisterRow> result = obligations.register(user, search.toFilter(), pageNumber, PAGE_SIZE);
        model.addAttribute("lines", result.items().stream().map(r -> new Line(r, mine(user, r))).toList());
        model.addAttribute("result", result);
        long pages = Math.max(1, (result.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        model.addAttribute("pages", pages);
        String query = http.getQueryString();
        if (pageNumber > 0) {
            model.addAttribute("previousUrl", pageUrl(query, pageNumber - 1));
        }
        if (pageNumber + 1 < pages) {
            model.addAttribute("nextUrl", pageUrl(query, pageNumber + 1));
        }
        model.addAttribute("partner", user.isPartner());
        model.addAttribute("countries", reference.partnerCountries(locale));
        model.addAttribute("parties", parties(user, locale));
        model.addAttribute("mous", obligations.terms(user, null));
        model.addAttribute("statuses", OccurrenceStatus.values());
        model.addAttribute("csvUrl", UriComponentsBuilder.fromPath("/obligations.csv").query(query)
                .replaceQueryParam("lang").replaceQueryParam("page").build().toUriString());
        return VIEW_REGISTER;
    }

    /** The same lines, every one (at most 10,000), with names in the reader's language and the codes beside them. */
    @GetMapping("/obligations.csv")
    ResponseEntity<byte[]> downloadRegister(@AuthenticationPrincipal CoopFlowPrincipal me,
                                            @ModelAttribute("search") RegisterSearch search, BindingResult searchErrors,
                                            Locale locale) {
        List<RegisterRow> rows = obligations.registerLines(me.user(), search.toFilter());
        StringBuilder csv = new StringBuilder("\uFEFF"); // the BOM makes Excel read UTF-8 (Korean) correctly
        csv.append(Csv.row(List.of("reference", "mou", "mou_status", "country", "country_name", "clause", "what_is_due",
                "party", "party_name", "recurrence", "occurrence", "due_on", "status", "status_name", "fulfil_by",
                "fulfilled_by", "fulfilled_at", "evidence", "note").stream()
                .map(column -> text("obligations.csv." + column, locale)).toList()));
        for (RegisterRow r : rows) {
            csv.append(Csv.row(List.of(r.reference(), r.mouTitle(), text("obligations.term." + r.termStatus(), locale),
                    r.countryCode(), labels.country(r.countryCode()), r.clause(), r.description(), r.partyCode(),
                    labels.organisation(r.partyCode()), text("obligations.recurrence." + r.recurrence(), locale),
                    String.valueOf(r.seqNo()), r.dueOn().toString(), r.status().name(),
                    text("obligations.status." + r.status(), locale),
                    r.fulfilBy() == null ? "" : r.fulfilBy().toString(), nullToEmpty(r.fulfilledBy()),
                    r.fulfilledAt() == null ? "" : r.fulfilledAt().toString(), nullToEmpty(r.evidenceName()),
                    nullToEmpty(r.note()))));
        }
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"coopflow-obligations.csv\"")
                .header("X-Content-Type-Options", "nosniff")
                .body(csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping("/obligations/{id}")
    String showObligation(@AuthenticationPrincipal CoopFlowPrincipal me, @PathVariable Long id, Model model) {
        return obligationPage(model, me.user(), id, null, null);
    }

    /** The fulfilment with its evidence; a refused file or a missing one is said next to the field, nothing kept. */
    @PostMapping("/obligations/{id}/fulfilment")
    String recordFulfilment(@AuthenticationPrincipal CoopFlowPrincipal me, @PathVariable Long id,
                            @RequestParam Long occurrence,
                            @RequestParam(name = "evidence", required = false) MultipartFile evidence,
                            @RequestParam(name = "note", required = false) String note, Locale locale, Model model,
                            RedirectAttributes redirect, HttpServletResponse response) {
        List<Upload> uploads = Upload.allOf(evidence == null ? List.of() : List.of(evidence));
        try {
            fulfilments.record(me.user(), id, occurrence, uploads.isEmpty() ? null : uploads.get(0), note, locale);
        } catch (AttachmentRejectedException rejected) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return obligationPage(model, me.user(), id, rejected.describe(messages, attachments.settings(), locale),
                    note);
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            String code = e.fieldErrors().values().stream().findFirst().orElse(e.messageCode());
            return obligationPage(model, me.user(), id, messages.getMessage(code, null, code, locale), note);
        } catch (ConflictException e) {
            redirect.addFlashAttribute("problem", messages.getMessage(e.messageCode(), e.args(), locale));
            return "redirect:/obligations/" + id;
        }
        redirect.addFlashAttribute("notice", messages.getMessage("obligations.fulfilled", null, locale));
        return "redirect:/obligations/" + id;
    }

    private String obligationPage(Model model, CurrentUser user, Long id, String evidenceError, String note) {
        Obligation obligation = obligations.visible(user, id);
        MouTerm term = obligations.term(obligation.termId());
        List<Occurrence> occurrences = obligations.occurrences(obligation.id());
        Map<Long, String> evidence = new LinkedHashMap<>();
        occurrences.stream().filter(o -> o.evidenceId() != null).forEach(o -> attachments
                .find(obligation.requestId(), o.evidenceId()).ifPresent(a -> evidence.put(o.id(), a.filename())));
        Occurrence open = occurrences.stream().filter(o -> o.status().open()).findFirst().orElse(null);
        model.addAttribute("obligation", obligation);
        model.addAttribute("term", term);
        model.addAttribute("occurrences", occurrences);
        model.addAttribute("evidence", evidence);
        model.addAttribute("open", open);
        model.addAttribute("canFulfil", open != null && fulfilments.taskFor(user, open.id()).isPresent());
        model.addAttribute("acceptHint", attachments.acceptHint());
        model.addAttribute("maxSize", attachments.settings().maxSizeText());
        model.addAttribute("evidenceError", evidenceError);
        model.addAttribute("note", note);
        return VIEW_OBLIGATION;
    }

    /** The reader's own obligations: the partner's, or those of an agency they coordinate. */
    private static boolean mine(CurrentUser user, RegisterRow row) {
        if (!row.status().open()) {
            return false;
        }
        return row.partyKind() == PartyKind.PARTNER ? user.isPartner() && user.organisationCode().equals(row.partyCode())
                : user.coordinatedAgencies().contains(row.partyCode());
    }

    /** The responsible parties to filter by: the Korean agencies, and the partner organisations the reader sees. */
    private List<ReferenceData.Option> parties(CurrentUser user, Locale locale) {
        List<ReferenceData.Option> parties = new ArrayList<>();
        if (user.isPartner()) {
            parties.add(new ReferenceData.Option(user.organisationCode(), labels.organisation(user.organisationCode()),
                    null));
        } else {
            obligations.terms(user, null).stream().map(MouTerm::partnerOrg).distinct()
                    .forEach(org -> parties.add(new ReferenceData.Option(org, labels.organisation(org), null)));
        }
        parties.addAll(reference.agencies(locale));
        return parties;
    }

    private static String pageUrl(String query, int page) {
        return UriComponentsBuilder.fromPath("/obligations").query(query).replaceQueryParam("lang")
                .replaceQueryParam("page", page).build().toUriString();
    }

    private String text(String code, Locale locale) {
        return messages.getMessage(code, null, code, locale);
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}

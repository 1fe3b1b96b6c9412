package org.coopflow.library;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import org.coopflow.attachment.AttachmentDownload;
import org.coopflow.identity.CoopFlowPrincipal;
import org.coopflow.identity.CurrentUser;
import org.coopflow.reference.ReferenceData;
import org.coopflow.reference.ReferenceData.Option;
import org.coopflow.request.RequestLabels;
import org.coopflow.shared.ConflictException;
import org.coopflow.shared.InvalidInputException;
import org.coopflow.shared.Page;
import org.coopflow.web.DateDisplay;
import org.coopflow.web.WebPage;
import org.springframework.context.MessageSource;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The library's pages: the search with its facets, one entry (linking back to its request where the reader may open
 * it), a document's download, marking an entry shareable, and attaching a suggested past request to a request.
 */
@Controller
@WebPage
class LibraryPages {

    static final String VIEW_SEARCH = "library/search";
    static final String VIEW_ENTRY = "library/entry";
    static final int PAGE_SIZE = 20;

    /** Where attaching a suggestion may come back to: a task page or a request page, never another site. */
    private static final Pattern BACK = Pattern.compile("/tasks/[A-Za-z0-9-]+|/requests/\\d+");

    /** A row of the results. */
    record EntryRow(Long id, String kind, String reference, String requestTitle, String country, String sector,
                    String modality, String excerpt, Instant recordedAt, boolean shareable) {
    }

    /** A facet's value: its name, how many entries found have it, the address of the search narrowed to it. */
    record FacetLink(String label, long entries, String url, boolean selected) {
    }

    record FacetGroup(String name, String title, List<FacetLink> links) {
    }

    private final Library library;
    private final Suggestions suggestions;
    private final ReferenceData reference;
    private final RequestLabels labels;
    private final DateDisplay dates;
    private final MessageSource messages;

    LibraryPages(Library library, Suggestions suggestions, ReferenceData reference, RequestLabels labels,
                 DateDisplay dates, MessageSource messages) {
        this.library = library;
        this.suggestions = suggestions;
        this.reference = reference;
        this.labels = labels;
        this.dates = dates;
        this.messages = messages;
    }

    @GetMapping("/library")
    String search(@AuthenticationPrincipal CoopFlowPrincipal me, @ModelAttribute("search") LibrarySearch search,
                  BindingResult errors, @RequestParam(required = false) String page, HttpServletRequest http,
                  Model model, Locale locale) {
        CurrentUser user = me.user();
        if (!search.kindIsValid()) {
            errors.rejectValue("kind", "form.invalidOption");
        }
        if (!search.datesInOrder()) {
            errors.reject("library.search.toBeforeFrom");
        }
        LibraryFilter filter = search.toFilter(dates.zone());
        Page<LibraryEntry> result = library.search(user, filter, pageNumber(page), PAGE_SIZE);
        Library.Facets facets = library.facets(user, filter, result.total());
        long pages = Math.max(1, (Math.min(result.total(), Library.COUNT_LIMIT) + PAGE_SIZE - 1) / PAGE_SIZE);
        model.addAttribute("result", result);
        model.addAttribute("rows", result.items().stream().map(this::row).toList());
        model.addAttribute("pages", pages);
        model.addAttribute("previousUrl", result.page() > 0 ? url(http, "page", pageParam(result.page() - 1)) : null);
        model.addAttribute("nextUrl", result.page() + 1 < pages ? url(http, "page", pageParam(result.page() + 1)) : null);
        model.addAttribute("facets", facetGroups(facets, search, http, locale));
        model.addAttribute("facetsCounted", facets.counted());
        model.addAttribute("filtered", !filter.isEmpty());
        model.addAttribute("countLimit", Library.COUNT_LIMIT);
        model.addAttribute("partner", user.isPartner());
        model.addAttribute("kinds", kinds(user, locale));
        model.addAttribute("sectors", reference.sectors(locale));
        model.addAttribute("countries", reference.partnerCountries(locale));
        model.addAttribute("modalities", reference.modalities(locale));
        model.addAttribute("languages", RequestLabels.OFFERED_LANGUAGES.stream()
                .map(code -> new Option(code, labels.language(code), null)).toList());
        model.addAttribute("agencies", reference.agencies(locale));
        return VIEW_SEARCH;
    }

    @GetMapping("/library/{id}")
    String showEntry(@AuthenticationPrincipal CoopFlowPrincipal me, @PathVariable Long id, Model model,
                     Locale locale) {
        Library.EntryDetail detail = library.entry(me.user(), id);
        LibraryEntry e = detail.entry();
        model.addAttribute("detail", detail);
        model.addAttribute("row", row(e));
        model.addAttribute("languages", labels.languages(detail.languages()));
        model.addAttribute("agencies", labels.agencies(detail.agencies()));
        model.addAttribute("partnerName", labels.organisation(e.partnerOrg()));
        model.addAttribute("partner", me.user().isPartner());
        model.addAttribute("sameRequest", detail.sameRequest().stream().map(this::row).toList());
        model.addAttribute("sharedBy", e.sharedBy() == null ? null : labels.person(e.sharedBy()));
        return VIEW_ENTRY;
    }

    @GetMapping("/library/{id}/download")
    ResponseEntity<byte[]> download(@AuthenticationPrincipal CoopFlowPrincipal me, @PathVariable Long id) {
        return AttachmentDownload.of(library.download(me.user(), id));
    }

    @PostMapping("/library/{id}/share")
    String share(@AuthenticationPrincipal CoopFlowPrincipal me, @PathVariable Long id,
                 @RequestParam boolean shareable, RedirectAttributes redirect, Locale locale) {
        library.share(me.user(), id, shareable);
        redirect.addFlashAttribute("notice", text(shareable ? "library.share.done" : "library.share.undone",
                locale));
        return "redirect:/library/" + id;
    }

    @PostMapping("/library/suggestions")
    String attachSuggestion(@AuthenticationPrincipal CoopFlowPrincipal me, @RequestParam("request") Long requestId,
                            @RequestParam("suggested") Long suggestedRequestId,
                            @RequestParam(required = false) String back, RedirectAttributes redirect, Locale locale) {
        String page = back != null && BACK.matcher(back).matches() ? back : "/requests/" + requestId;
        try {
            Suggestions.Attaching attaching = suggestions.attach(me.user(), requestId, suggestedRequestId);
            redirect.addFlashAttribute("notice", messages.getMessage(attaching.attachedNow()
                    ? "library.suggestion.attached" : "library.suggestion.alreadyAttached",
                    new Object[]{attaching.reference()}, locale));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("problem", text(e.fieldErrors().values().iterator().next(), locale));
        } catch (ConflictException e) {
            redirect.addFlashAttribute("problem", text(e.messageCode(), locale));
        }
        return "redirect:" + page + "#library-suggestions";
    }

    // ---------------------------------------------------------------- views

    private EntryRow row(LibraryEntry e) {
        return new EntryRow(e.id(), kindLabel(e.kind()), e.reference(),
                e.requestTitle(), labels.country(e.countryCode()), labels.sector(e.sectorCode()),
                modalityLabel(e.modality()), e.excerpt(), e.recordedAt(), e.shareable());
    }

    /** Partners see the kinds they may read only. */
    private List<Option> kinds(CurrentUser user, Locale locale) {
        List<Option> kinds = new ArrayList<>();
        for (EntryKind kind : EntryKind.values()) {
            if (!user.isPartner() || kind.forPartners()) {
                kinds.add(new Option(kind.name(), text("library.kind." + kind.name(), locale), null));
            }
        }
        return kinds;
    }

    private List<FacetGroup> facetGroups(Library.Facets facets, LibrarySearch search, HttpServletRequest http,
                                         Locale locale) {
        List<FacetGroup> groups = new ArrayList<>();
        for (Map.Entry<Facet, List<FacetCount>> facet : facets.values().entrySet()) {
            List<FacetLink> links = new ArrayList<>();
            for (FacetCount value : facet.getValue()) {
                if (value.code() == null) {
                    continue;
                }
                links.add(link(facet.getKey(), value, search, http, locale));
            }
            links.sort(Comparator.comparingLong(FacetLink::entries).reversed().thenComparing(FacetLink::label));
            if (!links.isEmpty()) {
                groups.add(new FacetGroup(facet.getKey().name().toLowerCase(Locale.ROOT),
                        text("library.facet." + facet.getKey().name(), locale), links));
            }
        }
        return groups;
    }

    private FacetLink link(Facet facet, FacetCount value, LibrarySearch search, HttpServletRequest http,
                           Locale locale) {
        String code = value.code();
        return switch (facet) {
            case KIND -> new FacetLink(text("library.kind." + code, locale), value.entries(),
                    url(http, "kind", code), code.equals(search.getKind()));
            case SECTOR -> new FacetLink(labels.sector(code), value.entries(), url(http, "sector", code),
                    code.equals(search.getSector()));
            case COUNTRY -> new FacetLink(labels.country(code), value.entries(), url(http, "country", code),
                    code.equals(search.getCountry()));
            case MODALITY -> new FacetLink(modalityLabel(code), value.entries(), url(http, "modality", code),
                    code.equals(search.getModality()));
            case LANGUAGE -> new FacetLink(labels.language(code), value.entries(), url(http, "language", code),
                    code.equals(search.getLanguage()));
            case AGENCY -> new FacetLink(labels.agency(code), value.entries(), url(http, "agency", code),
                    code.equals(search.getAgency()));
            case YEAR -> new FacetLink(code, value.entries(), yearUrl(http, code),
                    search.getFrom() != null && search.getTo() != null
                            && code.equals(String.valueOf(search.getFrom().getYear()))
                            && search.getFrom().getYear() == search.getTo().getYear());
        };
    }

    private String kindLabel(EntryKind kind) {
        return messages.getMessage("library.kind." + kind.name(), null, kind.name(),
                org.springframework.context.i18n.LocaleContextHolder.getLocale());
    }

    private String modalityLabel(String code) {
        return messages.getMessage("modality." + code, null, code,
                org.springframework.context.i18n.LocaleContextHolder.getLocale());
    }

    /** The current search with one parameter set (and back on its first page). */
    private static String url(HttpServletRequest http, String name, String value) {
        UriComponentsBuilder url = UriComponentsBuilder.fromPath("/library").query(http.getQueryString())
                .replaceQueryParam("lang");
        if (!"page".equals(name)) {
            url.replaceQueryParam("page");
        }
        return (value == null ? url.replaceQueryParam(name) : url.replaceQueryParam(name, value)).build()
                .toUriString();
    }

    private static String yearUrl(HttpServletRequest http, String year) {
        return UriComponentsBuilder.fromPath("/library").query(http.getQueryString()).replaceQueryParam("lang")
                .replaceQueryParam("page").replaceQueryParam("from", year + "-01-01")
                .replaceQueryParam("to", year + "-12-31").build().toUriString();
    }

    private static String pageParam(int page) {
        return page == 0 ? null : String.valueOf(page);
    }

    /** A page number as typed in an address; anything but a number from 0 is the first page. */
    private static int pageNumber(String page) {
        try {
            return page == null ? 0 : Page.clampPage(Integer.valueOf(page));
        } catch (NumberFormatException notANumber) {
            return 0;
        }
    }

    private String text(String code, Locale locale) {
        return messages.getMessage(code, null, code, locale);
    }
}

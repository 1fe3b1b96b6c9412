package org.coopflow.mou;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.coopflow.export.PdfRenderer;
import org.coopflow.identity.CoopFlowPrincipal;
import org.coopflow.identity.CoopFlowUserDetailsService;
import org.coopflow.identity.CurrentUser;
import org.coopflow.request.CooperationRequest;
import org.coopflow.request.RequestLabels;
import org.coopflow.request.RequestService;
import org.coopflow.shared.InvalidInputException;
import org.coopflow.web.WebPage;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A request's MOU versions: the list, one version, the changes between two, and one version as PDF. Open to
 * whoever may open the request page — the officials whose role and agency cover it, managers, and the
 * request's own partner (who reviews the drafts); anyone else gets 404, as for the request itself.
 */
@Controller
@WebPage
class MouPages {

    static final String VIEW_VERSIONS = "mou/versions";
    static final String PDF_VERSION = "mou/version-pdf";

    private final RequestService requests;
    private final MouVersions versions;
    private final PdfRenderer pdf;
    private final RequestLabels labels;
    private final CoopFlowUserDetailsService users;

    MouPages(RequestService requests, MouVersions versions, PdfRenderer pdf, RequestLabels labels,
             CoopFlowUserDetailsService users) {
        this.labels = labels;
        this.users = users;
        this.requests = requests;
        this.versions = versions;
        this.pdf = pdf;
    }

    /** The versions; {@code ?version=n} shows version n (default the latest), {@code ?from=a&to=b} compares two. */
    @GetMapping("/requests/{id}/mou")
    String showVersions(@AuthenticationPrincipal CoopFlowPrincipal me, @PathVariable Long id,
                        @RequestParam(required = false) Integer version, @RequestParam(required = false) Integer from,
                        @RequestParam(required = false) Integer to, Model model) {
        CooperationRequest request = requests.visible(me.user(), id);
        List<MouVersion> all = versions.of(request.id());
        model.addAttribute("request", request);
        model.addAttribute("versions", all);
        model.addAttribute("authors", authors(me.user(), all));
        if (from != null || to != null) {
            if (from == null || to == null) {
                throw new InvalidInputException(from == null ? "from" : "to", "mou.diff.bothVersions");
            }
            MouVersion older = versions.version(request.id(), from);
            MouVersion newer = versions.version(request.id(), to);
            List<MouDiff.Line> diff = MouDiff.between(older.body(), newer.body());
            model.addAttribute("from", older);
            model.addAttribute("to", newer);
            model.addAttribute("diff", diff);
            model.addAttribute("added", MouDiff.count(diff, MouDiff.Change.ADDED));
            model.addAttribute("removed", MouDiff.count(diff, MouDiff.Change.REMOVED));
        } else if (version != null) {
            model.addAttribute("shown", versions.version(request.id(), version));
        } else if (!all.isEmpty()) {
            model.addAttribute("shown", all.get(all.size() - 1));
        }
        return VIEW_VERSIONS;
    }

    @GetMapping("/requests/{id}/mou/{version}.pdf")
    ResponseEntity<byte[]> downloadVersion(@AuthenticationPrincipal CoopFlowPrincipal me, @PathVariable Long id,
                                           @PathVariable int version, Locale locale) {
        CooperationRequest request = requests.visible(me.user(), id);
        MouVersion shown = versions.version(request.id(), version);
        return pdf.attachment(request.reference() + "-MOU-v" + shown.versionNo() + ".pdf", PDF_VERSION,
                Map.of("request", request, "version", shown, "authors", authors(me.user(), List.of(shown))), locale);
    }

    /**
     * Who wrote each version, as the reader may know it: officials read the name, a partner the agency and role
     * ("Coordinators, Ministry of the Interior and Safety (MOIS)"), never an official's name.
     */
    private Map<String, String> authors(CurrentUser reader, List<MouVersion> shown) {
        Map<String, String> authors = new java.util.HashMap<>();
        for (MouVersion v : shown) {
            authors.computeIfAbsent(v.createdBy(), username -> {
                if (!reader.isPartner()) {
                    return labels.person(username);
                }
                CurrentUser author = users.currentUserOf(username);
                return author == null ? labels.group("intake") : labels.group("coordinator:" + author.organisationCode());
            });
        }
        return authors;
    }
}

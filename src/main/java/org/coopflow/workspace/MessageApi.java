package org.coopflow.workspace;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.coopflow.identity.CoopFlowPrincipal;
import org.coopflow.identity.CurrentUser;
import org.coopflow.request.CooperationRequest;
import org.coopflow.request.MessageStatus;
import org.coopflow.request.RequestMessage;
import org.coopflow.request.RequestService;
import org.coopflow.translation.TextTranslation;
import org.coopflow.translation.TextTranslations;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Public API v1: a request's conversation as its reader may see it, with the translation desk's work. Officials get
 * every message as written and, where the desk translated it, the translation beside it: an official's message in the
 * partner's language (sent with it; {@code status} AT_DESK until then), a partner's message in Korean and English.
 * A partner gets only messages sent, each in its own language — never a message still at the desk, nor the original
 * of one translated for it. (Posting stays request.RequestController's.)
 */
@RestController
class MessageApi {

    /** The desk's translation beside an official's view of a message. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Translation(String direction, String sourceLanguage, String targetLanguage, boolean verified,
                       String text, String textKo, String textEn, String verifiedBy, Instant verifiedAt) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record MessageJson(Long id, Long requestId, String author, String authorOrg, String body, Instant createdAt,
                       MessageStatus status, Translation translation) {
    }

    private final RequestService requests;
    private final TextTranslations translations;

    MessageApi(RequestService requests, TextTranslations translations) {
        this.requests = requests;
        this.translations = translations;
    }

    @GetMapping("/api/v1/requests/{id}/messages")
    List<MessageJson> messages(@AuthenticationPrincipal CoopFlowPrincipal me, @PathVariable Long id) {
        CurrentUser user = me.user();
        CooperationRequest request = requests.visible(user, id);
        Map<Long, TextTranslation> translated = translations.ofRequest(request.id(), TextTranslation.Subject.MESSAGE);
        List<MessageJson> json = new ArrayList<>();
        for (RequestMessage m : requests.messages(user, id)) {
            TextTranslation t = translated.get(m.id());
            if (user.isPartner()) {
                boolean forPartner = t != null && t.direction() == TextTranslation.Direction.TO_PARTNER;
                json.add(new MessageJson(m.id(), m.requestId(), m.author(), m.authorOrg(),
                        forPartner ? t.textPartner() : m.body(), m.createdAt(), m.status(), null));
            } else {
                json.add(new MessageJson(m.id(), m.requestId(), m.author(), m.authorOrg(), m.body(), m.createdAt(),
                        m.status(), t == null ? null : new Translation(t.direction().name(), t.sourceLanguage(),
                        t.targetLanguage(), t.verified(), t.verified() ? t.textPartner() : null,
                        t.verified() ? t.textKo() : null, t.verified() ? t.textEn() : null, t.verifiedBy(),
                        t.verifiedAt())));
            }
        }
        return json;
    }
}

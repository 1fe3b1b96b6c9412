package org.coopflow.shared;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Remembers a lookup for the rest of one GET request: a page names the same organisation or person many times (the
 * request page read the partner's organisation ten times and each actor's account with its groups). Nothing outlives
 * the request, so nothing is shared between users or nodes, and nothing goes stale; a POST, a background thread or a
 * job always reads afresh, since it may change what it reads.
 */
public final class PageMemo {

    private static final String ATTRIBUTE = PageMemo.class.getName();

    private PageMemo() {
    }

    /** {@code loader.apply(key)}, once per GET request for each {@code kind} and key (a null answer included). */
    @SuppressWarnings("unchecked")
    public static <K, V> V get(String kind, K key, Function<K, V> loader) {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (!(attributes instanceof ServletRequestAttributes servlet)
                || !"GET".equals(servlet.getRequest().getMethod())) {
            return loader.apply(key);
        }
        Map<String, Optional<Object>> memo = (Map<String, Optional<Object>>) attributes.getAttribute(ATTRIBUTE,
                RequestAttributes.SCOPE_REQUEST);
        if (memo == null) {
            memo = new HashMap<>();
            attributes.setAttribute(ATTRIBUTE, memo, RequestAttributes.SCOPE_REQUEST);
        }
        String slot = kind + '\u0000' + key;
        Optional<Object> known = memo.get(slot);
        if (known == null) {
            known = Optional.ofNullable(loader.apply(key));
            memo.put(slot, known);
        }
        return (V) known.orElse(null);
    }
}

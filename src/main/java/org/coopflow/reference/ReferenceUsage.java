package org.coopflow.reference;

import java.util.List;

/**
 * Where a reference code is used, told by the modules that use it (requests, consultation plans, …) without this module
 * depending on them. A used code never changes again (requests, audit lines and engine variables hold it); a partner or
 * agency with open requests is not deactivated.
 */
public interface ReferenceUsage {

    /**
     * One kind of use.
     *
     * @param what  message code of the use, with the count as its argument ({@code reference.use.requests})
     * @param count how many
     * @param open  how many of them are still in flight (open requests), which a deactivation would break
     * @param refs  a few of those in flight, by reference, to name them
     */
    record Use(String what, long count, long open, List<String> refs) {
    }

    /** The uses of this code that this module knows of (none: an empty list). */
    List<Use> usesOf(ReferenceKind kind, String code);
}
